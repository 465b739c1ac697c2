// End to end: the real discord.js client from src/ against the fake Discord, every command, button and failure path.
import { ChartCatalogue } from '../../src/charts/catalogue.js';
import { PermissionFlagsBits, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chartAttachmentFor } from '../../src/charts/message.js';
import { parseCustomId } from '../../src/render/custom-ids.js';
import { PERMISSIONS } from '../../src/interactions/permissions.js';
import { containsLiveMention } from '../../src/render/mentions.js';
import { messageLimitProblems } from '../../src/render/limits.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { ALL_PERMISSIONS, FAKE_CHANNEL_ID, FAKE_TOKEN, type InteractionOptions } from './fake-discord.js';
import { startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;

interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  flags?: number;
  allowed_mentions?: { parse?: unknown[] };
  choices?: { name: string; value: string }[];
}
interface Callback {
  type: number;
  data?: MessageData;
}

let h: Harness;
let users = 0;
/** A fresh user per interaction that should not count against another test's /ask cooldown. */
function freshUser(extra: InteractionOptions = {}): InteractionOptions {
  users += 1;
  return { userId: String(410_000_000_000_000_000n + BigInt(users)), ...extra };
}

async function callback(id: string): Promise<Callback> {
  return (await h.fake.waitForCallback(id)).body as Callback;
}

