// The store test suite every backend must pass (SQLite here; PostgreSQL runs the same cases).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECORDED_QUESTION, type InsightStore, type QuestionRecord } from '../../src/store/index.js';

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);

export function question(overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    at: T0,
    guildId: '111111111111111111',
    channelId: '222222222222222222',
    lang: 'en',
    question: 'how much did openai lose',
    outcome: 'answered',
    factIds: ['openai-losses'],
    nearestFactId: null,
    confidence: 0.9,
    interactionId: 'i-1',
    messageId: 'm-1',
    ...overrides,
  };
}

export function storeContract(
  name: string,
  open: () => Promise<{ store: InsightStore; cleanup: () => Promise<void> }>,
) {
  describe(`store contract: ${name}`, () => {
    let store: InsightStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    it('counts questions by outcome, language and day, for one guild only', async () => {
      await store.recordQuestion(question({ interactionId: 'a', messageId: 'ma' }));
      await store.recordQuestion(
        question({ interactionId: 'b', messageId: 'mb', outcome: 'declined', factIds: [], lang: 'vi', at: T0 + DAY }),
      );
      await store.recordQuestion(question({ interactionId: 'c', messageId: 'mc', outcome: 'clarified', factIds: [] }));
      await store.recordQuestion(question({ interactionId: 'd', messageId: 'md', guildId: '333333333333333333' }));
      await store.recordQuestion(question({ interactionId: 'e', messageId: 'me', at: T0 - 10 * DAY }));

      const report = await store.report({ guildId: '111111111111111111', since: T0 - DAY });
      expect(report.total).toBe(3);
      expect(report.byOutcome).toEqual({ answered: 1, declined: 1, clarified: 1 });
      expect(report.byLang).toEqual({ en: 2, vi: 1 });
      expect(report.perDay).toEqual([
        { day: '2026-12-01', answered: 1, declined: 0, clarified: 1 },
        { day: '2026-12-02', answered: 0, declined: 1, clarified: 0 },
      ]);
      const everywhere = await store.report({ since: T0 - DAY });
      expect(everywhere.total).toBe(4);
      const dms = await store.report({ guildId: null, since: 0 });
      expect(dms.total).toBe(0);
    });

    it('groups identical unanswered questions with a count and keeps the nearest fact', async () => {
      for (const id of ['x', 'y', 'z'])
        await store.recordQuestion(
          question({
            interactionId: id,
            outcome: 'declined',
            factIds: [],
            question: 'who is sam altman',
            nearestFactId: 'openai-losses',
          }),
        );
      await store.recordQuestion(
        question({ interactionId: 'w', outcome: 'declined', factIds: [], question: 'weather?' }),
      );
      const report = await store.report({ since: 0 });
      expect(report.unanswered[0]).toEqual({
        question: 'who is sam altman',
        lang: 'en',
        nearestFactId: 'openai-losses',
        count: 3,
      });
      expect(report.unanswered[1]).toMatchObject({ question: 'weather?', count: 1 });
    });

    it('caps the recorded question', async () => {
      await store.recordQuestion(question({ outcome: 'declined', factIds: [], question: 'q'.repeat(5000) }));
      const report = await store.report({ since: 0 });
      expect(report.unanswered[0]?.question).toHaveLength(MAX_RECORDED_QUESTION);
    });

    it('counts one vote per member per answer: a second vote replaces the first', async () => {
      await store.recordQuestion(question({ interactionId: 'ask-1', messageId: 'msg-1' }));
      const vote = { at: T0 + 1, messageId: 'msg-1', interactionId: null, factId: 'openai-losses' } as const;
      expect(await store.recordVote({ ...vote, userId: 'u1', vote: 'up' })).toBe(true);
      expect(await store.recordVote({ ...vote, userId: 'u1', vote: 'down' })).toBe(true);
      expect(await store.recordVote({ ...vote, userId: 'u2', vote: 'down' })).toBe(true);
      expect(await store.recordVote({ ...vote, userId: 'u3', vote: 'up' })).toBe(true);
      const report = await store.report({ since: 0 });
      expect(report.votes).toEqual([{ factId: 'openai-losses', up: 1, down: 2, example: 'how much did openai lose' }]);
    });

    it('finds the answer of a vote by the interaction that asked when the message id is unknown', async () => {
      await store.recordQuestion(question({ interactionId: 'ask-2', messageId: null }));
      expect(
        await store.recordVote({
          at: T0,
          messageId: 'other',
          interactionId: 'ask-2',
          factId: 'openai-losses',
          userId: 'u',
          vote: 'down',
        }),
      ).toBe(true);
      expect(
        await store.recordVote({
          at: T0,
          messageId: 'nope',
          interactionId: 'nope',
          factId: 'openai-losses',
          userId: 'u',
          vote: 'down',
        }),
      ).toBe(false);
      expect((await store.report({ since: 0 })).votes[0]).toMatchObject({ down: 1 });
    });

    it('purges questions and their votes older than the cut-off', async () => {
      await store.recordQuestion(question({ interactionId: 'old', messageId: 'old', at: T0 - 100 * DAY }));
      await store.recordQuestion(question({ interactionId: 'new', messageId: 'new', at: T0 }));
      await store.recordVote({ at: T0, messageId: 'old', interactionId: null, factId: 'f', userId: 'u', vote: 'down' });
      expect(await store.purge(T0 - 90 * DAY)).toBe(1);
      const report = await store.report({ since: 0 });
      expect(report.total).toBe(1);
      expect(report.votes).toEqual([]);
    });

    it('counts the knowledge versions that answered, most recently used first', async () => {
      const older = { hash: 'aaaaaaaaaaaa', loadedAt: T0 - 5 * DAY };
      const newer = { hash: 'bbbbbbbbbbbb', loadedAt: T0 - DAY };
      await store.recordQuestion(question({ interactionId: 'k1', at: T0 - 2 * DAY, knowledge: older }));
      await store.recordQuestion(question({ interactionId: 'k2', at: T0 - 2 * DAY + 5, knowledge: older }));
      await store.recordQuestion(question({ interactionId: 'k3', at: T0, knowledge: newer }));
      await store.recordQuestion(question({ interactionId: 'k4', at: T0, knowledge: null }));
      const report = await store.report({ since: 0 });
      expect(report.total).toBe(4);
      expect(report.knowledge).toEqual([
        { ...newer, questions: 1, lastAt: T0 },
        { ...older, questions: 2, lastAt: T0 - 2 * DAY + 5 },
      ]);
    });

    it('writes a burst in batches: a vote and a report right after see every question, none twice', async () => {
      // Not awaited one by one: the store queues them and writes them together (more than one batch here).
      const burst = Array.from({ length: 1234 }, (_, i) =>
        store.recordQuestion(question({ interactionId: `burst-${i}`, messageId: `burst-m-${i}`, at: T0 + i })),
      );
      expect(
        await store.recordVote({
          at: T0,
          messageId: 'burst-m-1233',
          interactionId: null,
          factId: 'openai-losses',
          userId: 'u',
          vote: 'down',
        }),
      ).toBe(true);
      const report = await store.report({ since: 0 });
      expect(report.total).toBe(1234);
      expect(report.votes).toEqual([{ factId: 'openai-losses', up: 0, down: 1, example: 'how much did openai lose' }]);
      await Promise.all(burst);
      expect((await store.report({ since: 0 })).total).toBe(1234);
    });
  });
}
