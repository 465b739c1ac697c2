// HTTP mode against hostile or unlucky traffic: replayed signed requests, deeply nested or option-stuffed bodies,
// Discord's 429s (logged with route and wait), and interaction webhooks kept out of the bot's global rate limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRestClient } from '../../src/http/discord-rest.js';
import { MAX_JSON_DEPTH, MAX_OPTIONS, jsonShapeProblem } from '../../src/http/json-shape.js';
import { REPLAY_WINDOW_MS, createMemoryReplayGuard } from '../../src/http/replay.js';
import type { Dispatch } from '../../src/http/server.js';
import type { Services } from '../../src/interactions/contract.js';
import { createLogger } from '../../src/logger.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './support/fake-discord-rest.js';
import { startInteractionsHarness } from './support/harness.js';
import {
  APPLICATION_ID,
  CHANNEL_ID,
  commandInteraction,
  createHttpClient,
  generateTestKeys,
  signatureHeaders,
  type HttpClient,
} from './support/signed-requests.js';

const keys = generateTestKeys();
const dispatched: string[] = [];
const logLines: string[] = [];
const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });

const dispatch: Dispatch = async (input, respond) => {
  dispatched.push(input.id);
  if (input.commandName === 'deferred') {
    await respond.defer({ ephemeral: false });
    await respond.editReply({ content: 'edited' });
    return;
  }
  await respond.reply({ content: `answered ${input.id}` }, { ephemeral: true });
};

let rest: FakeDiscordRest;
let harness: Awaited<ReturnType<typeof startInteractionsHarness>>;
let client: HttpClient;

beforeAll(async () => {
  rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
  harness = await startInteractionsHarness({
    publicKeyHex: keys.publicKeyHex,
    apiUrl: rest.apiUrl,
    dispatch,
    logger,
    services: (discord, log) => ({ discord, logger: log, allowAsk: () => true }) as unknown as Services,
  });
  client = createHttpClient(harness.baseUrl);
});

afterAll(async () => {
  client?.close();
  await harness?.close();
  await rest?.close();
});

function signed(body: string, timestampSeconds?: number) {
  return { path: '/interactions', body, headers: signatureHeaders(keys.privateKey, body, timestampSeconds) };
}

describe('replayed signed requests', () => {
  it('answers a request once; the same bytes and signature sent again get 401 and are not dispatched', async () => {
    const interaction = commandInteraction('echo');
    const request = signed(JSON.stringify(interaction));
    const first = await client.send(request);
    expect(first.status).toBe(200);
    expect(first.text).toContain(`answered ${interaction.id}`);
    const again = await client.send(request);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.text)).toEqual({ error: 'replayed request' });
    expect(dispatched.filter((id) => id === interaction.id)).toHaveLength(1);
  });

  it('refuses the same interaction id signed again with another timestamp (a new signature)', async () => {
    const interaction = commandInteraction('echo');
    const body = JSON.stringify(interaction);
    const now = Math.floor(Date.now() / 1000);
    expect((await client.send(signed(body, now))).status).toBe(200);
    const resigned = await client.send(signed(body, now - 60));
    expect(resigned.status).toBe(401);
    expect(dispatched.filter((id) => id === interaction.id)).toHaveLength(1);
    expect(logLines.join('')).toContain('refused a replayed request');
  });

  it('remembers keys for the whole acceptance window, forgets them after it, and stays bounded', async () => {
    const guard = createMemoryReplayGuard({ maxKeys: 1_000 });
    expect(await guard.claim(['id:1', 'sig:a'], 0)).toBe(true);
    expect(await guard.claim(['id:2', 'sig:a'], REPLAY_WINDOW_MS - 1)).toBe(false);
    expect(await guard.claim(['id:1', 'sig:b'], REPLAY_WINDOW_MS + 1)).toBe(true);
    for (let i = 0; i < 5_000; i += 1) await guard.claim([`id:x${i}`, `sig:x${i}`], REPLAY_WINDOW_MS + 2);
    expect(guard.size()).toBeLessThanOrEqual(1_000);
  });
});

