// SIGTERM sent to `npm start` only (what a container runtime does to PID 1, or a supervisor to the process it
// started) reaches the gateway bot: it drains, destroys the client and exits, leaving no process behind.
// Through npm → sh → tsx → node the signal used to be lost and the bot kept answering.
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { childEnv } from './child-process.js';
import { FAKE_TOKEN, FakeDiscord } from './fake-discord.js';
import { testConfig } from './harness.js';

let fake: FakeDiscord | undefined;
let group: number | undefined;

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

afterEach(async () => {
  if (group !== undefined && groupAlive(group)) process.kill(-group, 'SIGKILL');
  await fake?.close();
});

describe('npm start and SIGTERM', () => {
  it('stops the bot, not only npm, when npm alone gets SIGTERM', { timeout: 90_000 }, async () => {
    fake = await FakeDiscord.start();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: PROJECT_ROOT,
      env: childEnv({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        KNOWLEDGE_DIR: testConfig().knowledgeDir,
        LOG_LEVEL: 'info',
        npm_config_update_notifier: 'false',
      }),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    group = child.pid;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    const deadline = Date.now() + 60_000;
    while (!stderr.includes('ready for interactions') && Date.now() < deadline && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stderr).toContain('ready for interactions');
    const { id } = fake.command('help', {});
    expect(((await fake.waitForCallback(id, 10_000)).body as { type: number }).type).toBe(4);

    child.kill('SIGTERM'); // npm only, not its process group
    await exited;
    const stopDeadline = Date.now() + 15_000;
    while (group !== undefined && groupAlive(group) && Date.now() < stopDeadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(groupAlive(group ?? 0)).toBe(false);
    expect(stderr).toContain('shutting down');
    expect(stderr).toContain('discord client stopped');
  });
});
