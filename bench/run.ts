// `npm run bench`: runs the engine bench, then the HTTP and chart benches when they exist, each in its own process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const benches = [
  'bench/engine.ts',
  'bench/http.ts',
  'bench/charts.ts',
  'bench/ops.ts',
  'bench/process.ts',
  'bench/store.ts',
];

let failed = 0;
for (const bench of benches) {
  const file = path.join(root, bench);
  if (!existsSync(file)) {
    console.log(`\n(${bench} not present; skipped)`);
    continue;
  }
  console.log(`\n=== ${bench} ===`);
  // --expose-gc lets the engine bench measure one engine's heap after a collection.
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim();
  const result = spawnSync(tsx, [file], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${bench} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
