// The HTTP endpoint with the real commands, rendering and knowledge: /ask, autocomplete, buttons, /pin-summary, cooldown.
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import { parseConfig } from '../../src/config.js';
import type { Fact } from '../../src/knowledge/schema.js';
import type { Services } from '../../src/interactions/contract.js';
import { getCommandRegistry } from '../../src/interactions/registry.js';
import { containsLiveMention } from '../../src/render/mentions.js';
import { DISCORD_LIMITS, messageLimitProblems } from '../../src/render/limits.js';
import { UI } from '../../src/render/strings.js';
import { collapseWhitespace } from '../../src/text/normalize.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './support/fake-discord-rest.js';
import { expectedFirstResponse } from './support/golden.js';
import { startInteractionsHarness } from './support/harness.js';
import {
  APPLICATION_ID,
  CHANNEL_ID,
  MODERATOR_PERMISSIONS,
  PLAIN_MEMBER_PERMISSIONS,
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  createHttpClient,
  generateTestKeys,
  type HttpClient,
} from './support/signed-requests.js';
import type { OutgoingMessage } from '../../src/render/message.js';

interface MessageResponse {
  type: number;
  data: OutgoingMessage & { flags?: number; allowed_mentions?: unknown };
}

const keys = generateTestKeys();
let rest: FakeDiscordRest;
let harness: Awaited<ReturnType<typeof startInteractionsHarness>>;
let client: HttpClient;
let services: Services;
const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
let userCounter = 0;

/** A fresh user per request, so that the /ask cooldown only bites where a test wants it to. */
function freshUser(): string {
  userCounter += 1;
  return String(600_000_000_000_000_000n + BigInt(userCounter));
}

beforeAll(async () => {
  rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
  harness = await startInteractionsHarness({
    publicKeyHex: keys.publicKeyHex,
    apiUrl: rest.apiUrl,
    services: (discord, logger) => createServices({ config, discord, logger }),
  });
  services = harness.services;
  client = createHttpClient(harness.baseUrl);
});

afterAll(async () => {
  client?.close();
  await harness?.close();
  await rest?.close();
});

async function post(interaction: unknown): Promise<MessageResponse> {
  const result = await client.postInteraction(keys.privateKey, interaction);
  expect(result.status).toBe(200);
  return JSON.parse(result.text) as MessageResponse;
}

function embedText(embed: APIEmbed | undefined): string {
  if (!embed) return '';
  return collapseWhitespace(
    [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text]
      .filter(Boolean)
      .join('\n'),
  );
}

/** A fact the engine answers from its own first question in `lang` (the knowledge decides which; nothing is hard-coded). */
function answerableFact(lang: 'en' | 'vi'): { fact: Fact; question: string } {
  for (const fact of services.kb.facts) {
    const question = fact.questions[lang][0];
    if (question && services.engine.ask(question, { lang }).factId === fact.id) return { fact, question };
  }
  throw new Error(`the engine answers none of the facts' first ${lang} questions`);
}

function expectSafeMessage(response: MessageResponse): void {
  expect(response.data.allowed_mentions).toEqual({ parse: [] });
  expect(messageLimitProblems(response.data)).toEqual([]);
  expect(containsLiveMention(JSON.stringify(response.data))).toBe(false);
}

