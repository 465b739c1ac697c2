// `npm run build`, after tsc: makes the ask command line one compiled-once file, and warms the engine cache.
//
// A fresh `node dist/src/cli/ask.js` spent about as long resolving, reading and compiling its ~90 modules (zod and
// fuse.js among them) as it then spent answering from the engine cache. So:
//
// 1. esbuild bundles tsc's dist/src/cli/ask.js into dist/src/cli/ask.cjs: one CommonJS file, zod and fuse.js
//    inlined, every other package left in node_modules (native code, worker threads, files of their own). What only
//    `--record` uses (the store, the logger) is in it but runs only then. CommonJS because Node 20 can keep V8's
//    compiled code of a script (vm.Script cachedData) but not of an ES module.
// 2. dist/src/cli/ask.js becomes a small loader: it compiles ask.cjs with the code V8 compiled in an earlier run
//    (ask.cjs.code-cache), runs it, and writes that code after the run when there was none or V8 refused it. The
//    file starts with the SHA-256 of the ask.cjs it was made from and of its own bytes: another bundle or a damaged
//    file is never handed to V8 (V8 itself checks little more than the source's length).
// 3. It runs one question through the loader, which writes the code cache and the engine cache (DATA_DIR/engine-cache,
//    src/engine-cache.ts, keyed by dist/src/ so a cache of an earlier build is never read) for the configured
//    knowledge: the first ask after a build starts from both. Not fatal: a failure only costs that first ask time.
//
// The rest of dist/ stays as tsc wrote it (the bot loads commands, workers and shards by file name).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/config.js';

const cliDir = path.join(PROJECT_ROOT, 'dist', 'src', 'cli');
const entry = path.join(cliDir, 'ask.js');
const bundle = path.join(cliDir, 'ask.cjs');
const LOADER_MARK = '// ask-the-article: loads ask.cjs with its code cache';
/** Bundled: small, pure JavaScript. Every other dependency is loaded from node_modules, as tsc's output does. */
const BUNDLED = new Set(['zod', 'fuse.js']);

if (readFileSync(entry, 'utf8').startsWith(LOADER_MARK)) {
  console.error(`${entry} is already the loader: run npm run build (tsc writes the entry again first)`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: [entry],
  outfile: bundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: 'linked',
  logLevel: 'warning',
  // The sources find the project root from their own URL (src/config.ts); in the bundle that is the bundle's.
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: 'const __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
});
rmSync(`${bundle}.code-cache`, { force: true });

// The loader. It is ESM (dist/ is "type": "module") and uses node: modules only.
const loader = `${LOADER_MARK} (written by scripts/bundle-cli.ts; see there).
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('./ask.cjs', import.meta.url));
const cacheFile = bundle + '.code-cache';
const source = readFileSync(bundle, 'utf8');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const sourceHash = sha256(source);
let cachedData;
try {
  const stored = readFileSync(cacheFile);
  const data = stored.subarray(130);
  if (stored.toString('latin1', 0, 130) === sourceHash + '\\n' + sha256(data) + '\\n') cachedData = data;
} catch {
  // none yet, or unreadable: compiled from the source
}
const script = new Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
if (!cachedData || script.cachedDataRejected) {
  process.once('beforeExit', () => {
    try {
      const data = script.createCachedData();
      const temporary = cacheFile + '.' + process.pid + '.tmp';
      writeFileSync(temporary, Buffer.concat([Buffer.from(sourceHash + '\\n' + sha256(data) + '\\n', 'latin1'), data]));
      renameSync(temporary, cacheFile);
    } catch {
      // a read-only dist/: every run compiles
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, fileURLToPath(new URL('.', import.meta.url)));
`;
writeFileSync(entry, loader);
rmSync(`${entry}.map`, { force: true });

const warmed = spawnSync(process.execPath, [entry, '--json', 'How much could OpenAI lose this year?'], {
  cwd: PROJECT_ROOT,
  encoding: 'utf8',
});
console.log(
  warmed.status === 0 && warmed.stdout.includes('"answered":true')
    ? `${path.relative(PROJECT_ROOT, bundle)}: bundled; code cache and engine cache written`
    : `${path.relative(PROJECT_ROOT, bundle)}: bundled; warming it failed (the first ask will be slower):\n${warmed.stderr}`,
);