describe('body shape limits before zod', () => {
  function nested(depth: number): unknown {
    let value: unknown = { name: 'q', type: 3, value: 'x' };
    for (let i = 0; i < depth; i += 1) value = { name: `g${i}`, type: 2, options: [value] };
    return value;
  }

  it(`answers 400 (not 500) to options nested 1,500 deep, and keeps serving`, async () => {
    const interaction = commandInteraction('echo');
    const body = JSON.stringify({ ...interaction, data: { ...interaction.data, options: [nested(1_500)] } });
    const result = await client.send(signed(body));
    expect(result.status).toBe(400);
    expect(JSON.parse(result.text)).toEqual({
      error: `invalid interaction: body nested deeper than ${MAX_JSON_DEPTH} levels`,
    });
    const next = await client.postInteraction(keys.privateKey, commandInteraction('echo'));
    expect(next.status).toBe(200);
  });

  it(`answers 400 to more than ${MAX_OPTIONS} options`, async () => {
    const interaction = commandInteraction('echo');
    const options = Array.from({ length: MAX_OPTIONS + 1 }, (_, i) => ({ name: `o${i}`, type: 3, value: 'x' }));
    const body = JSON.stringify({ ...interaction, data: { ...interaction.data, options } });
    const result = await client.send(signed(body));
    expect(result.status).toBe(400);
    expect(result.text).toContain(`more than ${MAX_OPTIONS} options`);
  });

  it('lets a real interaction through, and walks 100,000 levels without overflowing its own stack', () => {
    expect(jsonShapeProblem(commandInteraction('ask', { question: 'who?', private: true }))).toBeUndefined();
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(jsonShapeProblem(deep)).toContain('nested deeper');
  });

  it('counts options at every level together, and only arrays under an "options" key', () => {
    const option = (i: number) => ({ name: `o${i}`, type: 3, value: 'x' });
    const group = (size: number, nested: number) => ({
      name: 'group',
      type: 2,
      options: [{ name: 'sub', type: 1, options: Array.from({ length: nested }, (_, i) => option(i)) }],
      extra: Array.from({ length: size }, (_, i) => option(i)),
    });
    expect(jsonShapeProblem({ data: { options: [group(500, MAX_OPTIONS - 2)] } })).toBeUndefined();
    expect(jsonShapeProblem({ data: { options: [group(0, MAX_OPTIONS - 1)] } })).toContain('options');
  });
});

describe('Discord rate limits', () => {
  it('logs a 429 wait on an interaction edit at warn, with the route and the wait, never the token', async () => {
    // The fake keys routes by method and path, long numbers as :id (the token holds one).
    const interaction = commandInteraction('deferred');
    rest.rateLimitOnce(`PATCH /webhooks/:id/${interaction.token.replace(/\d{5,}/g, ':id')}/messages/@original`, {
      retryAfterSeconds: 0.3,
    });
    const started = Date.now();
    const result = await client.postInteraction(keys.privateKey, interaction);
    expect(JSON.parse(result.text)).toEqual({ type: 5, data: {} });
    await harness.server.settled();
    const edits = rest.calls.filter((call) => call.method === 'PATCH' && call.path.includes(interaction.token));
    expect(edits).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const warning = logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.msg === 'Discord answered 429: waiting before retrying');
    expect(warning).toMatchObject({ level: 40, method: 'PATCH', waitMs: 300 });
    expect(warning?.route).toMatch(/^\/webhooks\//);
    expect(Number(warning?.waitMs)).toBeGreaterThan(0);
    expect(logLines.join('')).not.toContain(interaction.token);
  });

  it('sends interaction follow-ups past 50/s: the bot-wide global limit does not hold webhooks', async () => {
    const fresh = createDiscordRestClient({ apiUrl: rest.apiUrl, token: 'fake.bot.token', timeoutMs: 5_000 });
    try {
      const count = 200;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: count }, (_, i) =>
          fresh.webhooks.followUp(
            { applicationId: APPLICATION_ID, token: `burst-token-${i}` },
            { content: `follow-up ${i}` },
            { ephemeral: false },
          ),
        ),
      );
      const ms = performance.now() - started;
      // Held to 50/s, 200 requests need at least three seconds; without that limit they take a fraction of one.
      expect(ms).toBeLessThan(2_000);
    } finally {
      fresh.close();
    }
  });
});
