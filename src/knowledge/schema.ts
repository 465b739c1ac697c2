// zod schemas for every knowledge file, and the types of the validated knowledge base built from them.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single dashes)');
const text = z.string().trim().min(1, 'must not be empty');
const Bilingual = z.strictObject({ en: text, vi: text });
type Bilingual = z.infer<typeof Bilingual>;
const paragraphNumber = z.number().int().positive();
/** Every knowledge file may name its JSON Schema (knowledge/schemas/) so that editors validate and complete it. */
const jsonSchemaRef = { $schema: z.string().optional() };

// ---------------------------------------------------------------------------------------------
// article.json: metadata about the article and the rule that numbers its paragraphs.
const SectionSchema = z.strictObject({
  id,
  title: Bilingual,
  heading: text
    .nullable()
    .describe(
      'The heading line exactly as it stands in article.vi.txt, or null for a section without one (the intro).',
    ),
  paragraphs: z
    .tuple([paragraphNumber, paragraphNumber])
    .describe('First and last paragraph of the section, inclusive.'),
});

export const ArticleMetaSchema = z.strictObject({
  ...jsonSchemaRef,
  id,
  title: Bilingual,
  titleLine: text.describe('The title line exactly as it stands in article.vi.txt.'),
  date: z.iso.date(),
  language: z.enum(['vi', 'en']),
  originalLanguage: z.string().min(2),
  machineTranslated: z.boolean(),
  origin: z.strictObject({
    account: z.strictObject({ name: text, platform: text, note: Bilingual }),
    author: text,
    republishedBy: z.strictObject({ name: text, note: Bilingual }),
    platform: z.strictObject({ name: text, note: Bilingual }),
  }),
  disclaimer: Bilingual,
  chromeLines: z
    .array(text)
    .describe('Lines of the page that are not content (exact, after trimming); they are never numbered.'),
  sections: z.array(SectionSchema).min(1),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
export type Section = z.infer<typeof SectionSchema>;

// ---------------------------------------------------------------------------------------------
// facts/<section>.json: every statement of substance, each answerable on its own.
export const FigureSchema = z.strictObject({
  value: z
    .number()
    .finite()
    .describe('The number as written in the article (5 for "5 tỷ", 8.5 for "8,5 tỷ", 82 for "82 %").'),
  valueMax: z.number().finite().optional().describe('For ranges such as "10 đến 15 năm": the upper end.'),
  scale: z
    .enum(['million', 'billion', 'trillion'])
    .optional()
    .describe('The word scale after the number: million = triệu, billion = tỷ, trillion = nghìn tỷ.'),
  unit: z.enum(['currency', 'percent', 'days', 'years', 'months', 'jobs', 'year', 'date']),
  measure: z
    .enum([
      'cost',
      'loss',
      'ai-spending',
      'ai-revenue',
      'revenue-needed',
      'market-share',
      'market-value',
      'stock-gain',
      'jobs',
      'output-growth',
      'duration',
      'date',
    ])
    .optional()
    .describe('What the number is a value of: two figures compare only when measure, unit and period agree.'),
  currency: z.enum(['USD']).optional(),
  period: z
    .enum(['quarter', 'year', 'total', 'ten-years', 'few-years'])
    .optional()
    .describe('The period a flow of money refers to (per quarter, per year), when the article gives one.'),
  bound: z
    .enum(['exact', 'about', 'more-than', 'up-to', 'nearly'])
    .default('exact')
    .describe('How the article qualifies the number: "hơn" = more-than, "khoảng" = about, "lên tới" = up-to.'),
  date: z.iso.date().optional().describe('ISO date for unit "date".'),
  subject: id.describe('The entity the number is about (an id from entities.json).'),
  label: Bilingual.describe('A short label for charts and lists, e.g. "inference cost".'),
  series: id.optional().describe('Groups figures that belong in one chart or table, e.g. "openai-costs".'),
});
export type Figure = z.infer<typeof FigureSchema>;

export const FactSchema = z.strictObject({
  id,
  section: id,
  paragraph: paragraphNumber,
  quote: text.describe('Verbatim from article.vi.txt (whitespace-normalised), inside the named paragraph.'),
  quoteEn: text.describe('An English rendering of the quote, correcting the machine translation where it misleads.'),
  kind: z
    .enum(['figure', 'person', 'date', 'reason', 'statement', 'definition', 'opinion', 'source'])
    .describe('What kind of question this fact answers best.'),
  answer: Bilingual.describe('A short, self-contained answer that includes the figure.'),
  questions: z
    .strictObject({ en: z.array(text).min(3), vi: z.array(text).min(3) })
    .describe('How users might ask; Vietnamese with and without diacritics.'),
  keywords: z.strictObject({ en: z.array(text), vi: z.array(text) }).default({ en: [], vi: [] }),
  figures: z.array(FigureSchema).default([]),
  entities: z.array(id).default([]).describe('Entity ids (entities.json) this fact is about, most important first.'),
  related: z.array(id).default([]),
  translationNote: Bilingual.optional(),
});
export type Fact = z.infer<typeof FactSchema>;
export const FactsFileSchema = z.strictObject({ ...jsonSchemaRef, facts: z.array(FactSchema).min(1) });

// ---------------------------------------------------------------------------------------------
// quotes.json: every direct or reported quote.
const QuoteSchema = z.strictObject({
  id,
  speaker: id,
  role: Bilingual,
  organisation: id.nullable(),
  kind: z.enum(['direct', 'reported']),
  /** Verbatim Vietnamese from the article. */
  text,
  en: text.describe('English translation (of the meaning, where the machine translation is garbled).'),
  paragraph: paragraphNumber,
  facts: z.array(id).default([]),
  translationNote: Bilingual.optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;
export const QuotesFileSchema = z.strictObject({ ...jsonSchemaRef, quotes: z.array(QuoteSchema).min(1) });

// ---------------------------------------------------------------------------------------------
// entities.json: people, organisations, products and terms, with the names users type for them.
export const EntitySchema = z.strictObject({
  id,
  type: z.enum(['person', 'organisation', 'product', 'term', 'event', 'place', 'publication']),
  name: Bilingual,
  aliases: z
    .array(text)
    .default([])
    .describe(
      'Other names in both languages, nicknames, tickers and common misspellings ("nvda", "zuck", "facebook").',
    ),
  description: Bilingual,
  role: Bilingual.optional(),
  organisation: id.optional(),
  paragraphs: z.array(paragraphNumber).min(1).describe('Paragraphs that mention the entity.'),
});
export type Entity = z.infer<typeof EntitySchema>;
export const EntitiesFileSchema = z.strictObject({ ...jsonSchemaRef, entities: z.array(EntitySchema).min(1) });

// glossary.json: English ↔ Vietnamese terms, used to expand questions across languages.
const GlossaryTermSchema = z.strictObject({
  id,
  en: z.array(text).min(1),
  vi: z.array(text).min(1),
  note: text.optional(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export const GlossaryFileSchema = z.strictObject({ ...jsonSchemaRef, terms: z.array(GlossaryTermSchema).min(1) });

// ---------------------------------------------------------------------------------------------
// summaries.json: short and full summaries of the whole article, and one per section.
const SummarySentenceSchema = z.strictObject({ text, paragraphs: z.array(paragraphNumber).min(1) });
export type SummarySentence = z.infer<typeof SummarySentenceSchema>;
const SummaryText = z.strictObject({
  en: z.array(SummarySentenceSchema).min(1),
  vi: z.array(SummarySentenceSchema).min(1),
});
type SummaryText = z.infer<typeof SummaryText>;
export const SummariesFileSchema = z.strictObject({
  ...jsonSchemaRef,
  short: SummaryText,
  full: SummaryText,
  sections: z.array(
    z.strictObject({
      section: id,
      en: z.array(SummarySentenceSchema).min(1),
      vi: z.array(SummarySentenceSchema).min(1),
    }),
  ),
});
export type Summaries = z.infer<typeof SummariesFileSchema>;

export const SHORT_SUMMARY_MAX_SENTENCES = 3;
export const FULL_SUMMARY_MAX_CHARS = 1500;

// ---------------------------------------------------------------------------------------------
// charts.json (optional): which charts exist and how their figures are laid out. Numbers never live
// here: every bar comes from a figure of facts/, selected by its `series`.
const ChartDefinitionSchema = z.strictObject({
  /** Stable id: the /chart option value and the PNG's file name. */
  id,
  title: Bilingual,
  subtitle: Bilingual.optional().describe(
    'What the numbers are (whose estimate, which year); the paragraphs are appended.',
  ),
  series: z
    .array(id)
    .min(1)
    .describe('Figure series (Figure.series) shown, in this order: every figure of these series is drawn.'),
  references: z
    .array(id)
    .optional()
    .describe('Facts whose figures are a threshold drawn as a line across their panel, not as a bar.'),
  notes: z
    .array(id)
    .optional()
    .describe("Facts whose figures are off the panel's scale and shown as a callout under it."),
  breakdown: z
    .strictObject({ total: id, parts: z.array(id).min(2) })
    .optional()
    .describe(
      "A fact whose figure is the sum of other facts' figures: drawn as their stacked segments when they add up.",
    ),
  tones: z
    .record(id, z.enum(['loss', 'cost', 'gain']))
    .optional()
    .describe('Colour that carries meaning, by fact id: a loss, a cost, a gain.'),
});
export type ChartDefinition = z.infer<typeof ChartDefinitionSchema>;
export type Tone = NonNullable<ChartDefinition['tones']>[string];
export const ChartsFileSchema = z.strictObject({ ...jsonSchemaRef, charts: z.array(ChartDefinitionSchema) });

// ---------------------------------------------------------------------------------------------
// article.en.json (optional): the project's own English rendering of every paragraph, for reading (/read).
// Never used for matching questions: the engine answers from facts/ and cites the Vietnamese.
const ParagraphRenderingSchema = z.strictObject({
  paragraph: paragraphNumber.describe('The paragraph (¶) rendered, numbered as in every reply.'),
  text: text.describe(
    'The English rendering of the whole paragraph, correcting the machine translation where it misleads. ' +
      "Every figure of the paragraph's facts must appear in English form ($5 billion, 8.5, 82%).",
  ),
});

export const RenderingsFileSchema = z.strictObject({
  ...jsonSchemaRef,
  language: z.literal('en').describe('The language of the renderings.'),
  label: Bilingual.describe(
    'Shown with every rendering: it is the project’s own rendering of a machine translation, not the original.',
  ),
  title: text.describe('The English rendering of the title line.'),
  headings: z
    .array(z.strictObject({ section: id.describe('A section id of article.json that has a heading.'), text }))
    .describe('The English rendering of each section heading line, one per section that has one.'),
  paragraphs: z
    .array(ParagraphRenderingSchema)
    .min(1)
    .describe('One rendering per content paragraph (¶1..¶N), in order.'),
});
export type Renderings = z.infer<typeof RenderingsFileSchema>;

// ---------------------------------------------------------------------------------------------
// The validated knowledge base.
export interface Paragraph {
  readonly number: number;
  readonly text: string;
  /** 1-based line number in article.vi.txt. */
  readonly line: number;
  readonly section: string;
}

export interface KnowledgeBase {
  readonly dir: string;
  readonly meta: ArticleMeta;
  readonly articleText: string;
  readonly paragraphs: readonly Paragraph[];
  readonly facts: readonly Fact[];
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  readonly glossary: readonly GlossaryTerm[];
  readonly summaries: Summaries;
  /** Chart layouts (empty when the knowledge has no charts.json). */
  readonly charts: readonly ChartDefinition[];
  readonly factsById: ReadonlyMap<string, Fact>;
  readonly quotesById: ReadonlyMap<string, Quote>;
  readonly entitiesById: ReadonlyMap<string, Entity>;
  readonly sectionsById: ReadonlyMap<string, Section>;
  /** The English renderings of article.en.json, for reading only (absent when the knowledge has none). */
  readonly renderings?: Renderings;
}

export const KNOWLEDGE_FILES = {
  article: 'article.vi.txt',
  meta: 'article.json',
  /** A folder: one file of facts per section, `facts/<section id>.json`, loaded in article.json's order. */
  facts: 'facts',
  quotes: 'quotes.json',
  entities: 'entities.json',
  glossary: 'glossary.json',
  summaries: 'summaries.json',
  /** Optional. */
  charts: 'charts.json',
  /** Optional: the English rendering of every paragraph. */
  renderings: 'article.en.json',
} as const;
