// End to end: questions asked by mentioning the bot, answered in a thread, with follow-ups in that thread; through the
// real discord.js client and the fake Discord (message events, thread creation, posting in the thread, a 403).
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { renderReply } from '../../src/render/answer.js';
import { fitMessage, messageLimitProblems } from '../../src/render/limits.js';
import { createNullStore, type InsightStore, type QuestionRecord } from '../../src/store/index.js';
import { FAKE_BOT_ID, FAKE_CHANNEL_ID, type RecordedRequest } from './fake-discord.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
// What the bot records, as the store would receive it (the store itself is tested with /ask in insights.test.ts).
const records: QuestionRecord[] = [];
beforeAll(async () => {
  const store: InsightStore = {
    ...createNullStore(),
    recordQuestion: async (record) => {
      records.push(record);
    },
  };
  h = await startHarness({ store });
});
afterAll(async () => {
  await h?.close();
});

// One member per test: the /ask cooldown (5 in 30 s) counts mentions too.
const MEMBER = '410000000000007001';
const MEMBER_2 = '410000000000007003';
const MEMBER_3 = '410000000000007004';
const MEMBER_4 = '410000000000007005';
const MEMBER_5 = '410000000000007006';
const MEMBER_6 = '410000000000007008';
const OTHER_BOT = '410000000000007999';
const mention = `<@${FAKE_BOT_ID}>`;

interface Posted {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: { parse?: string[] };
  message_reference?: { message_id: string };
}

const text = (message: Posted) =>
  [
    message.content ?? '',
    ...(message.embeds ?? []).flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).map((f) => `${f.name} ${f.value}`),
      e.footer?.text,
    ]),
  ]
    .filter(Boolean)
    .join('\n');

