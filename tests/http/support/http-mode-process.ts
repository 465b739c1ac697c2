// Starts `src/main.ts --http` as a child process on 127.0.0.1 (port chosen by the OS) and reads its address from the log.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT as ROOT } from '../../../src/config.js';

export interface HttpModeProcess {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr (its pino log) so far. */
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code (bounded; SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<number | null>;
}

/** How to start it: node directly (the default), or `npm run start:http` as an operator would (npm → sh → node). */
export type HttpModeLauncher = 'node' | 'npm';

export async function startHttpModeProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
  launcher: HttpModeLauncher = 'node',
): Promise<HttpModeProcess> {
  const [command, args] =
    launcher === 'npm'
      ? ['npm', ['run', '--silent', 'start:http']]
      : [process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts'), '--http']];
  // Removed once the process has exited (or failed to start); a test that gives DATA_DIR keeps its own.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ask-the-article-http-data-'));
  const child = spawn(command, args, {
    cwd: ROOT,
    // Every variable the bot reads is set here (empty means "default"), so a developer's .env cannot leak in.
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      INTERACTIONS_MODE: 'http',
      HOST: '127.0.0.1',
      PORT: '0',
      KNOWLEDGE_DIR: '',
      DISCORD_TOKEN: '',
      DISCORD_CLIENT_ID: '',
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: '',
      DISCORD_PUBLIC_KEY: '',
      SHARDS: '',
      // Its own empty store, never the checkout's ./data or a developer's database (a test may give either).
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      resolve(code);
    }),
  );

  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`HTTP mode did not start within ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      for (const line of stderr.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as { port?: number; host?: string; msg?: string };
          if (entry.port && entry.msg?.includes('listening')) {
            clearTimeout(timer);
            resolve(`http://127.0.0.1:${entry.port}`);
            return;
          }
        } catch {
          // A partial line; the rest is still on its way.
        }
      }
    });
    child.stdout.resume();
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`HTTP mode exited with ${code} before listening:\n${stderr}`));
    });
  });

  return {
    baseUrl,
    child,
    stderr: () => stderr,
    async stop(stopTimeoutMs = 15_000) {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
