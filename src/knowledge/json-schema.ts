// JSON Schemas of the knowledge files, generated from their zod schemas, so that editors validate and
// complete knowledge/ as a moderator types (each file names its schema with "$schema").
import { z } from 'zod';
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
} from './schema.js';

/** Where the schemas live, relative to the knowledge directory. */
export const SCHEMAS_DIR = 'schemas';

/** Each JSON knowledge file (or folder of files, for facts) and the zod schema it is validated with. */
const SCHEMAS = [
  { files: KNOWLEDGE_FILES.meta, name: 'article', schema: ArticleMetaSchema, title: 'article.json: the article' },
  {
    files: `${KNOWLEDGE_FILES.facts}/*.json`,
    name: 'facts',
    schema: FactsFileSchema,
    title: 'facts/<section>.json: the facts of one section',
  },
  { files: KNOWLEDGE_FILES.quotes, name: 'quotes', schema: QuotesFileSchema, title: 'quotes.json: quotes' },
  {
    files: KNOWLEDGE_FILES.entities,
    name: 'entities',
    schema: EntitiesFileSchema,
    title: 'entities.json: people, organisations, terms',
  },
  {
    files: KNOWLEDGE_FILES.glossary,
    name: 'glossary',
    schema: GlossaryFileSchema,
    title: 'glossary.json: English ↔ Vietnamese terms',
  },
  {
    files: KNOWLEDGE_FILES.summaries,
    name: 'summaries',
    schema: SummariesFileSchema,
    title: 'summaries.json: summaries',
  },
  { files: KNOWLEDGE_FILES.charts, name: 'charts', schema: ChartsFileSchema, title: 'charts.json: chart layouts' },
  {
    files: KNOWLEDGE_FILES.renderings,
    name: 'article.en',
    schema: RenderingsFileSchema,
    title: "article.en.json: the project's English rendering of every paragraph",
  },
] as const;

export interface GeneratedSchema {
  /** The knowledge file (or glob, for facts) it describes. */
  readonly files: string;
  /** File name under knowledge/schemas/. */
  readonly fileName: string;
  readonly json: string;
}

/**
 * The JSON Schema text of every knowledge file. Input side ("io: input"): a field with a default may be left
 * out, as in the files themselves. The integrity rules (quotes verbatim, references) are not expressible here;
 * `npm run validate:knowledge` runs them.
 */
export function generateKnowledgeSchemas(): GeneratedSchema[] {
  return SCHEMAS.map(({ files, name, schema, title }) => {
    const json = { title, ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) };
    return { files, fileName: `${name}.schema.json`, json: `${JSON.stringify(json, null, 2)}\n` };
  });
}
