// A small in-memory knowledge base that follows the schema, for testing chart logic independently of knowledge/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ArticleMetaSchema,
  ChartsFileSchema,
  EntitySchema,
  FactSchema,
  type Fact,
  type Figure,
  type KnowledgeBase,
} from '../../src/knowledge/schema.js';

type FigureInput = Omit<Figure, 'bound' | 'label'> & { bound?: Figure['bound']; label: [string, string] };

function fact(id: string, paragraph: number, entities: string[], figures: FigureInput[]): Fact {
  return FactSchema.parse({
    id,
    section: 'intro',
    paragraph,
    quote: `quote of ${id}`,
    quoteEn: `quote of ${id}`,
    kind: 'figure',
    answer: { en: id, vi: id },
    questions: { en: [`${id} a`, `${id} b`, `${id} c`], vi: [`${id} a`, `${id} b`, `${id} c`] },
    entities,
    figures: figures.map(({ label, ...rest }) => ({ ...rest, label: { en: label[0], vi: label[1] } })),
  });
}

const usd = { unit: 'currency', currency: 'USD', scale: 'billion' } as const;

export const FIXTURE_FACTS: Fact[] = [
  fact(
    'openai-loss-5b',
    2,
    ['openai'],
    [
      {
        ...usd,
        value: 5,
        subject: 'openai',
        series: 'openai-2024',
        label: ['expected loss this year', 'khoản lỗ dự kiến năm nay'],
      },
    ],
  ),
  fact(
    'openai-operating-costs',
    2,
    ['openai'],
    [
      {
        ...usd,
        value: 8.5,
        bound: 'up-to',
        subject: 'openai',
        series: 'openai-2024',
        label: ['total operating cost', 'tổng chi phí hoạt động'],
      },
      { ...usd, value: 4, subject: 'openai', series: 'openai-2024', label: ['inference', 'suy luận'] },
    ],
  ),
  fact(
    'openai-inference-cost',
    2,
    ['openai'],
    [{ ...usd, value: 4, subject: 'openai', series: 'openai-2024', label: ['inference cost', 'chi phí suy luận'] }],
  ),
  fact(
    'openai-training-cost',
    2,
    ['openai'],
    [{ ...usd, value: 3, subject: 'openai', series: 'openai-2024', label: ['training cost', 'chi phí đào tạo'] }],
  ),
  fact(
    'openai-labour-cost',
    2,
    ['openai'],
    [{ ...usd, value: 1.5, subject: 'openai', series: 'openai-2024', label: ['labour cost', 'chi phí nhân sự'] }],
  ),
  fact(
    'bigtech-ai-spend-60b',
    7,
    ['big-tech'],
    [
      {
        ...usd,
        value: 60,
        period: 'year',
        subject: 'big-tech',
        series: 'ai-spend-vs-revenue',
        label: ['AI spending per year', 'chi tiêu cho AI mỗi năm'],
      },
    ],
  ),
  fact(
    'bigtech-ai-revenue-20b',
    7,
    ['big-tech'],
    [
      {
        ...usd,
        value: 20,
        period: 'year',
        bound: 'about',
        subject: 'big-tech',
        series: 'ai-spend-vs-revenue',
        label: ['AI revenue per year', 'doanh thu từ AI mỗi năm'],
      },
    ],
  ),
  fact(
    'cahn-600b-revenue',
    18,
    ['david-cahn'],
    [
      {
        ...usd,
        value: 600,
        period: 'year',
        subject: 'ai-industry',
        series: 'ai-spend-vs-revenue',
        label: ['revenue AI must bring in each year', 'doanh thu AI cần mang lại mỗi năm'],
      },
    ],
  ),
  fact(
    'norvig-50-percent',
    23,
    ['peter-norvig'],
    [
      {
        unit: 'percent',
        value: 50,
        bound: 'more-than',
        subject: 'peter-norvig',
        series: 'nvidia-market-share',
        label: ['share past which doubling is not to be expected', 'thị phần mà vượt qua thì đừng mong tăng gấp đôi'],
      },
    ],
  ),
  fact(
    'nvidia-82-percent-datacenter',
    24,
    ['nvidia'],
    [
      {
        unit: 'percent',
        value: 82,
        subject: 'nvidia',
        series: 'nvidia-market-share',
        label: ['data-centre AI acceleration', 'tăng tốc AI trung tâm dữ liệu'],
      },
    ],
  ),
  fact(
    'nvidia-95-percent-training',
    24,
    ['nvidia'],
    [
      {
        unit: 'percent',
        value: 95,
        subject: 'nvidia',
        series: 'nvidia-market-share',
        label: ['AI training', 'đào tạo AI'],
      },
    ],
  ),
  fact(
    'cisco-2000-most-valuable',
    26,
    ['cisco'],
    [
      {
        ...usd,
        value: 555,
        subject: 'cisco',
        series: 'cisco-2000',
        label: ['market value in 2000', 'giá trị vốn hóa năm 2000'],
      },
    ],
  ),
  fact(
    'cisco-market-share',
    26,
    ['cisco'],
    [
      {
        unit: 'percent',
        value: 70,
        bound: 'nearly',
        subject: 'cisco',
        series: 'cisco-2000',
        label: ['network switching', 'chuyển mạch mạng'],
      },
      {
        unit: 'percent',
        value: 85,
        bound: 'more-than',
        subject: 'cisco',
        series: 'cisco-2000',
        label: ['network routers', 'bộ định tuyến mạng'],
      },
    ],
  ),
  fact(
    'covello-1-trillion',
    8,
    ['jim-covello', 'goldman-sachs'],
    [
      {
        unit: 'currency',
        currency: 'USD',
        scale: 'trillion',
        value: 1,
        bound: 'more-than',
        period: 'few-years',
        subject: 'goldman-sachs',
        series: 'goldman-forecasts',
        label: ['AI infrastructure spending in the next few years', 'đầu tư hạ tầng AI trong vài năm tới'],
      },
    ],
  ),
  fact(
    'goldman-300m-jobs',
    10,
    ['goldman-sachs'],
    [
      {
        unit: 'jobs',
        scale: 'million',
        value: 300,
        subject: 'goldman-sachs',
        series: 'goldman-forecasts',
        label: ['jobs AI could automate in 10 years', 'việc làm AI có thể tự động hóa trong 10 năm'],
      },
    ],
  ),
  fact(
    'goldman-7-percent-output',
    10,
    ['goldman-sachs'],
    [
      {
        unit: 'percent',
        value: 7,
        subject: 'goldman-sachs',
        series: 'goldman-forecasts',
        label: ['boost to global economic output', 'mức tăng sản lượng kinh tế toàn cầu'],
      },
    ],
  ),
];

