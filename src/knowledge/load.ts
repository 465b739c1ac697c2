// Loads the knowledge directory, validates every file with zod and cross-checks it against the article text.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { figureMismatch } from './figures.js';
import { splitParagraphs } from './paragraphs.js';
import {
  ArticleMetaSchema,
  ChartsFileSchema,
  EntitiesFileSchema,
  FactsFileSchema,
  FULL_SUMMARY_MAX_CHARS,
  GlossaryFileSchema,
  KNOWLEDGE_FILES,
  QuotesFileSchema,
  SHORT_SUMMARY_MAX_SENTENCES,
  SummariesFileSchema,
  type ArticleMeta,
  type KnowledgeBase,
  type Paragraph,
  type SummarySentence,
} from './schema.js';
import { collapseWhitespace, foldDiacritics, normalizeForMatch } from '../text/normalize.js';

export interface KnowledgeProblem {
  readonly file: string;
  /** The id of the entry (or its index when it has no usable id). */
  readonly entry?: string;
  readonly field?: string;
  readonly message: string;
}

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(
    readonly dir: string,
    readonly problems: readonly KnowledgeProblem[],
  ) {
    super(
      `Knowledge in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
}

export function formatProblem(problem: KnowledgeProblem): string {
  const where = [problem.file, problem.entry && `entry "${problem.entry}"`, problem.field && `field "${problem.field}"`]
    .filter(Boolean)
    .join(', ');
  return `  - ${where}: ${problem.message}`;
}

function readJson(dir: string, file: string, problems: KnowledgeProblem[]): unknown {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    problems.push({ file, message: 'file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Parses one file; zod issues become problems that name the entry id (when the entry has one) and the field. */
function parseFile<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  file: string,
  problems: KnowledgeProblem[],
): z.output<S> | undefined {
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const issuePath = issue.path.map(String);
    let entry: string | undefined;
    let fieldPath = issuePath;
    // Paths look like ["facts", 3, "figures", 0, "value"]: name entry 3 by its id when it has one.
    if (issuePath.length >= 2 && /^\d+$/.test(issuePath[1] ?? '')) {
      const list = (raw as Record<string, unknown>)[issuePath[0] ?? ''];
      const item = Array.isArray(list)
        ? (list[Number(issuePath[1])] as Record<string, unknown> | undefined)
        : undefined;
      entry = typeof item?.id === 'string' ? item.id : `${issuePath[0]}[${issuePath[1]}]`;
      fieldPath = issuePath.slice(2);
    }
    problems.push({ file, entry, field: fieldPath.join('.') || undefined, message: issue.message });
  }
  return undefined;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function assignSections(
  meta: ArticleMeta,
  split: ReturnType<typeof splitParagraphs>,
  problems: KnowledgeProblem[],
): Paragraph[] {
  const file = KNOWLEDGE_FILES.meta;
  const sectionOf = new Map<number, string>();
  const ids = new Set<string>();
  let expectedStart = 1;
  for (const section of meta.sections) {
    if (ids.has(section.id)) problems.push({ file, entry: section.id, field: 'id', message: 'duplicate section id' });
    ids.add(section.id);
    const [from, to] = section.paragraphs;
    if (from !== expectedStart) {
      problems.push({
        file,
        entry: section.id,
        field: 'paragraphs',
        message: `starts at ¶${from} but the previous section ends at ¶${expectedStart - 1}`,
      });
    }
    if (to < from)
      problems.push({
        file,
        entry: section.id,
        field: 'paragraphs',
        message: `ends (¶${to}) before it starts (¶${from})`,
      });
    if (section.heading) {
      const heading = split.headings.find((h) => h.text === collapseWhitespace(section.heading ?? ''));
      if (!heading)
        problems.push({ file, entry: section.id, field: 'heading', message: 'heading line is not in article.vi.txt' });
      else if (heading.nextParagraph !== from) {
        problems.push({
          file,
          entry: section.id,
          field: 'paragraphs',
          message: `the heading is followed by ¶${heading.nextParagraph}, not ¶${from}`,
        });
      }
    }
    for (let n = from; n <= to; n += 1) sectionOf.set(n, section.id);
    expectedStart = to + 1;
  }
  const count = split.paragraphs.length;
  if (expectedStart - 1 !== count) {
    problems.push({
      file,
      field: 'sections',
      message: `sections cover ¶1..¶${expectedStart - 1} but the article has ${count} paragraphs`,
    });
  }
  return split.paragraphs.map((p) => ({
    ...p,
    section: sectionOf.get(p.number) ?? meta.sections.at(-1)?.id ?? 'unknown',
  }));
}

/**
 * Loads and validates the knowledge in `dir`. Returns a deeply frozen KnowledgeBase, or throws one
 * KnowledgeError listing every problem found (file, entry id, field, message).
 */
export function loadKnowledge(dir: string): KnowledgeBase {
  const problems: KnowledgeProblem[] = [];
  const articlePath = path.join(dir, KNOWLEDGE_FILES.article);
  let articleText = '';
  if (!existsSync(articlePath)) {
    problems.push({ file: KNOWLEDGE_FILES.article, message: 'file is missing' });
  } else {
    articleText = readFileSync(articlePath, 'utf8').normalize('NFC');
    // Named here, or an empty article would stop the load below with a KnowledgeError that lists no problem.
    if (articleText.trim() === '') problems.push({ file: KNOWLEDGE_FILES.article, message: 'file is empty' });
  }

  const meta = parseFile(
    ArticleMetaSchema,
    readJson(dir, KNOWLEDGE_FILES.meta, problems),
    KNOWLEDGE_FILES.meta,
    problems,
  );
  const factsFile = parseFile(
    FactsFileSchema,
    readJson(dir, KNOWLEDGE_FILES.facts, problems),
    KNOWLEDGE_FILES.facts,
    problems,
  );
  const quotesFile = parseFile(
    QuotesFileSchema,
    readJson(dir, KNOWLEDGE_FILES.quotes, problems),
    KNOWLEDGE_FILES.quotes,
    problems,
  );
  const entitiesFile = parseFile(
    EntitiesFileSchema,
    readJson(dir, KNOWLEDGE_FILES.entities, problems),
    KNOWLEDGE_FILES.entities,
    problems,
  );
  const glossaryFile = parseFile(
    GlossaryFileSchema,
    readJson(dir, KNOWLEDGE_FILES.glossary, problems),
    KNOWLEDGE_FILES.glossary,
    problems,
  );
  const summaries = parseFile(
    SummariesFileSchema,
    readJson(dir, KNOWLEDGE_FILES.summaries, problems),
    KNOWLEDGE_FILES.summaries,
    problems,
  );

  const chartsRaw = existsSync(path.join(dir, KNOWLEDGE_FILES.charts))
    ? readJson(dir, KNOWLEDGE_FILES.charts, problems)
    : { charts: [] };
  const chartsFile = parseFile(ChartsFileSchema, chartsRaw, KNOWLEDGE_FILES.charts, problems);

  if (
    !chartsFile ||
    !meta ||
    !factsFile ||
    !quotesFile ||
    !entitiesFile ||
    !glossaryFile ||
    !summaries ||
    !articleText
  ) {
    throw new KnowledgeError(dir, problems);
  }

  const split = splitParagraphs(articleText, meta);
  const paragraphs = assignSections(meta, split, problems);
  const paragraphText = new Map(paragraphs.map((p) => [p.number, p.text]));
  const sectionsById = new Map(meta.sections.map((s) => [s.id, s]));
  const { facts } = factsFile;
  const { quotes } = quotesFile;
  const { entities } = entitiesFile;
  const glossary = glossaryFile.terms;

  const uniqueIds = (file: string, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) problems.push({ file, entry: item.id, field: 'id', message: 'duplicate id' });
      seen.add(item.id);
    }
  };
  uniqueIds(KNOWLEDGE_FILES.facts, facts);
  uniqueIds(KNOWLEDGE_FILES.quotes, quotes);
  uniqueIds(KNOWLEDGE_FILES.entities, entities);
  uniqueIds(KNOWLEDGE_FILES.glossary, glossary);

  const factIds = new Set(facts.map((f) => f.id));
  const entityIds = new Set(entities.map((e) => e.id));
  const checkParagraph = (file: string, entry: string, field: string, n: number) => {
    if (!paragraphText.has(n))
      problems.push({
        file,
        entry,
        field,
        message: `¶${n} does not exist (the article has ¶1..¶${paragraphs.length})`,
      });
  };
  /** A quote must be verbatim (whitespace-normalised) in the paragraph it names. */
  const checkQuote = (file: string, entry: string, field: string, quote: string, n: number) => {
    const needle = collapseWhitespace(quote.normalize('NFC'));
    const inParagraph = paragraphText.get(n);
    if (inParagraph?.includes(needle)) return;
    const actual = paragraphs.find((p) => p.text.includes(needle));
    if (actual) problems.push({ file, entry, field: 'paragraph', message: `quote is in ¶${actual.number}, not ¶${n}` });
    else problems.push({ file, entry, field, message: 'quote is not verbatim in article.vi.txt' });
  };
  const checkRefs = (
    file: string,
    entry: string,
    field: string,
    ids: readonly string[],
    known: Set<string>,
    kind: string,
  ) => {
    for (const ref of ids)
      if (!known.has(ref)) problems.push({ file, entry, field, message: `unknown ${kind} id "${ref}"` });
  };

  const covered = new Set<number>();
  const questionOwner = new Map<string, string>();
  for (const fact of facts) {
    const file = KNOWLEDGE_FILES.facts;
    checkParagraph(file, fact.id, 'paragraph', fact.paragraph);
    checkQuote(file, fact.id, 'quote', fact.quote, fact.paragraph);
    covered.add(fact.paragraph);
    const section = sectionsById.get(fact.section);
    if (!section)
      problems.push({ file, entry: fact.id, field: 'section', message: `unknown section id "${fact.section}"` });
    else if (fact.paragraph < section.paragraphs[0] || fact.paragraph > section.paragraphs[1]) {
      problems.push({
        file,
        entry: fact.id,
        field: 'section',
        message: `¶${fact.paragraph} is not in section "${section.id}"`,
      });
    }
    checkRefs(file, fact.id, 'entities', fact.entities, entityIds, 'entity');
    checkRefs(file, fact.id, 'related', fact.related, factIds, 'fact');
    if (fact.related.includes(fact.id))
      problems.push({ file, entry: fact.id, field: 'related', message: 'a fact cannot be related to itself' });
    fact.figures.forEach((figure, index) => {
      const field = `figures.${index}`;
      if (!entityIds.has(figure.subject))
        problems.push({
          file,
          entry: fact.id,
          field: `${field}.subject`,
          message: `unknown entity id "${figure.subject}"`,
        });
      const mismatch = figureMismatch(figure, fact.quote);
      if (mismatch) problems.push({ file, entry: fact.id, field: `${field}.value`, message: mismatch });
    });
    if (fact.kind === 'figure' && fact.figures.length === 0) {
      problems.push({
        file,
        entry: fact.id,
        field: 'figures',
        message: 'a fact of kind "figure" needs at least one figure',
      });
    }
    // Vietnamese users type with and without diacritics; the paraphrases must show both.
    const withDiacritics = fact.questions.vi.filter((q) => foldDiacritics(q) !== q).length;
    if (withDiacritics === 0 || withDiacritics === fact.questions.vi.length) {
      problems.push({
        file,
        entry: fact.id,
        field: 'questions.vi',
        message: 'needs paraphrases both with and without Vietnamese diacritics',
      });
    }
    for (const lang of ['en', 'vi'] as const) {
      fact.questions[lang].forEach((question, index) => {
        const key = normalizeForMatch(question);
        const owner = questionOwner.get(key);
        if (owner && owner !== fact.id) {
          problems.push({
            file,
            entry: fact.id,
            field: `questions.${lang}.${index}`,
            message: `paraphrase "${question}" is also a paraphrase of "${owner}"`,
          });
        }
        questionOwner.set(key, fact.id);
      });
    }
  }

  for (const quote of quotes) {
    const file = KNOWLEDGE_FILES.quotes;
    checkParagraph(file, quote.id, 'paragraph', quote.paragraph);
    checkQuote(file, quote.id, 'text', quote.text, quote.paragraph);
    checkRefs(file, quote.id, 'speaker', [quote.speaker], entityIds, 'entity');
    if (quote.organisation) checkRefs(file, quote.id, 'organisation', [quote.organisation], entityIds, 'entity');
    checkRefs(file, quote.id, 'facts', quote.facts, factIds, 'fact');
  }

  for (const entity of entities) {
    const file = KNOWLEDGE_FILES.entities;
    entity.paragraphs.forEach((n, index) => checkParagraph(file, entity.id, `paragraphs.${index}`, n));
    if (entity.organisation) checkRefs(file, entity.id, 'organisation', [entity.organisation], entityIds, 'entity');
  }

  const checkSentences = (where: string, sentences: readonly SummarySentence[]) => {
    sentences.forEach((sentence, index) =>
      sentence.paragraphs.forEach((n) => checkParagraph(KNOWLEDGE_FILES.summaries, where, `${index}.paragraphs`, n)),
    );
  };
  for (const lang of ['en', 'vi'] as const) {
    const short = summaries.short[lang];
    if (short.length > SHORT_SUMMARY_MAX_SENTENCES) {
      problems.push({
        file: KNOWLEDGE_FILES.summaries,
        entry: `short.${lang}`,
        message: `has ${short.length} sentences; at most ${SHORT_SUMMARY_MAX_SENTENCES}`,
      });
    }
    const fullLength = summaries.full[lang].map((s) => s.text).join(' ').length;
    if (fullLength > FULL_SUMMARY_MAX_CHARS) {
      problems.push({
        file: KNOWLEDGE_FILES.summaries,
        entry: `full.${lang}`,
        message: `is ${fullLength} characters; at most ${FULL_SUMMARY_MAX_CHARS}`,
      });
    }
    checkSentences(`short.${lang}`, short);
    checkSentences(`full.${lang}`, summaries.full[lang]);
  }
  for (const section of meta.sections) {
    const entry = summaries.sections.find((s) => s.section === section.id);
    if (!entry)
      problems.push({
        file: KNOWLEDGE_FILES.summaries,
        entry: section.id,
        field: 'sections',
        message: 'section has no summary',
      });
  }
  for (const entry of summaries.sections) {
    if (!sectionsById.has(entry.section))
      problems.push({
        file: KNOWLEDGE_FILES.summaries,
        entry: entry.section,
        field: 'section',
        message: 'unknown section id',
      });
    checkSentences(`sections.${entry.section}.en`, entry.en);
    checkSentences(`sections.${entry.section}.vi`, entry.vi);
  }

  const { charts } = chartsFile;
  uniqueIds(KNOWLEDGE_FILES.charts, charts);
  const seriesIds = new Set(
    facts.flatMap((f) => f.figures.flatMap((figure) => (figure.series ? [figure.series] : []))),
  );
  const factsWithFigures = new Set(facts.filter((f) => f.figures.length > 0).map((f) => f.id));
  for (const chart of charts) {
    const file = KNOWLEDGE_FILES.charts;
    checkRefs(file, chart.id, 'series', chart.series, seriesIds, 'figure series');
    checkRefs(file, chart.id, 'references', chart.references ?? [], factsWithFigures, 'fact (with figures)');
    checkRefs(file, chart.id, 'notes', chart.notes ?? [], factsWithFigures, 'fact (with figures)');
    if (chart.breakdown)
      checkRefs(
        file,
        chart.id,
        'breakdown',
        [chart.breakdown.total, ...chart.breakdown.parts],
        factsWithFigures,
        'fact (with figures)',
      );
    checkRefs(file, chart.id, 'tones', Object.keys(chart.tones ?? {}), factsWithFigures, 'fact (with figures)');
  }

  for (const paragraph of paragraphs) {
    if (!covered.has(paragraph.number)) {
      problems.push({
        file: KNOWLEDGE_FILES.facts,
        field: 'paragraph',
        message: `¶${paragraph.number} (line ${paragraph.line}) is covered by no fact`,
      });
    }
  }

  if (problems.length > 0) throw new KnowledgeError(dir, problems);

  return deepFreeze({
    dir,
    meta,
    articleText,
    paragraphs,
    facts,
    quotes,
    entities,
    glossary,
    summaries,
    charts,
    factsById: new Map(facts.map((f) => [f.id, f])),
    quotesById: new Map(quotes.map((q) => [q.id, q])),
    entitiesById: new Map(entities.map((e) => [e.id, e])),
    sectionsById,
  }) satisfies KnowledgeBase;
}
