// Runs a script of the project (node --import tsx ...) as a child process in its own process group, bounded and always cleaned up.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

export interface RunningChild {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /**
   * Resolves when stdout or stderr has matched; rejects after `timeoutMs`, or when the direct child exits
   * first unless `afterExit` (for a launcher that exits at once on a signal while the script is still shutting down).
   */
  waitForOutput(pattern: RegExp, timeoutMs?: number, afterExit?: boolean): Promise<void>;
  /** Resolves with the exit code (signals count as failures), rejecting after `timeoutMs`. */
  exited(timeoutMs?: number): Promise<number | null>;
  /** Sends a signal to the direct child only. */
  signal(signal: NodeJS.Signals): void;
  /** Sends a signal to the whole process group, as a terminal's Ctrl+C does. */
  signalGroup(signal: NodeJS.Signals): void;
  /** Kills whatever is left of the group. */
  kill(): void;
}

let scratchRoot: string | undefined;
// Imported at the top of a test file, so this runs after that file's tests (a worker may be ended without an 'exit').
afterAll(() => {
  if (scratchRoot !== undefined) rmSync(scratchRoot, { recursive: true, force: true });
  scratchRoot = undefined;
});

/**
 * A fresh, empty data folder for one child process, removed when the test process exits: a child must never open the
 * checkout's own ./data (a developer's store, maybe of a newer schema, would make it refuse to start or get test rows).
 */
function scratchDataDir(): string {
  if (scratchRoot === undefined) {
    scratchRoot = mkdtempSync(path.join(os.tmpdir(), 'ask-the-article-child-data-'));
  }
  return mkdtempSync(path.join(scratchRoot, 'child-'));
}

/**
 * Environment for a child: nothing of the caller's Discord, store or knowledge settings (its own empty DATA_DIR, no
 * DATABASE_URL), only what the test gives.
 */
export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^(DISCORD_|SHARDS|SHARD_COUNT|INTERACTIONS_MODE|ASK_COOLDOWN_|LOG_LEVEL|KNOWLEDGE_DIR|DATA_DIR|DATABASE_URL|STORE_SECRET)/.test(
        name,
      )
    )
      delete env[name];
  }
  env.DATA_DIR = scratchDataDir();
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) env[name] = value;
  return env;
}

/**
 * `node --import tsx <script>`, as `npm start` runs it: one process whose own exit code is seen (`npx tsx` would add
 * an npm process and a tsx process in front of it, for nothing a test needs).
 */
export function runScript(
  script: string,
  options: { env: NodeJS.ProcessEnv; args?: string[]; stdin?: string },
): RunningChild {
  const args = ['--import', 'tsx', path.join(PROJECT_ROOT, script), ...(options.args ?? [])];
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: options.env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const watchers = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    for (const watcher of watchers) watcher();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    for (const watcher of watchers) watcher();
  });
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const signalGroup = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForOutput(pattern, timeoutMs = 20_000, afterExit = false) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(stdout) && !pattern.test(stderr)) return;
          done();
          resolve();
        };
        const timer = setTimeout(() => {
          done();
          reject(
            new Error(`no output matching ${pattern} within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`),
          );
        }, timeoutMs);
        const onExit = (code: number | null) => {
          done();
          reject(new Error(`exited (${code}) before output matching ${pattern}\nstdout: ${stdout}\nstderr: ${stderr}`));
        };
        const done = () => {
          clearTimeout(timer);
          watchers.delete(check);
          child.off('exit', onExit);
        };
        watchers.add(check);
        if (!afterExit) child.once('exit', onExit);
        check();
      });
    },
    exited(timeoutMs = 20_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`did not exit within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`)),
          timeoutMs,
        );
      });
      return Promise.race([exit, timeout]).finally(() => clearTimeout(timer));
    },
    signal: (name) => child.kill(name),
    signalGroup,
    kill: () => signalGroup('SIGKILL'),
  };
}