const entity = (id: string, en: string, vi: string, aliases: string[] = []) =>
  EntitySchema.parse({ id, type: 'organisation', name: { en, vi }, aliases, description: { en, vi }, paragraphs: [1] });

const FIXTURE_ENTITIES = [
  entity('openai', 'OpenAI', 'OpenAI', ['open ai', 'chatgpt maker']),
  entity('big-tech', 'Big Tech', 'Big Tech', ['tech giants', 'gã khổng lồ công nghệ']),
  entity('ai-industry', 'The AI industry', 'Ngành AI'),
  entity('david-cahn', 'David Cahn', 'David Cahn', ['cahn', 'sequoia']),
  entity('peter-norvig', 'Peter Norvig', 'Peter Norvig', ['norvig']),
  entity('nvidia', 'Nvidia', 'Nvidia', ['nvda', 'nvidia corporation']),
  entity('cisco', 'Cisco', 'Cisco', ['csco']),
  entity('goldman-sachs', 'Goldman Sachs', 'Goldman Sachs', ['goldman', 'gs']),
  entity('jim-covello', 'Jim Covello', 'Jim Covello', ['covello']),
];

/** The fixture as a KnowledgeBase; `facts` can be replaced to test other shapes of data. */
export function fixtureKnowledgeBase(facts: Fact[] = FIXTURE_FACTS): KnowledgeBase {
  const knowledgeDir = path.resolve(import.meta.dirname, '../../knowledge');
  const meta = ArticleMetaSchema.parse(JSON.parse(readFileSync(path.join(knowledgeDir, 'article.json'), 'utf8')));
  return {
    dir: knowledgeDir,
    meta,
    articleText: '',
    paragraphs: [],
    facts,
    quotes: [],
    entities: FIXTURE_ENTITIES,
    glossary: [],
    summaries: {
      short: { en: [], vi: [] },
      full: { en: [], vi: [] },
      sections: [],
    },
    // The real chart layouts over the fixture's figures.
    charts: ChartsFileSchema.parse(JSON.parse(readFileSync(path.join(knowledgeDir, 'charts.json'), 'utf8'))).charts,
    factsById: new Map(facts.map((f) => [f.id, f])),
    quotesById: new Map(),
    entitiesById: new Map(FIXTURE_ENTITIES.map((e) => [e.id, e])),
    sectionsById: new Map(meta.sections.map((s) => [s.id, s])),
  };
}
