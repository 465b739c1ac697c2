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

    it('keeps its per-day counts equal to a recount of what was recorded, through votes and purges', async () => {
      // Several guilds, DMs, both languages, every outcome, two knowledge versions and none, over 12 days.
      const guilds = ['111111111111111111', '333333333333333333', null];
      const outcomes = ['answered', 'declined', 'clarified'] as const;
      const versions = [
        { hash: 'aaaaaaaaaaaa', loadedAt: T0 - 20 * DAY },
        { hash: 'bbbbbbbbbbbb', loadedAt: T0 - 3 * DAY },
        null,
      ];
      const recorded: QuestionRecord[] = [];
      for (let i = 0; i < 300; i += 1) {
        const outcome = outcomes[i % 3]!;
        const record = question({
          // Spread over the days and hours (the golden ratio), not in order.
          at: T0 - 11 * DAY + Math.floor(((i * 0.6180339887) % 1) * 12 * DAY),
          guildId: guilds[i % 3 === 0 ? 0 : (i >> 1) % 3]!,
          lang: i % 4 === 0 ? 'vi' : 'en',
          outcome,
          factIds: outcome === 'answered' ? ['openai-losses'] : [],
          question: `question ${i % 17}`,
          interactionId: `roll-${i}`,
          messageId: `roll-m-${i}`,
          knowledge: versions[i % 3 === 1 ? 2 : (i >> 2) % 2]!,
        });
        recorded.push(record);
        void store.recordQuestion(record);
      }
      for (let i = 0; i < 300; i += 5)
        await store.recordVote({
          at: T0,
          messageId: `roll-m-${i}`,
          interactionId: null,
          factId: 'f',
          userId: `u${i % 4}`,
          vote: 'down',
        });

      /** The report's counts recounted from the records themselves. */
      const recount = (kept: readonly QuestionRecord[], guildId: string | null | undefined, since: number) => {
        const rows = kept.filter((r) => r.at >= since && (guildId === undefined || r.guildId === guildId));
        const byOutcome = { answered: 0, declined: 0, clarified: 0 };
        const byLang: Record<string, number> = {};
        const perDay = new Map<string, { day: string; answered: number; declined: number; clarified: number }>();
        const knowledge = new Map<string, { hash: string; loadedAt: number; questions: number; lastAt: number }>();
        for (const r of rows) {
          byOutcome[r.outcome] += 1;
          byLang[r.lang] = (byLang[r.lang] ?? 0) + 1;
          const day = new Date(Math.floor(r.at / DAY) * DAY).toISOString().slice(0, 10);
          const counts = perDay.get(day) ?? { day, answered: 0, declined: 0, clarified: 0 };
          counts[r.outcome] += 1;
          perDay.set(day, counts);
          if (!r.knowledge) continue;
          const version = knowledge.get(r.knowledge.hash) ?? { ...r.knowledge, questions: 0, lastAt: 0 };
          version.questions += 1;
          version.lastAt = Math.max(version.lastAt, r.at);
          knowledge.set(r.knowledge.hash, version);
        }
        return {
          total: rows.length,
          byOutcome,
          byLang,
          perDay: [...perDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
          knowledge: [...knowledge.values()].sort((a, b) => b.lastAt - a.lastAt),
        };
      };
      const expectCounts = async (kept: readonly QuestionRecord[]) => {
        // Windows from midnight (the command) and from within a day (the CLI), for a guild, DMs and everything.
        for (const since of [0, T0 - 11 * DAY, T0 - 5 * DAY, T0 - 5 * DAY + 3_600_000, T0 - 1234, T0 + 2 * DAY])
          for (const guildId of [undefined, ...guilds]) {
            const query = { ...(guildId === undefined ? {} : { guildId }), since };
            const report = await store.report(query);
            const { total, byOutcome, byLang, perDay, knowledge } = report;
            expect({ total, byOutcome, byLang, perDay, knowledge }, `since ${since}, guild ${guildId}`).toEqual(
              recount(kept, guildId, since),
            );
            // The chart's counts alone are the report's.
            expect(await store.dayCounts(query), `day counts since ${since}, guild ${guildId}`).toEqual(perDay);
          }
      };
      await expectCounts(recorded);
      // A cut-off within a day, then one at midnight: only what is older goes, the rest of that day stays counted.
      const cut = T0 - 6 * DAY - 5 * 3_600_000;
      expect(await store.purge(cut)).toBe(recorded.filter((r) => r.at < cut).length);
      await expectCounts(recorded.filter((r) => r.at >= cut));
      const midnight = Math.floor((T0 - 2 * DAY) / DAY) * DAY;
      await store.purge(midnight);
      await expectCounts(recorded.filter((r) => r.at >= midnight));
      // Recording after a purge adds to the day it was purged within.
      const late = question({ at: midnight + 10, interactionId: 'late', messageId: 'late', guildId: null, lang: 'vi' });
      await store.recordQuestion(late);
      await expectCounts([...recorded.filter((r) => r.at >= midnight), late]);
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
