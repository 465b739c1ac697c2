// `npm run build`, after tsc: makes the ask command line one file, and writes the engine cache for `knowledge/`.
//
// A fresh `node dist/src/cli/ask.js` spent about as long resolving, reading and compiling its ~90 modules (zod and
// fuse.js among them) as it then spent answering from the engine cache. esbuild bundles it into dist/src/cli/ask.js
// (replacing tsc's output there), with what only `--record` loads (the store, the logger) in chunks beside it,
// loaded on demand; packages with native code, worker threads or their own files stay in node_modules. The rest of
// dist/ stays as tsc wrote it (the bot loads commands, workers and shards by file name).
//
// Then it warms the engine cache (DATA_DIR/engine-cache, src/engine-cache.ts) for the default knowledge, through the
// built code, so that the first `ask` after a build already starts from it. The cache keys on a hash of dist/src/,
// this bundle included, so a cache of any earlier build is never read.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/config.js';

const cliDir = path.join(PROJECT_ROOT, 'dist', 'src', 'cli');
const entry = path.join(cliDir, 'ask.js');
/** Bundled: small, pure JavaScript. Every other dependency is loaded from node_modules, as tsc's output does. */
const BUNDLED = new Set(['zod', 'fuse.js']);

const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: [entry],
  outdir: cliDir,
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: 'linked',
  logLevel: 'warning',
});

const warmed = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const { getConfig } = await import(${JSON.stringify(path.join(PROJECT_ROOT, 'dist', 'src', 'config.js'))});
     const { loadEngine } = await import(${JSON.stringify(path.join(PROJECT_ROOT, 'dist', 'src', 'engine-cache.js'))});
     const config = getConfig();
     if (config.engineCacheDir === undefined) {
       console.log('engine cache: off (ENGINE_CACHE=off)');
     } else {
       const loaded = loadEngine(config.knowledgeDir, { cacheDir: config.engineCacheDir });
       console.log('engine cache for ' + config.knowledgeDir + ': ' + (loaded.source === 'cache' ? 'already up to date' : 'written'));
     }`,
  ],
  { cwd: PROJECT_ROOT, stdio: 'inherit' },
);
// Not fatal: the cache is only a head start (invalid knowledge is validate:knowledge's to report).
if (warmed.status !== 0) console.warn('engine cache not warmed: the first ask will build it');
