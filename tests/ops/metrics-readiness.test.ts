// Metrics counted where the work happens (dispatch, engine, autocomplete, REST) and readiness that a 401 on the bot
// token fails: one 401 used to make discord.js forget the token, so every later pin failed while /healthz said 200.
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import { createRestDiscordActions } from '../../src/discord/rest-actions.js';
import { createDiscordRestClient } from '../../src/http/discord-rest.js';
import type { InteractionInput, InteractionResponder } from '../../src/interactions/contract.js';
import { dispatchInteraction } from '../../src/interactions/dispatch.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics, knowledgeVersion } from '../../src/ops/metrics.js';
import { createReadiness, storeCheck } from '../../src/ops/readiness.js';
import { createNullStore, type InsightStore, type StoreStatus } from '../../src/store/index.js';
import { testConfig, testKnowledge } from '../e2e/harness.js';
import { startFakeDiscordRest, type FakeDiscordRest } from '../http/support/fake-discord-rest.js';
import { CHANNEL_ID } from '../http/support/signed-requests.js';

const PIN_ROUTE = 'PUT /channels/:id/messages/pins/:id';
const MESSAGE_ID = '900000000000000777';

function responder(): InteractionResponder {
  const sent = { id: '1', channelId: CHANNEL_ID };
  return {
    deferred: false,
    replied: false,
    reply: async () => sent,
    defer: async () => undefined,
    editReply: async () => sent,
    followUp: async () => sent,
    autocomplete: async () => undefined,
  };
}

function input(kind: InteractionInput['kind'], extra: Partial<InteractionInput>): InteractionInput {
  return {
    id: '1',
    kind,
    options: {},
    locale: 'en-US',
    guildLocale: 'en-US',
    userId: '400000000000000004',
    guildId: null,
    channelId: CHANNEL_ID,
    memberPermissions: null,
    appPermissions: null,
    ...extra,
  };
}

