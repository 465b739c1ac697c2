// Dependencies point one way (CONTRIBUTING.md): the pure core never imports a shell, render never imports the
// interaction layer, and only src/render/limits.ts knows Discord's numeric limits.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const SRC = path.join(PROJECT_ROOT, 'src');

function sourcesUnder(folder: string): string[] {
  return readdirSync(path.join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(SRC, folder, file));
}

/** The src/ folders a file imports from ("engine", "render", …), from its relative import specifiers. */
function importedFolders(file: string): Set<string> {
  const folders = new Set<string>();
  for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const target = path.relative(SRC, path.resolve(path.dirname(file), match[1] ?? ''));
    if (!target.startsWith('..')) folders.add(target.split(path.sep)[0] ?? '');
  }
  return folders;
}

const RULES: Record<string, readonly string[]> = {
  // src/text may read the knowledge schema's types (a Figure, for the figure formatter), nothing above it.
  text: ['engine', 'render', 'charts', 'interactions', 'discord', 'http', 'console', 'store', 'ops'],
  knowledge: ['engine', 'render', 'charts', 'interactions', 'discord', 'http', 'console', 'store', 'ops'],
  engine: ['render', 'charts', 'interactions', 'discord', 'http', 'console', 'store', 'ops'],
  render: ['interactions', 'discord', 'http', 'console', 'store', 'ops'],
  charts: ['interactions', 'discord', 'http', 'console', 'store', 'ops'],
};

describe('layering', () => {
  for (const [folder, forbidden] of Object.entries(RULES)) {
    it(`src/${folder} imports none of ${forbidden.join(', ')}`, () => {
      const offenders = sourcesUnder(folder).flatMap((file) =>
        [...importedFolders(file)]
          .filter((imported) => forbidden.includes(imported))
          .map((imported) => `${path.relative(PROJECT_ROOT, file)} → src/${imported}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('finds imports at all (the check above is not vacuous)', () => {
    expect(importedFolders(path.join(SRC, 'render', 'answer.ts'))).toContain('engine');
  });

  it('the engine names no Discord limit', () => {
    const mentions = sourcesUnder('engine').filter((file) =>
      /DISCORD_LIMITS|MAX_CHOICES|MAX_CHOICE_NAME/.test(readFileSync(file, 'utf8')),
    );
    expect(mentions).toEqual([]);
  });
});