function customIds(data: MessageData | undefined): string[] {
  return (data?.components ?? []).flatMap((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
}

/** Facts whose own first question the engine answers with that fact (computed, not hard-coded). */
let answerable: Fact[] = [];
let offTopic = '';

beforeAll(async () => {
  h = await startHarness({ askCooldown: { max: 3, windowMs: 60_000 } });
  const { kb, engine } = h.services;
  answerable = kb.facts.filter((fact) => engine.ask(fact.questions.en[0] ?? '', { lang: 'en' }).factId === fact.id);
  const candidates = [
    'What is the best recipe for banana bread?',
    'Who won the 1998 football world cup?',
    'How do I reset my wifi router?',
  ];
  offTopic = candidates.find((q) => !engine.ask(q).answered) ?? '';
});

afterAll(async () => {
  await h?.close();
});

describe('/ask', () => {
  test('answers with the answer, the verbatim quote, ¶ and section, the English rendering, the source line and buttons', async () => {
    expect(answerable.length).toBeGreaterThan(h.services.kb.facts.length / 2);
    const fact = answerable[0] as Fact;
    const { id } = h.fake.command('ask', { question: fact.questions.en[0] ?? '' }, freshUser());
    const reply = await callback(id);
    expect(reply.type).toBe(4);
    expect(reply.data?.flags ?? 0).toBe(0);
    const embed = reply.data?.embeds?.[0];
    expect(embed?.description).toBe(fact.answer.en);
    const source = embed?.fields?.find((f) => f.name.startsWith(`¶${fact.paragraph} · `));
    expect(source?.value).toContain(`> ${fact.quote}`);
    expect(source?.value).toContain(fact.quoteEn);
    expect(embed?.footer?.text).toContain(h.services.kb.meta.date);
    expect(embed?.footer?.text).toContain(h.services.kb.meta.origin.republishedBy.name);
    const ids = customIds(reply.data);
    expect(ids).toContain(`ask:src:${fact.id}:en`);
    expect(ids).toContain(`ask:fb:up:${fact.id}`);
    expect(ids).toContain(`ask:fb:down:${fact.id}`);
  });

  test('shows the translation note when the fact has one', async () => {
    const fact = answerable.find((f) => f.translationNote);
    expect(fact).toBeDefined();
    const { id } = h.fake.command('ask', { question: fact?.questions.en[0] ?? '' }, freshUser());
    const fields = (await callback(id)).data?.embeds?.[0]?.fields ?? [];
    expect(fields.some((f) => f.value === fact?.translationNote?.en)).toBe(true);
  });

  test('answers in Vietnamese when asked to, without the English rendering', async () => {
    const fact = answerable[1] as Fact;
    const { id } = h.fake.command('ask', { question: fact.questions.vi[0] ?? '', language: 'vi' }, freshUser());
    const embed = (await callback(id)).data?.embeds?.[0];
    expect(embed?.description).toBe(fact.answer.vi);
    expect(embed?.fields?.[0]?.value).toContain(fact.quote);
    expect(embed?.fields?.[0]?.value).not.toContain(fact.quoteEn);
    expect(embed?.footer?.text).toContain(h.services.kb.meta.title.vi);
  });

  test('an answer is public by default', async () => {
    const fact = answerable[3] as Fact;
    const { id } = h.fake.command('ask', { question: fact.questions.en[0] ?? '' }, freshUser());
    expect((await callback(id)).data?.flags ?? 0).toBe(0);
  });

  test.each(['quote', 'figure', 'topics', 'source'])('/%s with private: true replies ephemerally', async (name) => {
    const { id } = h.fake.command(name, { private: true }, freshUser());
    expect((await callback(id)).data?.flags).toBe(EPHEMERAL);
  });

  test('private: true answers ephemerally', async () => {
    const fact = answerable[2] as Fact;
    const { id } = h.fake.command('ask', { question: fact.questions.en[0] ?? '', private: true }, freshUser());
    expect((await callback(id)).data?.flags).toBe(EPHEMERAL);
  });

  test('a value picked from autocomplete answers that fact in the language it was shown in', async () => {
    const fact = h.services.kb.facts[5] as Fact;
    const { id } = h.fake.command('ask', { question: `${fact.id}:vi` }, freshUser());
    const embed = (await callback(id)).data?.embeds?.[0];
    expect(embed?.description).toBe(fact.answer.vi);
    expect(embed?.title).toBe(fact.questions.vi[0]);
  });

  test('declines an off-topic question privately (ephemeral), with "did you mean" buttons', async () => {
    expect(offTopic).not.toBe('');
    const { id } = h.fake.command('ask', { question: offTopic }, freshUser());
    const reply = await callback(id);
    expect(reply.data?.flags).toBe(EPHEMERAL);
    const ids = customIds(reply.data);
    expect(ids.length).toBeGreaterThan(0);
    for (const customId of ids) {
      const action = parseCustomId(customId);
      expect(action?.action).toBe('fact');
      expect(h.services.kb.factsById.has(action && 'factId' in action ? action.factId : '')).toBe(true);
    }
    expect(reply.data?.embeds?.[0]?.fields ?? []).toHaveLength(0);
  });

  test('echoed mentions are made inert', async () => {
    const { id } = h.fake.command(
      'ask',
      { question: '@everyone <@123456789012345678> <@&456789012345678901> @here what?' },
      freshUser(),
    );
    const data = (await callback(id)).data;
    expect(data?.embeds?.[0]?.title).toContain('@\u200beveryone');
    expect(containsLiveMention(JSON.stringify(data))).toBe(false);
  });

  test('the per-user cooldown answers privately with the seconds to wait', async () => {
    const user = freshUser();
    const question = answerable[0]?.questions.en[0] ?? '';
    for (let i = 0; i < 3; i += 1) {
      const { id } = h.fake.command('ask', { question }, user);
      expect((await callback(id)).data?.embeds?.length).toBe(1);
    }
    const { id } = h.fake.command('ask', { question }, user);
    const refused = await callback(id);
    expect(refused.data?.flags).toBe(EPHEMERAL);
    expect(refused.data?.content).toMatch(/again in \d+ s/);
    // Another user is not affected.
    const other = h.fake.command('ask', { question }, freshUser());
    expect((await callback(other.id)).data?.embeds?.length).toBe(1);
  });
});

describe('autocomplete', () => {
  test.each([
    ['an empty question', ''],
    ['a partial English question', 'how much does open'],
    ['a partial Vietnamese question', 'nvidia chiếm bao nhiêu'],
  ])('offers at most 25 questions, names ≤ 100 characters, values that /ask resolves (%s)', async (_label, typed) => {
    const { id } = h.fake.autocomplete('ask', 'question', { question: typed }, freshUser());
    const reply = await callback(id);
    expect(reply.type).toBe(8);
    const choices = reply.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(h.services.kb.factsById.has(choice.value.split(':')[0] ?? '')).toBe(true);
    }
  });

  test('speakers for /quote and subjects for /figure', async () => {
    for (const [command, option] of [
      ['quote', 'speaker'],
      ['figure', 'subject'],
    ] as const) {
      const { id } = h.fake.autocomplete(command, option, { [option]: '' }, freshUser());
      const choices = (await callback(id)).data?.choices ?? [];
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.every((c) => h.services.kb.entitiesById.has(c.value))).toBe(true);
    }
  });
});

