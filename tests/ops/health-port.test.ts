// HEALTH_PORT in every mode, as a process: /healthz, /readyz (with its checks) and Prometheus /metrics, in HTTP
// mode (where a 401 on a pin then fails /readyz) and in gateway mode (ready once the gateway is READY).
import { afterEach, describe, expect, it } from 'vitest';
import { childEnv, runScript, type RunningChild } from '../e2e/child-process.js';
import { FAKE_TOKEN, FakeDiscord } from '../e2e/fake-discord.js';
import { testConfig } from '../e2e/harness.js';
import { startFakeDiscordRest } from '../http/support/fake-discord-rest.js';
import { startHttpModeProcess } from '../http/support/http-mode-process.js';
import {
  CHANNEL_ID,
  MODERATOR_PERMISSIONS,
  commandInteraction,
  createHttpClient,
  generateTestKeys,
} from '../http/support/signed-requests.js';

function healthPort(stderr: string): number {
  const match = /"healthPort":(\d+)/.exec(stderr);
  if (!match) throw new Error(`no health server in the log:\n${stderr}`);
  return Number(match[1]);
}

async function get(port: number, path: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

describe('HEALTH_PORT', () => {
  it('HTTP mode: healthz, readyz and metrics; a 401 on a pin fails readyz', { timeout: 60_000 }, async () => {
    const keys = generateTestKeys();
    const rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
    cleanup.push(() => rest.close());
    const bot = await startHttpModeProcess({
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.token',
      DISCORD_API_URL: rest.apiUrl,
      HEALTH_PORT: '0',
    });
    cleanup.push(() => bot.stop());
    const port = healthPort(bot.stderr());
    expect((await get(port, '/healthz')).status).toBe(200);
    const ready = await get(port, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({
      ready: true,
      checks: { knowledge: { ok: true }, http: { ok: true }, discordToken: { ok: true }, store: { ok: true } },
    });
    // The interactions port answers /readyz too (a load balancer needs only one port).
    expect((await fetch(`${bot.baseUrl}/readyz`)).status).toBe(200);

    const client = createHttpClient(bot.baseUrl);
    cleanup.push(() => client.close());
    await client.postInteraction(keys.privateKey, commandInteraction('ask', { question: 'Who founded OpenAI?' }));
    const metrics = await get(port, '/metrics');
    expect(metrics.type).toMatch(/^text\/plain/);
    expect(metrics.text).toMatch(/bot_interactions_total\{[^}]*command="ask"[^}]*\} 1/);
    expect(metrics.text).toMatch(/bot_engine_duration_seconds_count\{[^}]*\} 1/);
    expect(metrics.text).toContain('bot_knowledge_info{');
    expect(metrics.text).toContain('nodejs_eventloop_lag_p99_seconds');

    rest.failRoute('PUT /channels/:id/messages/pins/:id', { status: 401, code: 0, message: '401: Unauthorized' });
    await client.postInteraction(
      keys.privateKey,
      commandInteraction('pin-summary', {}, { memberPermissions: MODERATOR_PERMISSIONS }),
    );
    const deadline = Date.now() + 15_000;
    let after = await get(port, '/readyz');
    while (after.status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await get(port, '/readyz');
    }
    expect(after.status).toBe(503);
    expect(JSON.parse(after.text)).toMatchObject({ ready: false, checks: { discordToken: { ok: false } } });
    expect((await get(port, '/healthz')).status).toBe(200);
    expect(bot.stderr()).toMatch(/"level":50[^\n]*Discord refused the bot token \(401\)/);
    expect(await bot.stop()).toBe(0);
    // The health server went with the process.
    await expect(get(port, '/healthz')).rejects.toThrow();
  });

  it('gateway mode: ready once the gateway is READY, metrics count its interactions', { timeout: 60_000 }, async () => {
    const fake = await FakeDiscord.start();
    cleanup.push(() => fake.close());
    const bot: RunningChild = runScript('src/main.ts', {
      env: childEnv({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        KNOWLEDGE_DIR: testConfig().knowledgeDir,
        HEALTH_PORT: '0',
        HEALTH_HOST: '127.0.0.1',
      }),
    });
    cleanup.push(() => bot.kill());
    await bot.waitForOutput(/ready for interactions/, 30_000);
    const port = healthPort(bot.stderr());
    const ready = await get(port, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({
      checks: { knowledge: { ok: true }, gateway: { ok: true }, store: { ok: true } },
    });
    const { id } = fake.command('help', {});
    await fake.waitForCallback(id, 10_000);
    const metrics = await get(port, '/metrics');
    expect(metrics.text).toMatch(/bot_interactions_total\{[^}]*command="help"[^}]*outcome="ok"[^}]*\} 1/);
    bot.signal('SIGTERM');
    expect(await bot.exited(15_000)).toBe(0);
  });
});