describe('/ask over HTTP', () => {
  it('answers in English with the fact, its verbatim quote and paragraph, exactly as the shared rendering does', async () => {
    const { fact, question } = answerableFact('en');
    const interaction = commandInteraction('ask', { question, language: 'en' }, { userId: freshUser() });
    const response = await post(interaction);
    expect(response.type).toBe(4);
    expect(response.data.flags).toBeUndefined();
    expectSafeMessage(response);
    const text = embedText(response.data.embeds?.[0]);
    expect(text).toContain(collapseWhitespace(fact.answer.en));
    expect(text).toContain(collapseWhitespace(fact.quote));
    expect(text).toContain(`¶${fact.paragraph}`);
    expect(response).toEqual(await expectedFirstResponse(interaction, services));
  });

  it('answers in Vietnamese, privately when asked to', async () => {
    const { fact, question } = answerableFact('vi');
    const response = await post(
      commandInteraction('ask', { question, private: true }, { userId: freshUser(), locale: 'vi' }),
    );
    expect(response).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(embedText(response.data.embeds?.[0])).toContain(collapseWhitespace(fact.answer.vi));
  });

  it('declines or answers an off-topic question exactly as the engine decides, with mentions made inert', async () => {
    const question = 'What will the weather be in Paris tomorrow? @everyone <@&123456789012345678>';
    const interaction = commandInteraction('ask', { question }, { userId: freshUser() });
    const response = await post(interaction);
    expectSafeMessage(response);
    expect(embedText(response.data.embeds?.[0])).toContain(collapseWhitespace(services.engine.ask(question).answer));
    expect(response).toEqual(await expectedFirstResponse(interaction, services));
  });

  it("remembers each member's last turns: \"and Tesla?\" after Google's spending is Tesla's; another member asking it alone is asked to say more", async () => {
    const google = services.kb.factsById.get('google-12b-per-quarter');
    const tesla = services.kb.factsById.get('tesla-600m-capex');
    expect(google && tesla).toBeTruthy();
    const member = freshUser();
    const first = await post(
      commandInteraction('ask', { question: 'how much does google invest in ai each quarter' }, { userId: member }),
    );
    expect(embedText(first.data.embeds?.[0])).toContain(collapseWhitespace(google?.answer.en ?? '-'));
    const followUp = await post(commandInteraction('ask', { question: 'and Tesla?' }, { userId: member }));
    expectSafeMessage(followUp);
    expect(embedText(followUp.data.embeds?.[0])).toContain(collapseWhitespace(tesla?.answer.en ?? '-'));
    const alone = await post(commandInteraction('ask', { question: 'and Tesla?' }, { userId: freshUser() }));
    expect(JSON.stringify(alone.data)).not.toContain(tesla?.answer.en.slice(0, 40));
    expect(alone.data.flags).toBe(64);
  });

  it('autocompletes with at most 25 questions whose values name facts', async () => {
    const { question } = answerableFact('en');
    const partial = question.split(/\s+/).slice(0, 3).join(' ');
    const interaction = autocompleteInteraction('ask', { question: partial }, 'question', { userId: freshUser() });
    const response = (await post(interaction)) as unknown as {
      type: number;
      data: { choices: { name: string; value: string }[] };
    };
    expect(response.type).toBe(8);
    expect(response.data.choices.length).toBeGreaterThan(0);
    expect(response.data.choices.length).toBeLessThanOrEqual(DISCORD_LIMITS.choices);
    for (const choice of response.data.choices) {
      expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
      expect(services.kb.factsById.has(choice.value.split(':')[0] ?? '')).toBe(true);
    }
    expect(response).toEqual(await expectedFirstResponse(interaction, services));
  });

  it('slows down a user over the /ask cooldown, privately', async () => {
    const userId = freshUser();
    const { question } = answerableFact('en');
    const { max } = config.askCooldown;
    for (let i = 0; i < max; i += 1) {
      const allowed = await post(commandInteraction('ask', { question }, { userId }));
      expect(allowed.data.flags, `ask #${i + 1} of ${max}`).toBeUndefined();
    }
    const slowed = await post(commandInteraction('ask', { question }, { userId }));
    expect(slowed).toMatchObject({ type: 4, data: { flags: 64 } });
    const windowSeconds = Math.ceil(config.askCooldown.windowMs / 1000);
    expect(Array.from({ length: windowSeconds }, (_, i) => UI.en.slowDown(i + 1))).toContain(slowed.data.content);
  });
});

describe('buttons over HTTP', () => {
  it('shows the source paragraph (ask:src:<factId>:en) privately to the clicker', async () => {
    const { fact } = answerableFact('en');
    const response = await post(buttonInteraction(`ask:src:${fact.id}:en`, { userId: freshUser() }));
    expect(response).toMatchObject({ type: 4, data: { flags: 64 } });
    expectSafeMessage(response);
    const paragraph = services.kb.paragraphs.find((p) => p.number === fact.paragraph);
    expect(embedText(response.data.embeds?.[0])).toContain(collapseWhitespace(paragraph?.text ?? '∅'));
  });

  it('answers a "did you mean" fact button (ask:fact:<factId>:vi) in Vietnamese', async () => {
    const { fact } = answerableFact('vi');
    const response = await post(buttonInteraction(`ask:fact:${fact.id}:vi`, { userId: freshUser() }));
    expect(response.type).toBe(4);
    expect(embedText(response.data.embeds?.[0])).toContain(collapseWhitespace(fact.answer.vi));
  });

  it('answers a tampered or stale custom id with a private message, not an error status', async () => {
    const response = await post(buttonInteraction('ask:src:no-such-fact:en', { userId: freshUser() }));
    expect(response).toMatchObject({ type: 4, data: { flags: 64 } });
    expectSafeMessage(response);
  });
});

