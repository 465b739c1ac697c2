// The `ask` command line records nothing by default; with --record its questions go to the store as guild "cli".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { DATABASE_FILE } from '../../src/store/sqlite.js';
import { childEnv } from '../e2e/child-process.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(script: string, args: string[], dataDir: string, input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, script), ...args], {
    cwd: PROJECT_ROOT,
    env: childEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
    encoding: 'utf8',
    timeout: 60_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('records nothing without --record, and every question with it', () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'ask-record-')), 'data');
  dirs.push(path.dirname(dataDir));
  expect(run('src/cli/ask.ts', ['--json', 'how much money could OpenAI lose this year'], dataDir).status).toBe(0);
  expect(existsSync(path.join(dataDir, DATABASE_FILE))).toBe(false);

  const batch = run(
    'src/cli/ask.ts',
    ['--batch', '--record'],
    dataDir,
    'how much money could OpenAI lose this year\nHow many employees does OpenAI have?\n',
  );
  expect(batch.status).toBe(0);
  expect(batch.stdout.trimEnd().split('\n')).toHaveLength(2);
  const report = run('src/cli/insights.ts', ['--guild', 'cli', '--format', 'json'], dataDir);
  expect(report.status).toBe(0);
  const parsed = JSON.parse(report.stdout) as { total: number; byOutcome: { answered: number; declined: number } };
  expect(parsed.total).toBe(2);
  expect(parsed.byOutcome).toMatchObject({ answered: 1, declined: 1 });
}, 120_000);
