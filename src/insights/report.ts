// The insight report from the store's raw counts: unanswered questions grouped (folded text, then EN/VI by nearest fact), text/JSON/CSV.
import type { RawReport } from '../store/index.js';
import { normalizeForMatch } from '../text/normalize.js';

export interface UnansweredGroup {
  readonly count: number;
  readonly nearestFactId: string | null;
  readonly languages: readonly string[];
  /** Verbatim, most asked first. */
  readonly examples: readonly string[];
}

export interface InsightReport {
  readonly days: number;
  readonly guildId: string | null | undefined;
  readonly total: number;
  readonly byOutcome: RawReport['byOutcome'];
  readonly byLang: RawReport['byLang'];
  readonly perDay: RawReport['perDay'];
  readonly unanswered: readonly UnansweredGroup[];
  readonly disliked: RawReport['votes'];
  /** The knowledge versions that answered in the window, most recently used first. */
  readonly knowledge: NonNullable<RawReport['knowledge']>;
}

/**
 * Questions that fold to the same text (case, diacritics, punctuation) are one group; groups in different
 * languages whose nearest fact is the same are merged too (the same question asked in English and Vietnamese).
 */
export function groupUnanswered(rows: RawReport['unanswered'], limit = 10): UnansweredGroup[] {
  interface Group {
    count: number;
    nearest: string | null;
    langs: Set<string>;
    examples: Map<string, number>;
  }
  const byText = new Map<string, Group>();
  for (const row of rows) {
    const key = normalizeForMatch(row.question) || row.question;
    const group = byText.get(key) ?? {
      count: 0,
      nearest: null,
      langs: new Set<string>(),
      examples: new Map<string, number>(),
    };
    group.count += row.count;
    group.nearest ??= row.nearestFactId;
    group.langs.add(row.lang);
    group.examples.set(row.question, (group.examples.get(row.question) ?? 0) + row.count);
    byText.set(key, group);
  }
  const merged: Group[] = [];
  for (const group of byText.values()) {
    const twin = merged.find(
      (other) =>
        group.nearest !== null &&
        other.nearest === group.nearest &&
        [...group.langs].some((lang) => !other.langs.has(lang)) &&
        [...other.langs].some((lang) => !group.langs.has(lang)),
    );
    if (!twin) {
      merged.push(group);
      continue;
    }
    twin.count += group.count;
    for (const lang of group.langs) twin.langs.add(lang);
    for (const [text, n] of group.examples) twin.examples.set(text, (twin.examples.get(text) ?? 0) + n);
  }
  return merged
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((group) => ({
      count: group.count,
      nearestFactId: group.nearest,
      languages: [...group.langs].sort(),
      examples: [...group.examples.entries()].sort((a, b) => b[1] - a[1]).map(([text]) => text),
    }));
}

export function buildInsightReport(raw: RawReport, days: number, guildId: string | null | undefined): InsightReport {
  return {
    days,
    guildId,
    total: raw.total,
    byOutcome: raw.byOutcome,
    byLang: raw.byLang,
    perDay: raw.perDay,
    unanswered: groupUnanswered(raw.unanswered),
    disliked: raw.votes.filter((vote) => vote.down > 0).slice(0, 10),
    knowledge: raw.knowledge ?? [],
  };
}

const share = (part: number, total: number) => (total === 0 ? '0%' : `${Math.round((part / total) * 100)}%`);

export function reportText(report: InsightReport): string {
  const { total, byOutcome } = report;
  const lines = [
    `Insights, last ${report.days} days (${report.guildId === undefined ? 'every guild and the console' : `guild ${report.guildId ?? 'DMs'}`})`,
    `Questions: ${total} — answered ${byOutcome.answered} (${share(byOutcome.answered, total)}), declined ${byOutcome.declined} (${share(byOutcome.declined, total)}), clarified ${byOutcome.clarified} (${share(byOutcome.clarified, total)})`,
    `Languages: ${
      Object.entries(report.byLang)
        .map(([lang, n]) => `${lang} ${n}`)
        .join(', ') || '–'
    }`,
    '',
    'Top unanswered questions:',
    ...(report.unanswered.length === 0 ? ['  (none)'] : []),
    ...report.unanswered.flatMap((group, i) => [
      `  ${i + 1}. ×${group.count} [${group.languages.join('/')}] nearest fact: ${group.nearestFactId ?? '–'}`,
      ...group.examples.slice(0, 5).map((text) => `       "${text}"`),
    ]),
    '',
    'Most 👎 answers:',
    ...(report.disliked.length === 0 ? ['  (none)'] : []),
    ...report.disliked.map((vote) => `  ${vote.factId}: 👎 ${vote.down} 👍 ${vote.up} — e.g. "${vote.example}"`),
    '',
    'Knowledge versions that answered (content hash, loaded at, questions):',
    ...(report.knowledge.length === 0 ? ['  (none recorded)'] : []),
    ...report.knowledge.map(
      (k) =>
        `  ${k.hash}  loaded ${new Date(k.loadedAt).toISOString()}  ${k.questions} question${k.questions === 1 ? '' : 's'}`,
    ),
    '',
    'Per day (answered / declined / clarified):',
    ...report.perDay.map((day) => `  ${day.day}: ${day.answered} / ${day.declined} / ${day.clarified}`),
  ];
  return `${lines.join('\n')}\n`;
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One row per unanswered group (the part editors act on), examples joined with " | ". */
export function reportCsv(report: InsightReport): string {
  const rows = [
    ['count', 'languages', 'nearest_fact', 'examples'],
    ...report.unanswered.map((g) => [g.count, g.languages.join('/'), g.nearestFactId, g.examples.join(' | ')]),
  ];
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}