const isThreadCreation = (messageId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${FAKE_CHANNEL_ID}/messages/${messageId}/threads`;

const postedIn = (channelId: string, after: number) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${channelId}/messages` && h.fake.requests.indexOf(r) >= after;

/** Gives the bot time to (not) act on a message: the next thing it does is answer a marker /ask. */
async function settled(): Promise<void> {
  const { id } = h.fake.command('help', {}, { userId: '410000000000007777' });
  await h.fake.waitForCallback(id);
}

describe('asking by mention, answered in a thread', () => {
  test('mention → a public thread started from the message, named after the question, with the answer and its source; "and Tesla?" in it is answered with the thread as context', async () => {
    const kb = h.services.kb;
    const google = kb.factsById.get('google-12b-per-quarter');
    const tesla = kb.factsById.get('tesla-600m-capex');
    expect(google && tesla).toBeTruthy();

    const question = 'how much does google invest in ai each quarter';
    const asked = h.fake.userMessage(`${mention} ${question}`, { userId: MEMBER });
    const created = await h.fake.waitForRequest(isThreadCreation(String(asked.id)), 10_000, 'thread creation');
    expect(created.status).toBe(201);
    expect((created.body as { name: string }).name).toBe(question);
    const threadId = String(asked.id);

    const answer = await h.fake.waitForRequest(postedIn(threadId, 0), 10_000, 'the answer in the thread');
    const first = answer.body as Posted;
    expect(first.allowed_mentions).toEqual({ parse: [] });
    expect(text(first)).toContain(google?.answer.en);
    // The same rendering as /ask: the answer, its verbatim source and ¶, the buttons.
    const expected = fitMessage(renderReply(h.services.engine.ask(question), kb, { question }));
    expect(first.embeds).toEqual(JSON.parse(JSON.stringify(expected.embeds)));
    expect(text(first)).toMatch(/¶\s?\d+/);
    // Nothing was posted in the channel itself.
    expect(h.fake.channelMessages(FAKE_CHANNEL_ID)).toHaveLength(0);

    const before = h.fake.requests.length;
    h.fake.userMessage(`${mention} and Tesla?`, { userId: '410000000000007002', channelId: threadId });
    const followUp = await h.fake.waitForRequest(postedIn(threadId, before), 10_000, 'the follow-up answer');
    expect(text(followUp.body as Posted)).toContain(tesla?.answer.en);

    // A reply to the bot's answer (without typing the mention) is a follow-up too.
    const answerMessage = followUp.response as Record<string, unknown>;
    const beforeReply = h.fake.requests.length;
    h.fake.userMessage('and google?', { userId: MEMBER, channelId: threadId, replyTo: answerMessage });
    const replied = await h.fake.waitForRequest(postedIn(threadId, beforeReply), 10_000, 'the answer to a reply');
    expect(text(replied.body as Posted)).toContain(google?.answer.en);
    // Each question is recorded like an /ask: where, which fact, the message the answer is in (votes find it there).
    await vi.waitFor(() => expect(records).toHaveLength(3));
    expect(records.map((r) => [r.channelId, r.factIds, r.outcome, r.messageId])).toEqual([
      [threadId, [google?.id], 'answered', (answer.response as { id: string }).id],
      [threadId, [tesla?.id], 'answered', answerMessage.id],
      [threadId, [google?.id], 'answered', (replied.response as { id: string }).id],
    ]);
    expect(records.every((r) => r.interactionId === null && r.question.length > 0)).toBe(true);
    // Only one thread was started for all of it.
    expect(h.fake.requests.filter((r) => /\/threads$/.test(r.path))).toHaveLength(1);
  });

  test("in the thread, a message that neither mentions nor replies to the bot is ignored; so are its own messages, another bot's mention, @everyone and role mentions", async () => {
    const asked = h.fake.userMessage(`${mention} who is Jim Covello?`, { userId: MEMBER_2 });
    const threadId = String(asked.id);
    await h.fake.waitForRequest(postedIn(threadId, 0), 10_000, 'the first answer');
    const before = h.fake.requests.length;
    h.fake.userMessage('thanks, interesting', { userId: MEMBER_2, channelId: threadId });
    // A reply with the ping turned off: Discord sends it to a bot without the Message Content intent, but empty.
    const answer = h.fake.channelMessages(threadId)[0]?.message;
    h.fake.userMessage('', { userId: MEMBER_2, channelId: threadId, replyTo: answer ?? {} });
    h.fake.userMessage(`${mention} what does OpenAI lose?`, { userId: OTHER_BOT, bot: true });
    h.fake.userMessage(`${mention} what does OpenAI lose?`, { userId: FAKE_BOT_ID, bot: true, channelId: threadId });
    h.fake.userMessage('@everyone what does OpenAI lose?', { userId: MEMBER_2 });
    h.fake.userMessage(`<@&${FAKE_BOT_ID}> what does OpenAI lose?`, { userId: MEMBER_2, mentionRoles: [FAKE_BOT_ID] });
    await settled();
    const acted = h.fake.requests.slice(before).filter((r) => r.path.startsWith('/channels/'));
    expect(acted).toEqual([]);
  });

  test('without permission to start a thread: one clear notice in reply to the message, logged, no crash; later mentions there are only logged', async () => {
    const missing = { status: 403, code: 50013, message: 'Missing Permissions' };
    h.fake.threadErrors.push(missing, missing);
    const before = h.fake.requests.length;
    const first = h.fake.userMessage(`${mention} how much does openai lose this year?`, { userId: MEMBER_3 });
    const notice = await h.fake.waitForRequest(postedIn(FAKE_CHANNEL_ID, before), 10_000, 'the permissions notice');
    const body = notice.body as Posted;
    expect(body.content).toContain('Create Public Threads');
    expect(body.content).toContain('Send Messages in Threads');
    expect(body.message_reference?.message_id).toBe(first.id);
    expect(body.allowed_mentions?.parse).toEqual([]);

    h.fake.userMessage(`${mention} and google?`, { userId: MEMBER_3 });
    await h.fake.waitForRequest(
      (r) =>
        /\/threads$/.test(r.path) && r.status === 403 && h.fake.requests.indexOf(r) > h.fake.requests.indexOf(notice),
      10_000,
      'the second refused thread',
    );
    await settled();
    expect(
      h.fake.channelMessages(FAKE_CHANNEL_ID).filter((m) => h.fake.requests.indexOf(m.request) >= before),
    ).toHaveLength(1);
    const warnings = h.logs.lines.filter((line) =>
      String(line.msg).startsWith('missing permissions to answer a mention'),
    );
    expect(warnings).toHaveLength(2);
    expect(h.logs.lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
    // Still up: a mention answers again once the permission is back.
    const again = h.fake.userMessage(`${mention} who is Jim Covello?`, { userId: MEMBER_3 });
    await h.fake.waitForRequest(postedIn(String(again.id), 0), 10_000, 'an answer after the permission is back');
  });

  test('a mention in a thread a member started is answered in that thread, without starting another', async () => {
    const threadId = h.fake.memberThread('talking about the article');
    await settled();
    const before = h.fake.requests.length;
    h.fake.userMessage(`${mention} how much does openai lose this year?`, { userId: MEMBER_4, channelId: threadId });
    const answer = await h.fake.waitForRequest(postedIn(threadId, before), 10_000, 'the answer in the member thread');
    expect(text(answer.body as Posted)).toContain(h.services.kb.factsById.get('openai-loss-5b')?.answer.en);
    expect(h.fake.requests.slice(before).filter((r) => /\/threads$/.test(r.path))).toEqual([]);
  });

  test('a thread started but not writable (no Send Messages in Threads) in a channel already told: logged, nothing posted twice', async () => {
    h.fake.channelMessageErrors.push({ status: 403, code: 50001, message: 'Missing Access' });
    const before = h.fake.requests.length;
    const warningsBefore = h.logs.lines.filter((l) => String(l.msg).startsWith('missing permissions')).length;
    const asked = h.fake.userMessage(`${mention} who is Jim Covello?`, { userId: MEMBER_4 });
    const refused = await h.fake.waitForRequest(
      (r) => r.path === `/channels/${String(asked.id)}/messages` && r.status === 403,
      10_000,
      'the refused answer in the thread',
    );
    expect(refused.method).toBe('POST');
    await settled();
    await vi.waitFor(() =>
      expect(h.logs.lines.filter((l) => String(l.msg).startsWith('missing permissions')).length).toBe(
        warningsBefore + 1,
      ),
    );
    const after = h.fake.requests.slice(before);
    expect(after.filter((r) => /\/threads$/.test(r.path))).toHaveLength(1);
    // The channel was told in the test above: the refused answer is the only message the bot tried.
    expect(after.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path))).toHaveLength(1);
  });

  test('a bare mention gets the help text in reply to it, in place: no thread, nothing recorded', async () => {
    const before = h.fake.requests.length;
    const recorded = records.length;
    const bare = h.fake.userMessage(`${mention}  `, { userId: MEMBER_5 });
    const help = await h.fake.waitForRequest(postedIn(FAKE_CHANNEL_ID, before), 10_000, 'the help text');
    const body = help.body as Posted;
    expect(body.message_reference?.message_id).toBe(bare.id);
    expect(text(body)).toContain('/ask');
    await settled();
    expect(h.fake.requests.slice(before).filter((r) => /\/threads$/.test(r.path))).toEqual([]);
    expect(records).toHaveLength(recorded);
  });

  test('an answer that could not be posted is not context: the next "and Tesla?" in that thread is asked alone', async () => {
    const tesla = h.services.kb.factsById.get('tesla-600m-capex');
    const threadId = h.fake.memberThread('a thread the bot cannot write in, once');
    await settled();
    h.fake.channelMessageErrors.push({ status: 403, code: 50001, message: 'Missing Access' });
    const before = h.fake.requests.length;
    h.fake.userMessage(`${mention} how much does google invest in ai each quarter`, {
      userId: MEMBER_6,
      channelId: threadId,
    });
    await h.fake.waitForRequest(
      (r) => r.path === `/channels/${threadId}/messages` && r.status === 403 && h.fake.requests.indexOf(r) >= before,
      10_000,
      'the refused answer',
    );
    await settled();
    const afterRefusal = h.fake.requests.length;
    h.fake.userMessage(`${mention} and Tesla?`, { userId: MEMBER_6, channelId: threadId });
    const answer = await h.fake.waitForRequest(
      (r) => postedIn(threadId, afterRefusal)(r) && r.status < 300,
      10_000,
      'the follow-up reply',
    );
    expect(text(answer.body as Posted)).not.toContain(tesla?.answer.en);
  });

  test("every message posted in a channel or thread pings no one and fits Discord's limits; no unknown request", () => {
    const posted = h.fake.channelMessages();
    expect(posted.length).toBeGreaterThan(5);
    for (const { request } of posted) {
      expect((request.body as Posted).allowed_mentions).toEqual({ parse: [] });
      expect(messageLimitProblems(request.body as never)).toEqual([]);
    }
    expect(h.fake.unhandled).toEqual([]);
  });
});
