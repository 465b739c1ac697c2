// The HTTP endpoint's protocol: signatures, limits, status codes and the responder, with a small typed fake dispatch.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionInput, InteractionResponder, Services } from '../../src/interactions/contract.js';
import type { Dispatch } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './support/fake-discord-rest.js';
import { startInteractionsHarness } from './support/harness.js';
import {
  APPLICATION_ID,
  CHANNEL_ID,
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  createHttpClient,
  generateTestKeys,
  pingInteraction,
  signatureHeaders,
  type HttpClient,
} from './support/signed-requests.js';

const DEFER_AFTER_MS = 300;

/** Answers like a command would, so every path of the responder can be driven from a request. */
const fakeDispatch: Dispatch = async (input: InteractionInput, respond: InteractionResponder, services: Services) => {
  if (input.kind === 'autocomplete') {
    const typed = input.focused?.value ?? '';
    await respond.autocomplete(
      Array.from({ length: 40 }, (_, i) => ({ name: `${typed} #${i} ${'x'.repeat(120)}`, value: `v${i}` })),
    );
    return;
  }
  if (input.kind === 'button') {
    await respond.reply({ content: `clicked ${input.customId}` }, { ephemeral: true });
    return;
  }
  switch (input.commandName) {
    case 'echo':
      await respond.reply(
        {
          content: JSON.stringify({
            options: input.options,
            userId: input.userId,
            guildId: input.guildId,
            channelId: input.channelId,
            locale: input.locale,
            memberPermissions: String(input.memberPermissions),
            appPermissions: String(input.appPermissions),
          }),
        },
        { ephemeral: input.options.private === true },
      );
      return;
    case 'slow':
      await sleep(DEFER_AFTER_MS * 3);
      await respond.reply({ content: 'late but here' }, { ephemeral: false });
      return;
    case 'deferred': {
      await respond.defer({ ephemeral: false });
      await respond.editReply({ content: 'edited' });
      await respond.followUp({ content: 'and a follow-up' }, { ephemeral: true });
      return;
    }
    case 'deferred-slow':
      await respond.defer({ ephemeral: true });
      await sleep(DEFER_AFTER_MS);
      await respond.editReply({ content: 'finished after the response' });
      return;
    case 'file':
      await respond.reply(
        { content: 'a file', files: [{ name: 'chart.png', data: Buffer.from('not really a png') }] },
        { ephemeral: false },
      );
      return;
    case 'pin': {
      await respond.defer({ ephemeral: false });
      const sent = await respond.editReply({ content: 'pin me' });
      if (!sent.id || !sent.channelId) throw new Error('no message id to pin');
      await services.discord.pinMessage(sent.channelId, sent.id);
      return;
    }
    case 'silent':
      return;
    case 'crash':
      throw new Error('secret internals at /srv/app/src/commands/crash.ts:12');
    default:
      await respond.reply({ content: `unknown command ${input.commandName}` }, { ephemeral: true });
  }
};

const keys = generateTestKeys();
let rest: FakeDiscordRest;
let harness: Awaited<ReturnType<typeof startInteractionsHarness>>;
let client: HttpClient;
const logLines: string[] = [];
const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });

beforeAll(async () => {
  rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
  harness = await startInteractionsHarness({
    publicKeyHex: keys.publicKeyHex,
    apiUrl: rest.apiUrl,
    dispatch: fakeDispatch,
    deferAfterMs: DEFER_AFTER_MS,
    logger,
    // The fake dispatch only uses `discord`; the rest of Services is never touched here.
    services: (discord, logger) => ({ discord, logger, allowAsk: () => true }) as unknown as Services,
  });
  client = createHttpClient(harness.baseUrl);
});

afterAll(async () => {
  client?.close();
  await harness?.close();
  await rest?.close();
});

function json(result: { text: string }): Record<string, unknown> {
  return JSON.parse(result.text) as Record<string, unknown>;
}

async function expectStillServing(): Promise<void> {
  const ping = await client.postInteraction(keys.privateKey, pingInteraction());
  expect(ping.status).toBe(200);
  expect(json(ping)).toEqual({ type: 1 });
}