describe('/read', () => {
  test('/read 2 shows ¶2 privately in both languages; ▶ turns the page in place; another member is refused', async () => {
    const { kb } = h.services;
    const owner = freshUser();
    const { id } = h.fake.command('read', { where: '2' }, owner);
    const reply = await callback(id);
    expect(reply.type).toBe(4);
    expect(reply.data?.flags).toBe(EPHEMERAL);
    expect(messageLimitProblems(reply.data as never)).toEqual([]);
    const embed = reply.data?.embeds?.[0];
    expect(embed?.title).toMatch(/^¶2 · /);
    expect(embed?.description).toContain(kb.paragraphs[1]?.text);
    expect(embed?.description).toContain('OpenAI could lose $5 billion this year');
    expect(embed?.fields?.[0]?.value).toContain('inference cost');
    const [previous, counter, next] = customIds(reply.data);
    expect(previous && counter).toBeTruthy();

    // The click is on the message /read sent; Discord (the fake) takes the type 7 update as that message's new body.
    const page = h.fake.button(next ?? '', owner, { ...reply.data });
    const update = await callback(page.id);
    expect(update.type).toBe(7);
    expect(update.data?.allowed_mentions).toEqual({ parse: [] });
    expect(update.data?.embeds?.[0]?.title).toMatch(/^¶3 · /);
    expect(update.data?.embeds?.[0]?.description).toContain(kb.paragraphs[2]?.text);
    const shown = h.fake.shownMessage(page.token) as MessageData | undefined;
    expect(shown?.embeds?.[0]?.title).toMatch(/^¶3 · /);
    expect(customIds(shown)[1]).not.toBe(counter);

    const other = h.fake.button(customIds(update.data)[2] ?? '', freshUser(), { ...update.data });
    const refused = await callback(other.id);
    expect(refused.type).toBe(4);
    expect(refused.data?.flags).toBe(EPHEMERAL);
    expect(refused.data?.content).toContain('Only the member who ran /read');
    expect((h.fake.shownMessage(other.token) as MessageData | undefined)?.embeds?.[0]?.title).toMatch(/^¶3 · /);
  });

  test('"Read on ▶" under a Source paragraph pages on to the next paragraph, in place', async () => {
    const fact = answerable[0] as Fact;
    const user = freshUser();
    const source = await callback(h.fake.button(`ask:src:${fact.id}:en`, user).id);
    const readOn = source.data?.components?.[0]?.components.find((c) => 'label' in c && c.label === 'Read on ▶');
    expect(readOn && 'custom_id' in readOn).toBe(true);
    const click = h.fake.button(readOn && 'custom_id' in readOn ? readOn.custom_id : '', user, { ...source.data });
    const update = await callback(click.id);
    expect(update.type).toBe(7);
    expect(update.data?.embeds?.[0]?.title).toMatch(new RegExp(`^¶${fact.paragraph + 1} · `));
  });

  test('autocomplete offers "¶2 · …" choices whose values /read accepts', async () => {
    const { id } = h.fake.autocomplete('read', 'where', { where: 'openai lose' }, freshUser());
    const reply = await callback(id);
    expect(reply.type).toBe(8);
    expect(reply.data?.choices?.[0]).toMatchObject({ value: '2', name: expect.stringMatching(/^¶2 · /) as string });
  });
});

