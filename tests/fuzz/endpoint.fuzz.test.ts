// Property-based fuzzing of the signed HTTP endpoint: hostile option values, custom ids and bodies never break it or ping anyone.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import { parseConfig } from '../../src/config.js';
import { getCommandRegistry } from '../../src/interactions/registry.js';
import { DISCORD_LIMITS, messageLimitProblems } from '../../src/render/limits.js';
import { containsLiveMention } from '../../src/render/mentions.js';
import { startFakeDiscordRest, type FakeDiscordRest } from '../http/support/fake-discord-rest.js';
import { startInteractionsHarness } from '../http/support/harness.js';
import {
  CHANNEL_ID,
  MODERATOR_PERMISSIONS,
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  createHttpClient,
  generateTestKeys,
  signatureHeaders,
  type HttpClient,
  type HttpResult,
} from '../http/support/signed-requests.js';
import { anyUserText } from './hostile-text.js';
import type { OutgoingMessage } from '../../src/render/message.js';

const RUNS = 150;
/** Discord never sends a string option longer than this; the endpoint refuses longer ones with 400. */
const MAX_OPTION_LENGTH = 6000;
/** The endpoint refuses a body larger than this with 413 before reading it (src/http/server.ts). */
const MAX_BODY_BYTES = 64 * 1024;
/** Discord (and zod) count characters as code points, not UTF-16 units. */
const characters = (text: string): number => Array.from(text).length;
const STACK_TRACE = /\n\s+at |\bat \S+ \(|\.ts:\d+|\.js:\d+:\d+|node:internal/;

const keys = generateTestKeys();
let rest: FakeDiscordRest;
let harness: Awaited<ReturnType<typeof startInteractionsHarness>>;
let client: HttpClient;
let commandNames: string[];
let seeds: string[];

beforeAll(async () => {
  rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  harness = await startInteractionsHarness({
    publicKeyHex: keys.publicKeyHex,
    apiUrl: rest.apiUrl,
    // No cooldown: the fuzzer is one user asking hundreds of times, and every /ask should reach the engine.
    services: (discord, logger) => createServices({ config, discord, logger, askCooldown: null }),
  });
  client = createHttpClient(harness.baseUrl);
  commandNames = (await getCommandRegistry()).commands.map((c) => c.data.name);
  seeds = harness.services.kb.facts.flatMap((f) => [f.questions.en[0] ?? '', f.questions.vi[0] ?? '']).filter(Boolean);
});

afterAll(async () => {
  client?.close();
  await harness?.close();
  await rest?.close();
});

function allStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) allStrings(item, into);
  return into;
}

/** Every way an endpoint response breaks the promises (empty when it keeps them). */
function responseProblems(result: HttpResult): string[] {
  const problems: string[] = [];
  if (result.status >= 500) problems.push(`status ${result.status}`);
  if (STACK_TRACE.test(result.text)) problems.push(`stack trace in the body: ${result.text.slice(0, 300)}`);
  if (result.status !== 200) return problems;
  const body = JSON.parse(result.text) as { type: number; data?: Record<string, unknown> };
  const data = body.data ?? {};
  if (![1, 4, 5, 8].includes(body.type)) problems.push(`callback type ${body.type}`);
  if (body.type === 4) {
    if (JSON.stringify(data.allowed_mentions) !== '{"parse":[]}')
      problems.push(`allowed_mentions ${JSON.stringify(data.allowed_mentions)}`);
    problems.push(...messageLimitProblems(data));
  }
  if (body.type === 8) {
    const choices = (data.choices ?? []) as { name: string; value: string }[];
    if (choices.length > DISCORD_LIMITS.choices) problems.push(`${choices.length} choices`);
    for (const choice of choices) {
      if (choice.name.length === 0 || choice.name.length > DISCORD_LIMITS.choiceName)
        problems.push(`choice name of ${choice.name.length}`);
      if (choice.value.length > DISCORD_LIMITS.choiceValue) problems.push(`choice value of ${choice.value.length}`);
    }
  }
  for (const text of allStrings(data))
    if (containsLiveMention(text)) problems.push(`live mention in ${JSON.stringify(text.slice(0, 200))}`);
  return problems;
}

const snowflake = fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n }).map(String);