describe('signature and request checks', () => {
  it('answers a signed PING with PONG', async () => {
    const result = await client.postInteraction(keys.privateKey, pingInteraction());
    expect(result.status).toBe(200);
    expect(result.headers['content-type']).toMatch(/^application\/json/);
    expect(json(result)).toEqual({ type: 1 });
  });

  it('serves /healthz', async () => {
    const result = await client.send({ method: 'GET', path: '/healthz' });
    expect(result.status).toBe(200);
    expect(json(result)).toEqual({ status: 'ok' });
  });

  const body = JSON.stringify(pingInteraction());
  const cases: { name: string; request: () => Parameters<HttpClient['send']>[0]; status: number }[] = [
    {
      name: 'a tampered body',
      status: 401,
      request: () => ({
        path: '/interactions',
        body: body.replace('"type":1', '"type":1 '),
        headers: signatureHeaders(keys.privateKey, body),
      }),
    },
    {
      name: 'a signature by the wrong key',
      status: 401,
      request: () => ({ path: '/interactions', body, headers: signatureHeaders(generateTestKeys().privateKey, body) }),
    },
    { name: 'no signature headers', status: 401, request: () => ({ path: '/interactions', body }) },
    {
      name: 'only the timestamp header',
      status: 401,
      request: () => ({
        path: '/interactions',
        body,
        headers: { 'x-signature-timestamp': signatureHeaders(keys.privateKey, body)['x-signature-timestamp'] ?? '' },
      }),
    },
    {
      name: 'a signature that is not hex',
      status: 401,
      request: () => ({
        path: '/interactions',
        body,
        headers: { ...signatureHeaders(keys.privateKey, body), 'x-signature-ed25519': 'zz'.repeat(64) },
      }),
    },
    {
      name: 'a stale timestamp (6 minutes old), correctly signed',
      status: 401,
      request: () => ({
        path: '/interactions',
        body,
        headers: signatureHeaders(keys.privateKey, body, Math.floor(Date.now() / 1000) - 360),
      }),
    },
    {
      name: 'a timestamp 6 minutes in the future, correctly signed',
      status: 401,
      request: () => ({
        path: '/interactions',
        body,
        headers: signatureHeaders(keys.privateKey, body, Math.floor(Date.now() / 1000) + 360),
      }),
    },
    {
      name: 'a non-numeric timestamp',
      status: 401,
      request: () => ({
        path: '/interactions',
        body,
        headers: { ...signatureHeaders(keys.privateKey, body), 'x-signature-timestamp': 'yesterday' },
      }),
    },
    {
      name: 'a body over 64 KiB (content-length)',
      status: 413,
      request: () => {
        const big = 'x'.repeat(64 * 1024 + 1);
        return { path: '/interactions', body: big, headers: signatureHeaders(keys.privateKey, big) };
      },
    },
    {
      name: 'a body over 64 KiB (chunked, no content-length)',
      status: 413,
      request: () => {
        const big = 'x'.repeat(200 * 1024);
        return { path: '/interactions', body: big, chunked: true, headers: signatureHeaders(keys.privateKey, big) };
      },
    },
    {
      name: 'malformed JSON without a signature (the signature is checked before parsing)',
      status: 401,
      request: () => ({ path: '/interactions', body: '{"type":1,' }),
    },
    {
      name: 'malformed JSON, correctly signed',
      status: 400,
      request: () => {
        const bad = '{"type":1,';
        return { path: '/interactions', body: bad, headers: signatureHeaders(keys.privateKey, bad) };
      },
    },
    {
      name: 'an empty body, correctly signed',
      status: 400,
      request: () => ({ path: '/interactions', body: '', headers: signatureHeaders(keys.privateKey, '') }),
    },
    {
      name: 'an unknown interaction type (99)',
      status: 400,
      request: () => {
        const b = JSON.stringify({ ...commandInteraction('echo'), type: 99 });
        return { path: '/interactions', body: b, headers: signatureHeaders(keys.privateKey, b) };
      },
    },
    {
      name: 'a modal submit (type 5, never requested by this bot)',
      status: 400,
      request: () => {
        const b = JSON.stringify({ ...commandInteraction('echo'), type: 5 });
        return { path: '/interactions', body: b, headers: signatureHeaders(keys.privateKey, b) };
      },
    },
    {
      name: 'a command without a user',
      status: 400,
      request: () => {
        const { member: _member, ...rest } = commandInteraction('echo');
        const b = JSON.stringify(rest);
        return { path: '/interactions', body: b, headers: signatureHeaders(keys.privateKey, b) };
      },
    },
    {
      name: 'a command whose option is an object',
      status: 400,
      request: () => {
        const i = commandInteraction('echo');
        const b = JSON.stringify({ ...i, data: { ...i.data, options: [{ name: 'q', type: 3, value: { $gt: '' } }] } });
        return { path: '/interactions', body: b, headers: signatureHeaders(keys.privateKey, b) };
      },
    },
    {
      name: 'a JSON array, correctly signed',
      status: 400,
      request: () => ({ path: '/interactions', body: '[]', headers: signatureHeaders(keys.privateKey, '[]') }),
    },
    { name: 'GET /interactions', status: 405, request: () => ({ method: 'GET', path: '/interactions' }) },
    {
      name: 'PUT /interactions',
      status: 405,
      request: () => ({ method: 'PUT', path: '/interactions', body, headers: signatureHeaders(keys.privateKey, body) }),
    },
    { name: 'POST /healthz', status: 405, request: () => ({ method: 'POST', path: '/healthz', body: '{}' }) },
    {
      name: 'an unknown path',
      status: 404,
      request: () => ({ method: 'POST', path: '/interaction', body, headers: signatureHeaders(keys.privateKey, body) }),
    },
    { name: 'the root path', status: 404, request: () => ({ method: 'GET', path: '/' }) },
  ];

  for (const testCase of cases) {
    it(`answers ${testCase.status} to ${testCase.name}, without a stack trace, and keeps serving`, async () => {
      const result = await client.send(testCase.request());
      expect(result.status).toBe(testCase.status);
      expect(result.headers['content-type']).toMatch(/^application\/json/);
      const body = json(result);
      expect(typeof body.error).toBe('string');
      expect(result.text).not.toMatch(/\bat .+:\d+:\d+|node:internal|\.ts:\d+/);
      await expectStillServing();
    });
  }

  it('names the allowed method on 405', async () => {
    const result = await client.send({ method: 'GET', path: '/interactions' });
    expect(result.headers.allow).toBe('POST');
  });
});