describe('/quote paging', () => {
  test('/quote pages forward and back in place, every quote once; another member is refused', async () => {
    const { kb } = h.services;
    const owner = freshUser();
    const first = await callback(h.fake.command('quote', {}, owner).id);
    expect(first.type).toBe(4);
    expect(first.data?.flags ?? 0).toBe(0); // an answer: public
    expect(messageLimitProblems(first.data as never)).toEqual([]);
    const seen: string[] = [];
    const texts = (data: MessageData | undefined) => (data?.embeds ?? []).map((e) => e.description ?? '');
    seen.push(...texts(first.data));
    let shown: MessageData | undefined = first.data;
    let guard = 0;
    // ▶ until it is disabled: every page is a type 7 update of the same message, within Discord's limits.
    for (;;) {
      const next = shown?.components?.at(-1)?.components[2];
      if (!next || !('custom_id' in next) || next.disabled || guard++ > 10) break;
      const update = await callback(h.fake.button(next.custom_id, owner, { ...shown }).id);
      expect(update.type).toBe(7);
      expect(messageLimitProblems(update.data as never)).toEqual([]);
      seen.push(...texts(update.data));
      shown = update.data;
    }
    expect(seen).toHaveLength(kb.quotes.length);
    expect(new Set(seen).size).toBe(kb.quotes.length);
    // ◀ goes back to the page before.
    const previous = shown?.components?.at(-1)?.components[0];
    const back = await callback(
      h.fake.button(previous && 'custom_id' in previous ? previous.custom_id : '', owner, { ...shown }).id,
    );
    expect(back.type).toBe(7);
    expect(texts(back.data)[0]).not.toBe(texts(shown)[0]);
    // Someone else's click: a private note, the message unchanged.
    const counterId = (back.data?.components?.at(-1)?.components[2] as { custom_id?: string } | undefined)?.custom_id;
    const other = h.fake.button(counterId ?? '', freshUser(), { ...back.data });
    const refused = await callback(other.id);
    expect(refused.type).toBe(4);
    expect(refused.data?.flags).toBe(EPHEMERAL);
    expect(refused.data?.content).toContain('Only the member who ran /quote');
  });
});

describe('buttons', () => {
  test('"Source paragraph" shows the whole paragraph, privately, with English renderings in English', async () => {
    const fact = answerable[0] as Fact;
    const paragraph = h.services.kb.paragraphs.find((p) => p.number === fact.paragraph);
    const { id } = h.fake.button(`ask:src:${fact.id}:en`, freshUser());
    const reply = await callback(id);
    expect(reply.data?.flags).toBe(EPHEMERAL);
    const embed = reply.data?.embeds?.[0];
    expect(embed?.title).toMatch(new RegExp(`^¶${fact.paragraph} · `));
    expect(embed?.description).toContain(paragraph?.text);
    // Both languages: the Vietnamese verbatim and the project's English rendering, with "Read on ▶".
    const english = h.services.kb.renderings?.paragraphs.find((r) => r.paragraph === fact.paragraph)?.text;
    expect(embed?.description).toContain(english);
    expect(reply.data?.components?.[0]?.components.map((c) => ('label' in c ? c.label : ''))).toContain('Read on ▶');
  });

  test('"Related" offers at most 3 related facts as buttons that answer them', async () => {
    const fact = h.services.kb.facts.find((f) => f.related.length > 0) as Fact;
    const { id } = h.fake.button(`ask:rel:${fact.id}:en`, freshUser());
    const reply = await callback(id);
    expect(reply.data?.flags).toBe(EPHEMERAL);
    const ids = customIds(reply.data);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(3);
    expect(ids.every((customId) => customId.startsWith('ask:fact:'))).toBe(true);

    const clicked = h.fake.button(ids[0] ?? '', freshUser());
    const answer = await callback(clicked.id);
    const action = parseCustomId(ids[0] ?? '');
    const relatedFact = h.services.kb.factsById.get(action && 'factId' in action ? action.factId : '');
    expect(answer.data?.embeds?.[0]?.description).toBe(relatedFact?.answer.en);
    expect(answer.data?.flags).toBe(EPHEMERAL);
  });

  test('👍/👎 are logged with the fact id and thanked privately', async () => {
    const fact = answerable[0] as Fact;
    const { id } = h.fake.button(`ask:fb:down:${fact.id}`, freshUser());
    const reply = await callback(id);
    expect(reply.data?.flags).toBe(EPHEMERAL);
    expect(reply.data?.content).toMatch(/thanks/i);
    expect(
      h.logs.find(
        (line) =>
          line.event === 'feedback' && line.factId === fact.id && line.vote === 'down' && line.interactionId === id,
      ),
    ).toBeDefined();
  });

  test('a "did you mean" button answers the suggested fact', async () => {
    const asked = h.fake.command('ask', { question: offTopic }, freshUser());
    const suggestion = customIds((await callback(asked.id)).data)[0] ?? '';
    const { id } = h.fake.button(suggestion, freshUser({ locale: 'vi' }));
    const action = parseCustomId(suggestion);
    const fact = h.services.kb.factsById.get(action && 'factId' in action ? action.factId : '');
    const embed = (await callback(id)).data?.embeds?.[0];
    expect(embed?.description).toBe(fact?.answer.en);
    expect(embed?.fields?.[0]?.value).toContain(fact?.quote);
  });

  test('an unknown or tampered button id gets a private message, not a crash', async () => {
    const { id } = h.fake.button('ask:src:no-such-fact:en', freshUser());
    const reply = await callback(id);
    expect(reply.data?.flags).toBe(EPHEMERAL);
    expect(reply.data?.content).toBeTruthy();
    const tampered = h.fake.button('something:else', freshUser());
    expect((await callback(tampered.id)).data?.flags).toBe(EPHEMERAL);
  });
});