describe('/read over HTTP', () => {
  const ids = (response: MessageResponse) =>
    (response.data.components ?? []).flatMap((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')));

  it('/read 2 answers privately in both languages; ▶ updates the message in place (type 7) to ¶3', async () => {
    const userId = freshUser();
    const first = await post(commandInteraction('read', { where: '2' }, { userId }));
    expect(first).toMatchObject({ type: 4, data: { flags: 64 } });
    expectSafeMessage(first);
    const kb = services.kb;
    expect(embedText(first.data.embeds?.[0])).toContain(collapseWhitespace(kb.paragraphs[1]!.text));
    expect(embedText(first.data.embeds?.[0])).toContain('$8.5 billion');
    const next = await post(buttonInteraction(ids(first)[2]!, { userId }));
    expect(next.type).toBe(7);
    expectSafeMessage(next);
    expect(next.data.embeds?.[0]?.title).toMatch(/^¶3 · /);
  });

  it("refuses another member's click privately", async () => {
    const first = await post(commandInteraction('read', { where: '2' }, { userId: freshUser() }));
    const other = await post(buttonInteraction(ids(first)[2]!, { userId: freshUser() }));
    expect(other).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(other.data.content).toContain('Only the member who ran /read');
  });
});

describe('/pin-summary over HTTP', () => {
  it('posts the summary publicly, then pins that message through the REST API', async () => {
    const interaction = commandInteraction(
      'pin-summary',
      { length: 'short', language: 'en' },
      { userId: freshUser(), memberPermissions: MODERATOR_PERMISSIONS },
    );
    const response = await post(interaction);
    expect(response).toEqual({ type: 5, data: {} });
    const edit = await rest.waitForCall(
      (call) =>
        call.method === 'PATCH' && call.path === `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`,
    );
    const summary = services.engine.summary('short', 'en');
    const edited = edit.json as OutgoingMessage;
    expect(collapseWhitespace(JSON.stringify(edited))).toContain(
      collapseWhitespace(summary[0]?.text ?? '∅').slice(0, 60),
    );
    const pin = await rest.waitForCall(
      (call) => call.method === 'PUT' && call.path.startsWith(`/channels/${CHANNEL_ID}/messages/pins/`),
    );
    expect(pin.headers.authorization).toBe('Bot fake.bot.token');
    const followUp = await rest.waitForCall(
      (call) => call.method === 'POST' && call.path === `/webhooks/${APPLICATION_ID}/${interaction.token}`,
    );
    expect(followUp.json).toMatchObject({ content: UI.en.pinned, flags: 64 });
  });

  it('pins for a member without Manage Messages: who may use it is Discord’s and the admins’ decision', async () => {
    const interaction = commandInteraction(
      'pin-summary',
      {},
      { userId: freshUser(), memberPermissions: PLAIN_MEMBER_PERMISSIONS },
    );
    const response = await post(interaction);
    expect(response.type).toBe(5);
    await rest.waitForCall(
      (call) => call.method === 'POST' && call.path === `/webhooks/${APPLICATION_ID}/${interaction.token}`,
    );
  });

  it('explains a full pin list (Discord error 30003) in a private follow-up', async () => {
    rest.failRoute('PUT /channels/:id/messages/pins/:id', {
      status: 400,
      code: 30003,
      message: 'Maximum number of pins reached (50)',
    });
    const interaction = commandInteraction(
      'pin-summary',
      { language: 'en' },
      { userId: freshUser(), memberPermissions: MODERATOR_PERMISSIONS },
    );
    const response = await post(interaction);
    expect(response.type).toBe(5);
    const followUp = await rest.waitForCall(
      (call) => call.method === 'POST' && call.path === `/webhooks/${APPLICATION_ID}/${interaction.token}`,
    );
    expect(followUp.json).toMatchObject({ content: UI.en.pinLimit, flags: 64 });
  });
});

describe('/pin-summary over HTTP without DISCORD_TOKEN', () => {
  it('refuses privately before posting anything, so a retry cannot post a second copy', async () => {
    const tokenless = await startInteractionsHarness({
      publicKeyHex: keys.publicKeyHex,
      apiUrl: rest.apiUrl,
      token: '',
      services: (discord, logger) => createServices({ config, discord, logger }),
    });
    const tokenlessClient = createHttpClient(tokenless.baseUrl);
    try {
      const callsBefore = rest.calls.length;
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const result = await tokenlessClient.postInteraction(
          keys.privateKey,
          commandInteraction('pin-summary', {}, { userId: freshUser(), memberPermissions: MODERATOR_PERMISSIONS }),
        );
        const response = JSON.parse(result.text) as MessageResponse;
        expect(response).toMatchObject({ type: 4, data: { flags: 64, content: UI.en.cannotPinHere } });
      }
      // Nothing went to Discord's REST API: no edit of a deferral, no pin, no follow-up.
      expect(rest.calls.length).toBe(callsBefore);
    } finally {
      tokenlessClient.close();
      await tokenless.close();
    }
  });
});

describe('every registered command over HTTP', () => {
  it('answers each command without options within Discord limits and never with an error status', async () => {
    const registry = await getCommandRegistry();
    for (const command of registry.commands) {
      const interaction = commandInteraction(
        command.data.name,
        {},
        { userId: freshUser(), memberPermissions: PLAIN_MEMBER_PERMISSIONS },
      );
      const response = await post(interaction);
      expect([4, 5], command.data.name).toContain(response.type);
      if (response.type === 4) expectSafeMessage(response);
      else await rest.waitForCall((call) => call.method === 'PATCH' && call.path.includes(interaction.token));
    }
  });
});