describe('the endpoint under hostile, correctly signed input', () => {
  it('/ask with any question, language and privacy: never 5xx, never a stack trace, always within limits and inert', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyUserText(seeds, 8000),
        fc.oneof(fc.constantFrom('auto', 'en', 'vi'), anyUserText()),
        fc.boolean(),
        snowflake,
        fc.constantFrom('en-US', 'vi', 'fr', 'zh-CN', 'xx'),
        async (question, language, isPrivate, userId, locale) => {
          const interaction = commandInteraction('ask', { question, language, private: isPrivate }, { userId, locale });
          const result = await client.postInteraction(keys.privateKey, interaction);
          expect(responseProblems(result)).toEqual([]);
          // Control characters and lone surrogates are escaped as six bytes each: such a body can pass the body limit.
          const oversized = Buffer.byteLength(JSON.stringify(interaction)) > MAX_BODY_BYTES;
          const tooLong = characters(question) > MAX_OPTION_LENGTH || characters(language) > MAX_OPTION_LENGTH;
          expect(result.status).toBe(oversized ? 413 : tooLong ? 400 : 200);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('every command with hostile option values (any names, strings, numbers, booleans) answers safely', async () => {
    const optionValue = fc.oneof(
      anyUserText([], 3000),
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...commandNames, 'no-such-command'),
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('question', 'language', 'private', 'length', 'speaker', 'subject', 'topic'),
            fc.string({ minLength: 1, maxLength: 32 }),
          ),
          optionValue,
          { maxKeys: 4 },
        ),
        fc.constantFrom(MODERATOR_PERMISSIONS, '0', String((1n << 60n) - 1n)),
        async (name, options, permissions) => {
          const result = await client.postInteraction(
            keys.privateKey,
            commandInteraction(name, options, { memberPermissions: permissions, appPermissions: permissions }),
          );
          expect(responseProblems(result)).toEqual([]);
          expect(result.status).toBe(200);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('autocomplete of any command with any typed text answers with at most 25 fitting choices', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...commandNames),
        fc.constantFrom('question', 'speaker', 'subject', 'topic'),
        anyUserText(seeds, MAX_OPTION_LENGTH),
        async (name, option, typed) => {
          const result = await client.postInteraction(
            keys.privateKey,
            autocompleteInteraction(name, { [option]: typed }, option),
          );
          expect(responseProblems(result)).toEqual([]);
          expect(result.status).toBe(200);
          expect((JSON.parse(result.text) as { type: number }).type).toBe(8);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('any button custom id (forged, stale or hostile) answers safely', async () => {
    const factIds = harness.services.kb.facts.map((f) => f.id);
    const customId = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('src', 'rel', 'fact'),
          fc.oneof(fc.constantFrom(...factIds), anyUserText()),
          fc.constantFrom('en', 'vi', 'fr', ''),
        )
        .map(([a, id, l]) => `ask:${a}:${id}:${l}`),
      fc
        .tuple(fc.constantFrom('up', 'down', 'sideways'), fc.oneof(fc.constantFrom(...factIds), anyUserText()))
        .map(([vote, id]) => `ask:fb:${vote}:${id}`),
      anyUserText(),
    );
    await fc.assert(
      fc.asyncProperty(customId, async (id) => {
        const valid = characters(id) >= 1 && characters(id) <= 100;
        const result = await client.postInteraction(keys.privateKey, buttonInteraction(id));
        expect(responseProblems(result)).toEqual([]);
        expect(result.status).toBe(valid ? 200 : 400);
      }),
      { numRuns: RUNS },
    );
  });

  it('any signed JSON value or byte string as the body: 200 or 400, nothing else', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
      fc.string({ unit: 'binary', maxLength: 500 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (raw: string | Buffer) => {
        const result = await client.send({
          path: '/interactions',
          body: raw,
          headers: signatureHeaders(keys.privateKey, raw),
        });
        expect(responseProblems(result)).toEqual([]);
        expect([200, 400]).toContain(result.status);
      }),
      { numRuns: RUNS },
    );
  });

  it('every edit and follow-up that went through REST kept the same promises', () => {
    const messages = rest.calls.filter((call) => call.path.startsWith('/webhooks/'));
    // /pin-summary and attachments (e.g. /chart) edit their deferral; the fuzzer above calls them many times.
    expect(messages.length).toBeGreaterThan(0);
    for (const call of messages) {
      const body = (call.json ?? {}) as Record<string, unknown>;
      expect(body.allowed_mentions, call.path).toEqual({ parse: [] });
      expect(messageLimitProblems(body as OutgoingMessage)).toEqual([]);
      for (const text of allStrings(body)) expect(containsLiveMention(text), text.slice(0, 200)).toBe(false);
    }
  });

  it('a valid interaction with one field replaced by any JSON value: 200 or 400, safe either way', async () => {
    const fields = [
      'id',
      'application_id',
      'type',
      'token',
      'locale',
      'guild_id',
      'channel_id',
      'member',
      'user',
      'app_permissions',
      'data',
      'version',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 3 }), async (field, value) => {
        const interaction: Record<string, unknown> = {
          ...commandInteraction('ask', { question: 'openai' }),
          [field]: value,
        };
        const result = await client.postInteraction(keys.privateKey, interaction);
        expect(responseProblems(result)).toEqual([]);
        expect([200, 400]).toContain(result.status);
      }),
      { numRuns: RUNS },
    );
  });
});
