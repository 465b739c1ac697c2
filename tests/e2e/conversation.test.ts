// End to end: follow-up questions through the real discord.js client and the fake Discord (/ask memory per member).
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness.js';

interface Callback {
  type: number;
  data?: { embeds?: APIEmbed[]; content?: string; flags?: number };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function ask(question: string, userId: string): Promise<Callback> {
  const { id } = h.fake.command('ask', { question }, { userId });
  return (await h.fake.waitForCallback(id)).body as Callback;
}

const text = (reply: Callback) => `${reply.data?.content ?? ''}${reply.data?.embeds?.[0]?.description ?? ''}`;

describe('/ask follow-ups', () => {
  test('"and Tesla?" after a question about Google answers Tesla\'s figure; another member gets a clarifying reply', async () => {
    const kb = h.services.kb;
    const google = kb.factsById.get('google-12b-per-quarter');
    const tesla = kb.factsById.get('tesla-600m-capex');
    expect(google && tesla).toBeTruthy();
    const first = await ask('how much does google invest in ai each quarter', '410000000000009001');
    expect(text(first)).toContain(google?.answer.en);
    const followUp = await ask('and Tesla?', '410000000000009001');
    expect(followUp.data?.flags ?? 0).toBe(0);
    expect(text(followUp)).toContain(tesla?.answer.en);
    // Memory is per member: someone else's "and Tesla?" has no earlier answer to refer to.
    const stranger = await ask('and Tesla?', '410000000000009002');
    expect(stranger.data?.flags).toBe(64);
    expect(text(stranger)).toMatch(/^About what\?/);
  });
});
