// `npm run validate:knowledge`: a one-line summary and exit 0 on good data, every problem and exit 1 on bad data.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

async function validate(dir?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/validate-knowledge.ts', ...(dir ? [dir] : [])],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('validate:knowledge', () => {
  it('prints a one-line summary for the real knowledge and exits 0', async () => {
    const result = await validate();
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(
      /knowledge OK .*\d+ facts, \d+ figures, \d+ quotes, \d+ entities, .*(\d+)\/\1 paragraphs covered/,
    );
  });

  it('prints the problems and exits 1 for a broken copy, without a stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-cli-'));
    try {
      cpSync(path.join(root, 'knowledge'), dir, { recursive: true });
      writeFileSync(path.join(dir, 'quotes.json'), '{"quotes": []}');
      const result = await validate(dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('quotes.json');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
