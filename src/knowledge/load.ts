// Loads a knowledge directory: reads every file, parses each with its zod schema, runs the integrity rules,
// and returns a frozen KnowledgeBase or one KnowledgeError listing every problem with file, line, entry and field.
import type { z } from 'zod';
import { deepFreeze } from './freeze.js';
import { checkIntegrity } from './integrity.js';
import { checkRenderings } from './renderings.js';
import { KnowledgeError, type KnowledgeProblem } from './problems.js';
import { factFiles, readJson, readText, withLines, type SourceTexts } from './read.js';
import {
  ArticleMetaSchema,
  ChartsFileSchema,
  EntitiesFileSchema,
  FactsFileSchema,
  GlossaryFileSchema,
  KNOWLEDGE_FILES,
  QuotesFileSchema,
  RenderingsFileSchema,
  SummariesFileSchema,
  type Fact,
  type KnowledgeBase,
} from './schema.js';

export { KnowledgeError } from './problems.js';

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
    const field = fieldPath.join('.');
    problems.push({ file, ...(entry ? { entry } : {}), ...(field ? { field } : {}), message: issue.message });
  }
  return undefined;
}

/** Reads and parses facts/<section>.json in article.json's section order; each fact remembers its file. */
function readFacts(
  dir: string,
  sectionIds: readonly string[],
  problems: KnowledgeProblem[],
  sources: SourceTexts,
): { facts: Fact[]; factFile: Map<Fact, string> } | undefined {
  const facts: Fact[] = [];
  const factFile = new Map<Fact, string>();
  let complete = true;
  const files = factFiles(dir, KNOWLEDGE_FILES.facts, sectionIds, problems);
  if (files.length === 0) return undefined;
  for (const file of files) {
    const parsed = parseFile(FactsFileSchema, readJson(dir, file, problems, sources), file, problems);
    if (!parsed) complete = false;
    for (const fact of parsed?.facts ?? []) {
      facts.push(fact);
      factFile.set(fact, file);
    }
  }
  return complete ? { facts, factFile } : undefined;
}

/**
 * Loads and validates the knowledge in `dir`. Returns a deeply frozen KnowledgeBase, or throws one
 * KnowledgeError listing every problem found (file, line, entry id, field, message).
 */
export function loadKnowledge(dir: string): KnowledgeBase {
  const problems: KnowledgeProblem[] = [];
  const sources: SourceTexts = new Map();
  const fail = () => new KnowledgeError(dir, withLines(problems, sources));
  const read = <S extends z.ZodType>(schema: S, file: string, optional = false) =>
    parseFile(schema, readJson(dir, file, problems, sources, optional), file, problems);

  const articleText = readText(dir, KNOWLEDGE_FILES.article, problems, sources)?.normalize('NFC') ?? '';
  // Named here, or an empty article would stop the load below with a KnowledgeError that lists no problem.
  if (sources.has(KNOWLEDGE_FILES.article) && articleText.trim() === '')
    problems.push({ file: KNOWLEDGE_FILES.article, message: 'file is empty' });

  const meta = read(ArticleMetaSchema, KNOWLEDGE_FILES.meta);
  const facts = meta
    ? readFacts(
        dir,
        meta.sections.map((s) => s.id),
        problems,
        sources,
      )
    : undefined;
  const quotesFile = read(QuotesFileSchema, KNOWLEDGE_FILES.quotes);
  const entitiesFile = read(EntitiesFileSchema, KNOWLEDGE_FILES.entities);
  const glossaryFile = read(GlossaryFileSchema, KNOWLEDGE_FILES.glossary);
  const summaries = read(SummariesFileSchema, KNOWLEDGE_FILES.summaries);
  const before = problems.length;
  // charts.json is optional: absent (no new problem) means no charts.
  const chartsFile =
    read(ChartsFileSchema, KNOWLEDGE_FILES.charts, true) ?? (problems.length === before ? { charts: [] } : undefined);

  // article.en.json is optional too: absent means /read shows the Vietnamese alone.
  const beforeRenderings = problems.length;
  const renderings = read(RenderingsFileSchema, KNOWLEDGE_FILES.renderings, true);
  const renderingsOk = problems.length === beforeRenderings;

  if (
    !renderingsOk ||
    !chartsFile ||
    !meta ||
    !facts ||
    !quotesFile ||
    !entitiesFile ||
    !glossaryFile ||
    !summaries ||
    !articleText
  ) {
    throw fail();
  }

  const parsed = {
    meta,
    articleText,
    facts: facts.facts,
    factFile: facts.factFile,
    quotes: quotesFile.quotes,
    entities: entitiesFile.entities,
    glossary: glossaryFile.terms,
    summaries,
    charts: chartsFile.charts,
  };
  const { paragraphs, sectionsById } = checkIntegrity(parsed, problems);
  if (renderings)
    checkRenderings(
      renderings,
      { meta, paragraphs, facts: facts.facts },
      problems,
      sources.get(KNOWLEDGE_FILES.renderings),
    );
  if (problems.length > 0) throw fail();

  const { factFile: _factFile, ...knowledge } = parsed;
  return deepFreeze({
    dir,
    ...knowledge,
    paragraphs,
    factsById: new Map(knowledge.facts.map((f) => [f.id, f])),
    quotesById: new Map(knowledge.quotes.map((q) => [q.id, q])),
    entitiesById: new Map(knowledge.entities.map((e) => [e.id, e])),
    sectionsById,
    ...(renderings ? { renderings } : {}),
  }) satisfies KnowledgeBase;
}
