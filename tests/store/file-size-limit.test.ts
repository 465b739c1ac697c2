// A full disk, as close as this machine allows without root mounts: the OS limits the file size of a child process
// (RLIMIT_FSIZE via `ulimit -f`, SIGXFSZ ignored), so SQLite's writes fail in the kernel as they would on a full disk.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { DATABASE_FILE } from '../../src/store/sqlite.js';
import { testConfig } from '../e2e/harness.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it.runIf(process.platform === 'linux')(
  'a write refused by the OS (file size limit) is logged once with path and reason; the bot answers on',
  () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'store-fsize-')), 'data');
    dirs.push(path.dirname(dataDir));
    const script = path.join(PROJECT_ROOT, 'tests', 'store', 'fixtures', 'record-until-full.ts');
    // 512 KiB: the empty store fits, 3,000 questions of 260 characters do not.
    const result = spawnSync(
      'bash',
      [
        '-c',
        `trap '' XFSZ; ulimit -f 512; exec "$0" --import tsx "$@"`,
        process.execPath,
        script,
        dataDir,
        testConfig().knowledgeDir,
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as {
      status: { recording: boolean };
      answered: boolean;
    };
    expect(out).toEqual({ status: expect.objectContaining({ recording: false }) as unknown, answered: true });
    const errors = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      path: path.join(dataDir, DATABASE_FILE),
      reason: expect.stringMatching(/SQLITE_(IOERR|FULL)/) as unknown,
    });
  },
);