/** One sample's value from the text exposition, e.g. value(text, 'bot_answers_total{app="…",outcome="answered"}'). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== '{' && rest[0] !== ' ') continue;
    if (!Object.entries(labels).every(([key, value]) => rest.includes(`${key}="${value}"`))) continue;
    return Number(line.split(' ').at(-1));
  }
  return undefined;
}

describe('metrics', () => {
  it('counts commands by name and outcome, answers by kind, and times the engine and autocomplete', async () => {
    const metrics = createMetrics();
    const kb = testKnowledge();
    const services = createServices({
      config: testConfig(),
      discord: { pinMessage: async () => undefined },
      logger: createLogger('silent'),
      kb,
      metrics,
    });
    const question = kb.facts[0]?.questions.en[0] ?? '';
    await dispatchInteraction(input('command', { commandName: 'ask', options: { question } }), responder(), services);
    await dispatchInteraction(
      input('command', { commandName: 'ask', options: { question: 'What colour is the moon over Hanoi?' } }),
      responder(),
      services,
    );
    await dispatchInteraction(input('command', { commandName: 'nope' }), responder(), services);
    await dispatchInteraction(
      input('autocomplete', { commandName: 'ask', focused: { name: 'question', value: 'open' } }),
      responder(),
      services,
    );
    const text = await metrics.render();
    expect(sample(text, 'bot_interactions_total', { kind: 'command', command: 'ask', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'bot_interactions_total', { command: 'nope', outcome: 'refused' })).toBe(1);
    expect(sample(text, 'bot_interactions_total', { kind: 'autocomplete', command: 'ask' })).toBe(1);
    expect(sample(text, 'bot_answers_total', { outcome: 'answered' })).toBe(1);
    expect(
      (sample(text, 'bot_answers_total', { outcome: 'declined' }) ?? 0) +
        (sample(text, 'bot_answers_total', { outcome: 'clarified' }) ?? 0),
    ).toBe(1);
    expect(sample(text, 'bot_engine_duration_seconds_count')).toBe(2);
    expect(sample(text, 'bot_autocomplete_duration_seconds_count')).toBe(1);
    expect(sample(text, 'bot_knowledge_info', { version: knowledgeVersion(kb) })).toBe(1);
    expect(text).toContain('nodejs_eventloop_lag_p99_seconds');
  });
});

describe('the insight store', () => {
  it('fails readiness while a fault pauses recording, and shows it in /metrics', async () => {
    let status: StoreStatus = { backend: 'sqlite', location: '/data/insights.sqlite', recording: true };
    const store = { status: () => status };
    const readiness = createReadiness();
    readiness.set('knowledge', true);
    readiness.probe('store', storeCheck(store));
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.store(store);
    expect(await readiness.report()).toMatchObject({ ready: true, checks: { store: { ok: true } } });
    expect(sample(await metrics.render(), 'bot_store_recording', { backend: 'sqlite' })).toBe(1);

    status = { ...status, recording: false };
    const report = await readiness.report();
    expect(report.ready).toBe(false);
    expect(report.checks.store?.detail).toContain('/data/insights.sqlite is not recording');
    expect(sample(await metrics.render(), 'bot_store_recording', { backend: 'sqlite' })).toBe(0);
  });

  it('counts a failed recording in bot_store_errors_total; the member still gets the answer', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const kb = testKnowledge();
    const failing: InsightStore = {
      ...createNullStore(),
      recordQuestion: () => Promise.reject(new Error('disk full')),
    };
    const services = createServices({
      config: testConfig(),
      discord: { pinMessage: async () => undefined },
      logger: createLogger('silent'),
      kb,
      metrics,
      store: failing,
    });
    let replied = 0;
    const counting = { ...responder(), reply: async () => ((replied += 1), { id: '1', channelId: CHANNEL_ID }) };
    const question = kb.facts[0]?.questions.en[0] ?? '';
    await dispatchInteraction(input('command', { commandName: 'ask', options: { question } }), counting, services);
    await new Promise((resolve) => setImmediate(resolve));
    expect(replied).toBe(1);
    expect(sample(await metrics.render(), 'bot_store_errors_total', { operation: 'recordQuestion' })).toBe(1);
  });
});

describe('a 401 on the bot token', () => {
  let rest: FakeDiscordRest;
  beforeAll(async () => {
    rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
  });
  afterAll(async () => {
    await rest?.close();
  });

  const shells = {
    http: (readiness: ReturnType<typeof createReadiness>, logger: ReturnType<typeof createLogger>) => {
      const client = createDiscordRestClient({ apiUrl: rest.apiUrl, token: 'fake.bot.token', logger, readiness });
      return { actions: client.actions, close: () => client.close() };
    },
    gateway: (readiness: ReturnType<typeof createReadiness>, logger: ReturnType<typeof createLogger>) => {
      const client = new REST({ api: rest.apiUrl }).setToken('fake.bot.token');
      const actions = createRestDiscordActions(client, { token: 'fake.bot.token', logger, readiness });
      return {
        actions,
        close: () => {
          client.clearHashSweeper();
          client.clearHandlerSweeper();
        },
      };
    },
  };

  for (const [shell, make] of Object.entries(shells)) {
    it(`${shell} mode: fails readiness and logs an error, then pins again once Discord accepts the token`, async () => {
      const lines: string[] = [];
      const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
      const readiness = createReadiness();
      readiness.set('knowledge', true);
      const { actions, close } = make(readiness, logger);
      try {
        expect((await readiness.report()).ready).toBe(true);
        rest.failRoute(PIN_ROUTE, { status: 401, code: 0, message: '401: Unauthorized' });
        await expect(actions.pinMessage(CHANNEL_ID, MESSAGE_ID)).rejects.toMatchObject({ status: 401 });
        const report = await readiness.report();
        expect(report.ready).toBe(false);
        expect(report.checks.discordToken).toMatchObject({ ok: false });
        const error = lines
          .map((line) => JSON.parse(line) as { level: number; msg: string })
          .find((l) => l.level === 50);
        expect(error?.msg).toContain('Discord refused the bot token (401)');

        rest.clearRoute(PIN_ROUTE);
        // discord.js had dropped the token: without the guard this throws "Expected token to be set".
        await actions.pinMessage(CHANNEL_ID, MESSAGE_ID);
        const pins = rest.calls.filter((call) => call.method === 'PUT');
        expect(pins.at(-1)?.headers.authorization).toBe('Bot fake.bot.token');
        expect((await readiness.report()).ready).toBe(true);
      } finally {
        rest.clearRoute(PIN_ROUTE);
        close();
      }
    });
  }
});