describe('answers through the responder', () => {
  it('turns a command into InteractionInput and replies in the HTTP response (type 4, mentions off)', async () => {
    const result = await client.postInteraction(
      keys.privateKey,
      commandInteraction('echo', { question: 'hi <@123> @everyone', private: true }, { locale: 'vi' }),
    );
    expect(result.status).toBe(200);
    const body = json(result) as { type: number; data: { content: string; flags?: number; allowed_mentions: unknown } };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const echoed = JSON.parse(body.data.content) as Record<string, unknown>;
    expect(echoed).toMatchObject({
      options: { question: 'hi <@123> @everyone', private: true },
      userId: '400000000000000004',
      guildId: '200000000000000002',
      channelId: CHANNEL_ID,
      locale: 'vi',
      memberPermissions: String((1n << 10n) | (1n << 11n)),
      appPermissions: String((1n << 10n) | (1n << 11n) | (1n << 13n) | (1n << 51n)),
    });
  });

  it('answers autocomplete with type 8, at most 25 choices of at most 100 characters', async () => {
    const result = await client.postInteraction(
      keys.privateKey,
      autocompleteInteraction('ask', { question: 'openai' }, 'question'),
    );
    const body = json(result) as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices).toHaveLength(25);
    for (const choice of body.data.choices) {
      expect(Array.from(choice.name).length).toBeLessThanOrEqual(100);
      expect(choice.name.startsWith('openai #')).toBe(true);
    }
  });

  it('answers a button click with a private reply', async () => {
    const result = await client.postInteraction(keys.privateKey, buttonInteraction('ask:src:some-fact:en'));
    const body = json(result) as { type: number; data: { content: string; flags: number } };
    expect(body).toMatchObject({ type: 4, data: { content: 'clicked ask:src:some-fact:en', flags: 64 } });
  });

  it('defers with type 5, then edits and follows up through the REST API', async () => {
    const interaction = commandInteraction('deferred');
    const result = await client.postInteraction(keys.privateKey, interaction);
    expect(json(result)).toEqual({ type: 5, data: {} });
    const edit = await rest.waitForCall(
      (call) =>
        call.method === 'PATCH' && call.path === `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`,
    );
    expect(edit.json).toMatchObject({ content: 'edited', allowed_mentions: { parse: [] } });
    const followUp = await rest.waitForCall(
      (call) => call.method === 'POST' && call.path === `/webhooks/${APPLICATION_ID}/${interaction.token}`,
    );
    expect(followUp.json).toMatchObject({ content: 'and a follow-up', flags: 64, allowed_mentions: { parse: [] } });
    // Webhook routes are authorised by the interaction token, never by the bot token.
    expect(edit.headers.authorization).toBeUndefined();
  });

  it('defers before the deadline when a handler is slow, and delivers its answer as an edit', async () => {
    const interaction = commandInteraction('slow');
    const result = await client.postInteraction(keys.privateKey, interaction);
    expect(json(result)).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await rest.waitForCall((call) => call.method === 'PATCH' && call.path.includes(interaction.token));
    expect(edit.json).toMatchObject({ content: 'late but here' });
  });

  it('counts an interaction as in flight until its last edit, so a shutdown can wait for it', async () => {
    const interaction = commandInteraction('deferred-slow');
    const result = await client.postInteraction(keys.privateKey, interaction);
    expect(json(result)).toEqual({ type: 5, data: { flags: 64 } });
    const editedBefore = () =>
      rest.calls.some((call) => call.method === 'PATCH' && call.path.includes(interaction.token));
    expect(editedBefore()).toBe(false);
    await harness.server.settled();
    expect(editedBefore()).toBe(true);
  });

  it('uploads attachments as multipart after a deferred first response', async () => {
    const interaction = commandInteraction('file');
    const result = await client.postInteraction(keys.privateKey, interaction);
    expect(json(result)).toEqual({ type: 5, data: {} });
    const edit = await rest.waitForCall((call) => call.method === 'PATCH' && call.path.includes(interaction.token));
    expect(edit.contentType).toMatch(/^multipart\/form-data/);
    expect(edit.json).toMatchObject({
      content: 'a file',
      attachments: [{ id: 0, filename: 'chart.png' }],
      allowed_mentions: { parse: [] },
    });
    expect(edit.raw.toString('latin1')).toContain('not really a png');
  });

  it('pins an edited deferral through PUT /channels/{cid}/messages/pins/{mid} with the bot token', async () => {
    const interaction = commandInteraction('pin');
    const result = await client.postInteraction(keys.privateKey, interaction);
    expect(json(result)).toEqual({ type: 5, data: {} });
    await rest.waitForCall((call) => call.method === 'PATCH' && call.path.includes(interaction.token));
    const pin = await rest.waitForCall(
      (call) => call.method === 'PUT' && call.path.startsWith(`/channels/${CHANNEL_ID}/messages/pins/`),
    );
    expect(pin.headers.authorization).toBe('Bot fake.bot.token');
  });

  it('answers privately when a handler returns without answering', async () => {
    const result = await client.postInteraction(keys.privateKey, commandInteraction('silent'));
    expect(json(result)).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
  });

  it('never shows a thrown error to the user', async () => {
    const result = await client.postInteraction(keys.privateKey, commandInteraction('crash'));
    expect(result.status).toBe(200);
    expect(result.text).not.toContain('secret internals');
    expect(result.text).not.toContain('crash.ts');
    await expectStillServing();
  });

  it('logs the failure in full, but never a signature or an interaction token', () => {
    const logs = logLines.join('');
    expect(logs).toContain('secret internals');
    expect(logs).toContain('refused a request with an invalid signature');
    expect(logs).not.toMatch(/[0-9a-f]{128}/);
    expect(logs).not.toContain('interaction-token-');
  });

  // Last on purpose: draining is one-way.
  it('reports draining on /healthz once shutdown begins', async () => {
    harness.server.startDraining();
    const result = await client.send({ method: 'GET', path: '/healthz' });
    expect(result.status).toBe(503);
    expect(json(result)).toEqual({ status: 'draining' });
  });
});