describe('/summary and the other commands', () => {
  test('/summary is private by default and cites paragraphs', async () => {
    const { id } = h.fake.command('summary', {}, freshUser());
    const reply = await callback(id);
    expect(reply.data?.flags).toBe(EPHEMERAL);
    const description = reply.data?.embeds?.[0]?.description ?? '';
    for (const sentence of h.services.kb.summaries.short.en) expect(description).toContain(sentence.text);
    expect(description).toMatch(/¶\d+/);
  });

  test('/summary full in Vietnamese from the interaction locale', async () => {
    const { id } = h.fake.command('summary', { length: 'full' }, freshUser({ locale: 'vi' }));
    const description = (await callback(id)).data?.embeds?.[0]?.description ?? '';
    for (const sentence of h.services.kb.summaries.full.vi) expect(description).toContain(sentence.text);
  });

  test.each(['quote', 'figure', 'topics', 'source', 'help'])(
    '/%s replies with an embed within Discord limits',
    async (command) => {
      const { id } = h.fake.command(command, {}, freshUser());
      const reply = await callback(id);
      expect(reply.type).toBe(4);
      expect(reply.data?.embeds?.length).toBeGreaterThan(0);
      expect(messageLimitProblems(reply.data as never)).toEqual([]);
    },
  );
});

describe('/figure', () => {
  test('a subject with a chart gets its figures with ¶ and the chart as an attached PNG shown in the embed', async () => {
    const { kb, engine } = h.services;
    const subject = engine
      .figuresBySubject('')
      .find((s) => chartAttachmentFor(new ChartCatalogue(kb), s.subject, 'en'));
    expect(subject).toBeDefined();
    const { id } = h.fake.command('figure', { subject: subject?.subject ?? '' }, freshUser());
    const request = await h.fake.waitForCallback(id);
    const file = request.files[0];
    expect(file?.name).toMatch(/\.png$/);
    expect(file?.size).toBeGreaterThan(1000);
    const embed = (request.body as Callback).data?.embeds?.[0];
    expect(embed?.image?.url).toBe(`attachment://${file?.name}`);
    expect(embed?.description?.match(/\(¶\d+\)/g)).toHaveLength(subject?.figures.length ?? -1);
  });

  test('without a subject, every subject in one compact embed', async () => {
    const { id } = h.fake.command('figure', {}, freshUser());
    const request = await h.fake.waitForCallback(id);
    expect(request.files).toHaveLength(0);
    const embeds = (request.body as Callback).data?.embeds ?? [];
    expect(embeds).toHaveLength(1);
    expect(embeds[0]?.fields).toHaveLength(h.services.engine.figuresBySubject('').length);
  });
});

