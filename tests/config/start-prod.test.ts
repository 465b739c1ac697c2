// start:prod (package.json) is what operators run and what the process bench measures: its allocator setting is in
// its environment, its V8 flags on node's command line (README, Operations: process memory).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { startProdArgs, startProdEnv } from '../../scripts/start-prod.js';

function withStartProd(command: string, read: (root: string) => unknown): unknown {
  const root = mkdtempSync(path.join(tmpdir(), 'start-prod-'));
  try {
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ scripts: { 'start:prod': command } }));
    return read(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('start:prod', () => {
  it('caps glibc malloc arenas and sizes the heap for memory', () => {
    expect(startProdEnv(PROJECT_ROOT)).toEqual({
      MALLOC_ARENA_MAX: '2',
      MALLOC_MMAP_THRESHOLD_: '32768',
      MALLOC_TRIM_THRESHOLD_: '32768',
    });
    expect(startProdArgs(PROJECT_ROOT)).toEqual([
      '--max-semi-space-size=2',
      '--heap-growing-percent=50',
      'dist/src/main.js',
    ]);
  });

  it('reads the environment and flags of any command of that shape, and refuses another shape', () => {
    expect(withStartProd('exec node dist/src/main.js', startProdEnv)).toEqual({});
    expect(withStartProd('exec env A_B=1 C=x node --f=1 dist/src/main.js', startProdEnv)).toEqual({ A_B: '1', C: 'x' });
    expect(withStartProd('exec env A_B=1 C=x node --f=1 dist/src/main.js', startProdArgs)).toEqual([
      '--f=1',
      'dist/src/main.js',
    ]);
    expect(() => withStartProd('node dist/src/main.js', startProdArgs)).toThrow(/start:prod is not/);
  });
});
