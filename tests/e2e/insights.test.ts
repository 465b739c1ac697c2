// End to end with the real discord.js client and the fake Discord, on a real SQLite file: /ask → 👍/👎 → /insights,
// votes counted once per member, a declined question grouped with its translation, only this guild's data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import type { InsightStore } from '../../src/store/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { InteractionOptions } from './fake-discord.js';
import { LogCapture, startHarness, type Harness } from './harness.js';

const DECLINED_EN = 'How many employees does OpenAI have?';
const DECLINED_VI = 'OpenAI có bao nhiêu nhân viên?';

let h: Harness;
let dir: string;
let store: InsightStore;
let users = 0;
function user(extra: InteractionOptions = {}): InteractionOptions {
  users += 1;
  return { userId: String(420_000_000_000_000_000n + BigInt(users)), ...extra };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'e2e-insights-'));
  store = openSqliteStore({
    dataDir: dir,
    secret: 'e2e-insights-secret-0123456789ab',
    logger: new LogCapture().logger,
  });
  h = await startHarness({ store });
});
afterAll(async () => {
  await h?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Callback {
  type: number;
  data?: { content?: string; embeds?: APIEmbed[]; flags?: number; attachments?: { filename: string }[] };
}

async function insightsText(moderator: InteractionOptions): Promise<{ text: string }> {
  const { id } = h.fake.command('insights', {}, moderator);
  const request = await h.fake.waitForCallback(id);
  const text = ((request.body as Callback).data?.embeds ?? [])
    .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text])
    .filter(Boolean)
    .join('\n');
  return { text };
}

test('ask → vote → the vote changes /insights; one vote per member; declined EN+VI grouped; this guild only', async () => {
  const { kb, engine } = h.services;
  const fact = kb.facts.find((f) => engine.ask(f.questions.en[0] ?? '', { lang: 'en' }).factId === f.id) as Fact;
  expect(engine.ask(DECLINED_EN).answered).toBe(false);
  expect(engine.ask(DECLINED_VI).answered).toBe(false);

  const asked = h.fake.command('ask', { question: fact.questions.en[0]! }, user());
  await h.fake.waitForCallback(asked.id);
  for (const [question, who] of [
    [DECLINED_EN, user()],
    [DECLINED_VI, user({ locale: 'vi' })],
    ['A question from a DM, never shown to a server', user({ inGuild: false })],
  ] as const) {
    const { id } = h.fake.command('ask', { question }, who);
    await h.fake.waitForCallback(id);
  }
  const moderator = user();
  const before = await insightsText(moderator);
  expect(before.text).toContain('**3** questions');
  expect(before.text).toMatch(/Answers with the most 👎\*\*\n\(none\)/);
  const group = before.text.split('\n').find((line) => line.includes(DECLINED_EN));
  expect(group).toMatch(/×2 \[en\/vi\]/);
  expect(group).toContain(DECLINED_VI);
  expect(before.text).not.toContain('from a DM');

  // The answer's message, as Discord shows it, carries the 👍/👎 buttons; members click them.
  const answer = h.fake.responseMessage(asked.token);
  expect(answer?.id).toBeTruthy();
  const click = async (vote: 'up' | 'down', who: InteractionOptions) => {
    const { id } = h.fake.button(`ask:fb:${vote}:${fact.id}`, who, answer);
    const callback = (await h.fake.waitForCallback(id)).body as Callback;
    expect(callback.data?.flags).toBe(64);
    expect(callback.data?.content).toContain('Thanks — noted');
  };
  const a = user();
  const b = user();
  const c = user();
  await click('down', a);
  await click('down', a);
  await click('down', b);
  await click('up', c);
  await click('down', c);
  const after = await insightsText(moderator);
  // Three members, one vote each (a repeated, c changed its mind): 👎 3, 👍 0.
  expect(after.text).toContain(`👎 3 · 👍 0 — ${fact.questions.en[0]}`);
  expect(after.text).toContain(`e.g. “${fact.questions.en[0]}”`);
});

test('the chart is uploaded with the reply as a PNG file', async () => {
  const { id } = h.fake.command('insights', { days: 30 }, user());
  const request = await h.fake.waitForCallback(id);
  expect(request.files).toHaveLength(1);
  expect(request.files[0]?.name).toBe('insights-30d.png');
  expect(request.files[0]?.size).toBeGreaterThan(5000);
});