describe('/pin-summary', () => {
  test('posts the summary publicly, pins that very message, and confirms privately', async () => {
    const { id, token } = h.fake.command('pin-summary', { length: 'short' }, freshUser());
    const deferral = await callback(id);
    expect(deferral.type).toBe(5);
    expect(deferral.data?.flags ?? 0).toBe(0);
    const edit = await h.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(token),
      5_000,
      'edit of the deferral',
    );
    expect(((edit.body as MessageData).embeds?.[0]?.description ?? '').length).toBeGreaterThan(0);
    const pin = await h.fake.waitForRequest(
      (r) => r.method === 'PUT' && r.path.startsWith(`/channels/${FAKE_CHANNEL_ID}/messages/pins/`),
      5_000,
      'pin',
    );
    expect(pin.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    const posted = edit.response as { id: string };
    expect(pin.path).toBe(`/channels/${FAKE_CHANNEL_ID}/messages/pins/${posted.id}`);
    const confirmation = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path.endsWith(token),
      5_000,
      'confirmation',
    );
    expect((confirmation.body as MessageData).flags).toBe(EPHEMERAL);
  });

  test('a member without Manage Messages whose role an admin allowed is not second-guessed: it pins', async () => {
    // Discord only delivers the command to members allowed by default_member_permissions or a server override.
    const pinsBefore = h.fake.requests.filter((r) => r.method === 'PUT').length;
    const { id } = h.fake.command('pin-summary', {}, freshUser({ memberPermissions: PERMISSIONS.viewChannel.bit }));
    const reply = await callback(id);
    expect(reply.type).toBe(5);
    await h.fake.waitForRequest(
      (r) => r.method === 'PUT' && h.fake.requests.filter((q) => q.method === 'PUT').length > pinsBefore,
      5_000,
      'pin',
    );
  });

  test('a bot without Pin Messages names the missing permission before posting anything', async () => {
    const { id } = h.fake.command(
      'pin-summary',
      {},
      freshUser({
        appPermissions: ALL_PERMISSIONS & ~PERMISSIONS.pinMessages.bit & ~PermissionFlagsBits.Administrator,
      }),
    );
    const reply = await callback(id);
    expect(reply.type).toBe(4);
    expect(reply.data?.flags).toBe(EPHEMERAL);
    expect(reply.data?.content).toContain('Pin Messages');
  });

  test('outside a server it explains that it needs a server channel', async () => {
    const { id } = h.fake.command('pin-summary', {}, freshUser({ inGuild: false }));
    const reply = await callback(id);
    expect(reply.data?.flags).toBe(EPHEMERAL);
    expect(reply.data?.content).toMatch(/server/);
  });

  test.each([
    ['Missing Permissions (50013)', { status: 403, code: 50013, message: 'Missing Permissions' }, /Pin Messages/],
    [
      'the pin limit (30003)',
      { status: 400, code: 30003, message: 'Maximum number of pins reached (50)' },
      /limit of pinned messages/,
    ],
  ])('Discord refusing the pin with %s gives a clear private follow-up', async (_label, error, expected) => {
    h.fake.pinErrors.push(error);
    const { id, token } = h.fake.command('pin-summary', {}, freshUser());
    expect((await callback(id)).type).toBe(5);
    const followUp = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path.endsWith(token),
      5_000,
      'follow-up',
    );
    expect((followUp.body as MessageData).flags).toBe(EPHEMERAL);
    expect((followUp.body as MessageData).content).toMatch(expected);
  });
});

describe('robustness', () => {
  test('Unknown interaction (10062) is logged as a warning and the bot keeps answering', async () => {
    h.fake.callbackErrors.push({ status: 404, code: 10062, message: 'Unknown interaction' });
    const { id } = h.fake.command('topics', {}, freshUser());
    await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`) && r.status === 404);
    await expect
      .poll(() => h.logs.find((line) => line.interactionId === id && line.level === 40), { timeout: 5_000 })
      .toBeDefined();
    expect(h.logs.find((line) => line.interactionId === id && (line.level as number) >= 50)).toBeUndefined();
    const next = h.fake.command('source', {}, freshUser());
    expect((await callback(next.id)).type).toBe(4);
  });

  test('every message the fake Discord received has allowed_mentions with parse: [] and fits the limits', () => {
    const messages = h.fake.messageBodies();
    expect(messages.length).toBeGreaterThan(20);
    for (const { request, message } of messages) {
      expect(message.allowed_mentions, `${request.method} ${request.path}`).toEqual({ parse: [] });
      expect(messageLimitProblems(message as never), `${request.method} ${request.path}`).toEqual([]);
    }
  });

  test('the fake saw no request it does not know, and the identify used only the Guilds and Guild Messages intents (no privileged Message Content)', () => {
    expect(h.fake.unhandled.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const identify = h.fake.received.find((frame) => frame.op === 2)?.d as {
      intents: number;
      presence?: { activities?: { state?: string }[] };
    };
    // Guilds (1 << 0) and Guild Messages (1 << 9); never Message Content (1 << 15) or Guild Members (1 << 1).
    expect(identify.intents).toBe((1 << 0) | (1 << 9));
    expect(identify.presence?.activities?.[0]?.state).toContain('/ask');
  });
});
