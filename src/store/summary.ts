// The report's counts (per day, outcome, language, knowledge version), the same for every backend: each reads its
// per-day counts table for the window's whole days (and its rows for a day the window starts within) and hands the
// rows here.
import type { Outcome, RawReport } from './types.js';

export const DAY_MS = 86_400_000;

/**
 * Which part of a report's window the per-day counts answer: every day from `fromDay` (days since the epoch, UTC).
 * When the window starts within a day, that day's part (`since` to `until`) is counted from its rows instead.
 */
export function countWindow(since: number): { fromDay: number; partial: boolean; until: number } {
  const day = Math.floor(since / DAY_MS);
  const partial = since !== day * DAY_MS;
  const fromDay = partial ? day + 1 : day;
  return { fromDay, partial, until: fromDay * DAY_MS };
}

/** One group of the counting pass: the questions of one UTC day, outcome, language and knowledge version. */
export interface CountRow {
  /** Days since the epoch (UTC). */
  readonly day: number;
  readonly outcome: Outcome;
  readonly lang: string;
  readonly hash: string | null;
  readonly loadedAt: number | null;
  readonly lastAt: number;
  readonly n: number;
}

/** The report from the counting pass, with the unanswered texts and the votes read beside it. */
export function summarizeCounts(
  rows: readonly CountRow[],
  unanswered: RawReport['unanswered'],
  votes: RawReport['votes'],
): RawReport {
  const byOutcome: Record<Outcome, number> = { answered: 0, declined: 0, clarified: 0 };
  const byLang: Record<string, number> = {};
  const perDay = new Map<number, { answered: number; declined: number; clarified: number }>();
  const versions = new Map<string, { hash: string; loadedAt: number; questions: number; lastAt: number }>();
  for (const row of rows) {
    byOutcome[row.outcome] += row.n;
    byLang[row.lang] = (byLang[row.lang] ?? 0) + row.n;
    const day = perDay.get(row.day) ?? { answered: 0, declined: 0, clarified: 0 };
    day[row.outcome] += row.n;
    perDay.set(row.day, day);
    if (row.hash === null) continue;
    const version = versions.get(row.hash) ?? { hash: row.hash, loadedAt: row.loadedAt ?? 0, questions: 0, lastAt: 0 };
    if (row.loadedAt !== null) version.loadedAt = Math.min(version.loadedAt, row.loadedAt);
    version.questions += row.n;
    version.lastAt = Math.max(version.lastAt, row.lastAt);
    versions.set(row.hash, version);
  }
  return {
    total: byOutcome.answered + byOutcome.declined + byOutcome.clarified,
    byOutcome,
    byLang,
    perDay: [...perDay.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([day, counts]) => ({ day: new Date(day * DAY_MS).toISOString().slice(0, 10), ...counts })),
    unanswered,
    votes,
    knowledge: [...versions.values()].sort((a, b) => b.lastAt - a.lastAt).slice(0, 10),
  };
}
