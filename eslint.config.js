// ESLint flat config: typescript-eslint's type-checked recommended rules over every TypeScript file (the
// project service reads tsconfig.json, so tests, bench and scripts are checked with the same types as src/).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Interfaces such as DiscordActions and Store are Promise-returning so that slow backends fit; their
      // in-memory implementations (the console, the fakes, the null store, better-sqlite3's synchronous calls)
      // are `async` without awaiting anything, which is what the interface asks for, not a mistake.
      '@typescript-eslint/require-await': 'off',
      'no-console': 'error',
    },
  },
  {
    // Plain JavaScript (this file) has no types to check.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The command-line shells and tests may print to the terminal; the engine in src/ may not.
    files: ['src/cli/**', 'src/console/**', 'bench/**', 'tests/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
