// The integrity rules of a knowledge base: every cross-file check that zod's per-file schemas cannot make.
import { closestPassage } from './closest.js';
import { figureMismatch } from './figures.js';
import { splitParagraphs } from './paragraphs.js';
import { PLACEHOLDER, placeholderFields } from './scaffold.js';
import { MAX_LISTED_PROBLEMS, type KnowledgeProblem } from './problems.js';
import {
  FULL_SUMMARY_MAX_CHARS,
  KNOWLEDGE_FILES,
  SHORT_SUMMARY_MAX_SENTENCES,
  type ArticleMeta,
  type ChartDefinition,
  type Entity,
  type Fact,
  type GlossaryTerm,
  type Paragraph,
  type Quote,
  type Section,
  type Summaries,
  type SummarySentence,
} from './schema.js';
import { collapseWhitespace, foldDiacritics, normalizeForMatch } from '../text/normalize.js';
import { LANGS } from '../text/lang.js';
import { truncate } from '../text/truncate.js';

/** Every knowledge file parsed by its schema; facts keep the file they came from. */
export interface ParsedKnowledge {
  readonly meta: ArticleMeta;
  readonly articleText: string;
  readonly facts: readonly Fact[];
  readonly factFile: ReadonlyMap<Fact, string>;
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  readonly glossary: readonly GlossaryTerm[];
  readonly summaries: Summaries;
  readonly charts: readonly ChartDefinition[];
}

export interface CheckedKnowledge {
  readonly paragraphs: Paragraph[];
  readonly sectionsById: Map<string, Section>;
}

const HINT_CHARS = 160;
const clip = (text: string) => truncate(text, HINT_CHARS);

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

/** Runs every integrity rule over the parsed files, pushing one problem per finding. */
export function checkIntegrity(parsed: ParsedKnowledge, problems: KnowledgeProblem[]): CheckedKnowledge {
  const { meta, articleText, facts, quotes, entities, glossary, summaries, charts, factFile } = parsed;
  const fileOf = (fact: Fact) => factFile.get(fact) ?? KNOWLEDGE_FILES.facts;
  const split = splitParagraphs(articleText, meta);
  const paragraphs = assignSections(meta, split, problems);
  const paragraphText = new Map(paragraphs.map((p) => [p.number, p.text]));
  const sectionsById = new Map(meta.sections.map((s) => [s.id, s]));

  /** Ids are unique across every file of a kind (facts are spread over one file per section). */
  const uniqueIds = <T extends { id: string }>(file: string | ((item: T) => string), items: readonly T[]) => {
    const seen = new Set<string>();
    for (const item of items) {
      const where = typeof file === 'string' ? file : file(item);
      if (seen.has(item.id)) problems.push({ file: where, entry: item.id, field: 'id', message: 'duplicate id' });
      seen.add(item.id);
    }
  };
  uniqueIds(fileOf, facts);
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
  let hintsLeft = MAX_LISTED_PROBLEMS;
  /** A quote must be verbatim (whitespace-normalised) in the paragraph it names. */
  const checkQuote = (file: string, entry: string, field: string, quote: string, n: number) => {
    const needle = collapseWhitespace(quote.normalize('NFC'));
    const inParagraph = paragraphText.get(n);
    if (inParagraph?.includes(needle)) return;
    const actual = paragraphs.find((p) => p.text.includes(needle));
    if (actual) problems.push({ file, entry, field: 'paragraph', message: `quote is in ¶${actual.number}, not ¶${n}` });
    else {
      // The search scans the whole article: only for the problems that will be printed.
      hintsLeft -= 1;
      const closest = hintsLeft >= 0 ? closestPassage(needle, paragraphs) : undefined;
      const hint = closest ? `; the closest passage is in ¶${closest.paragraph}: "${clip(closest.text)}"` : '';
      problems.push({ file, entry, field, message: `quote is not verbatim in article.vi.txt${hint}` });
    }
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
    const file = fileOf(fact);
    checkParagraph(file, fact.id, 'paragraph', fact.paragraph);
    checkQuote(file, fact.id, 'quote', fact.quote, fact.paragraph);
    covered.add(fact.paragraph);
    const section = sectionsById.get(fact.section);
    if (section && file !== `${KNOWLEDGE_FILES.facts}/${fact.section}.json`)
      problems.push({
        file,
        entry: fact.id,
        field: 'section',
        message: `is "${fact.section}", so the fact belongs in ${KNOWLEDGE_FILES.facts}/${fact.section}.json`,
      });
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
    for (const field of placeholderFields(fact))
      problems.push({ file, entry: fact.id, field, message: `still holds a ${PLACEHOLDER} from knowledge:new-fact` });
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
    for (const lang of LANGS) {
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
  for (const lang of LANGS) {
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
        file: `${KNOWLEDGE_FILES.facts}/${paragraph.section}.json`,
        field: 'paragraph',
        message: `¶${paragraph.number} (line ${paragraph.line} of ${KNOWLEDGE_FILES.article}) is covered by no fact`,
      });
    }
  }

  return { paragraphs, sectionsById };
}
