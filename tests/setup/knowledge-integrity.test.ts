// Tests the knowledge-integrity snapshot on a scratch directory (the real one runs around the whole suite).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeChanges, hashTree } from './knowledge-integrity.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('knowledge integrity snapshot', () => {
  it('sees a changed byte, an added file and a removed file, in nested folders too', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'knowledge-integrity-'));
    mkdirSync(path.join(dir, 'nested'));
    writeFileSync(path.join(dir, 'facts.json'), '{"facts":[]}');
    writeFileSync(path.join(dir, 'nested', 'notes.txt'), 'a');
    writeFileSync(path.join(dir, 'gone.json'), '{}');
    const before = hashTree(dir);
    expect(describeChanges(before, hashTree(dir))).toEqual([]);

    writeFileSync(path.join(dir, 'nested', 'notes.txt'), 'b');
    writeFileSync(path.join(dir, 'new.json'), '{}');
    rmSync(path.join(dir, 'gone.json'));
    expect(describeChanges(before, hashTree(dir))).toEqual([
      'added: new.json',
      `changed: ${path.join('nested', 'notes.txt')}`,
      'removed: gone.json',
    ]);
  });
});
