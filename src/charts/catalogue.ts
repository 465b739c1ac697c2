// The chart catalogue: which charts the knowledge base has figures for, the chart that best shows a subject, and
// the charts a typed query means (for /chart and its autocomplete). Building one chart is src/charts/spec.ts.
import type { ChartDefinition, KnowledgeBase } from '../knowledge/schema.js';
import type { Lang } from '../text/lang.js';
import { boundedEditDistance } from '../text/edit-distance.js';
import { normalizeForMatch } from '../text/normalize.js';
import { definitionById, seriesFigures, type ChartSpec, type ChartSummary, type PlacedFigure } from './spec.js';

interface MatchField {
  readonly words: readonly string[];
  readonly text: string;
  readonly weight: number;
}

/**
 * One knowledge base's charts, with everything worked out once for it: each chart's figures, what each chart is found
 * by, and the images drawn. It holds no other state, so its lifetime is its knowledge base's: the services build one
 * with the engine (src/bootstrap.ts) and a knowledge reload replaces both, dropping the old caches with the old
 * knowledge. Nothing is cached anywhere else.
 */
export class ChartCatalogue {
  readonly kb: KnowledgeBase;
  /** Each chart drawn, by chart id and language (filled by chartImage in src/charts/message.ts). */
  readonly images = new Map<`${string}:${Lang}`, { readonly spec: ChartSpec; readonly png: Buffer }>();
  #series: ReadonlyMap<string, readonly PlacedFigure[]> | undefined;
  #fields: ReadonlyMap<string, readonly MatchField[]> | undefined;

  constructor(kb: KnowledgeBase) {
    this.kb = kb;
  }

  /** The figures a chart shows (src/charts/spec.ts seriesFigures), worked out for every chart on first use. */
  seriesFigures(definition: ChartDefinition): readonly PlacedFigure[] {
    this.#series ??= new Map(this.kb.charts.map((d) => [d.id, seriesFigures(this.kb, d)]));
    return this.#series.get(definition.id) ?? seriesFigures(this.kb, definition);
  }

  /** What a chart can be found by, worked out for every chart on first use. */
  matchFields(definition: ChartDefinition): readonly MatchField[] {
    this.#fields ??= new Map(this.kb.charts.map((d) => [d.id, collectMatchFields(this, d)]));
    return this.#fields.get(definition.id) ?? collectMatchFields(this, definition);
  }
}

/** The charts this knowledge base has figures for, in definition order. */
export function listCharts(charts: ChartCatalogue): readonly ChartSummary[] {
  const { kb } = charts;
  const summaries: ChartSummary[] = [];
  for (const definition of kb.charts) {
    const placed = charts.seriesFigures(definition);
    if (placed.length === 0) continue;
    const counts = new Map<string, number>();
    for (const p of placed) counts.set(p.figure.subject, (counts.get(p.figure.subject) ?? 0) + 1);
    const subjects = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([subject]) => subject);
    const paragraphs = [...new Set(placed.map((p) => p.fact.paragraph))].sort((a, b) => a - b);
    summaries.push({ id: definition.id, title: definition.title, subjects, paragraphs });
  }
  return summaries;
}

/**
 * The chart that best shows an entity: the one where it is the subject of most figures, else the one whose
 * facts name it as a person (an analyst quoted beside the numbers). Undefined when no chart is about it:
 * an organisation merely mentioned beside a number does not get that number's chart.
 */
export function chartForSubject(charts: ChartCatalogue, entityId: string): string | undefined {
  const { kb } = charts;
  const isPerson = kb.entitiesById.get(entityId)?.type === 'person';
  let best: { id: string; score: number } | undefined;
  for (const definition of kb.charts) {
    let score = 0;
    for (const p of charts.seriesFigures(definition)) {
      if (p.figure.subject === entityId) score += 3;
      else if (isPerson && p.fact.entities.includes(entityId)) score += 1;
    }
    if (score > 0 && (!best || score > best.score)) best = { id: definition.id, score };
  }
  return best?.id;
}

function field(text: string, weight: number): MatchField {
  const normalized = normalizeForMatch(text);
  return { text: normalized, words: normalized.split(' ').filter(Boolean), weight };
}

/** What a chart can be found by: its id and titles, then the names and aliases of the entities its figures are about. */
function collectMatchFields(charts: ChartCatalogue, definition: ChartDefinition): MatchField[] {
  const { kb } = charts;
  const fields = [
    field(definition.id.replace(/-/g, ' '), 3),
    field(definition.title.en, 3),
    field(definition.title.vi, 3),
  ];
  const placed = charts.seriesFigures(definition);
  const subjects = new Set(placed.map((p) => p.figure.subject));
  const named = new Set(placed.flatMap((p) => p.fact.entities));
  for (const id of new Set([...subjects, ...named])) {
    const entity = kb.entitiesById.get(id);
    if (!entity) continue;
    const weight = subjects.has(id) ? 2 : 1;
    for (const name of [entity.name.en, entity.name.vi, ...entity.aliases]) fields.push(field(name, weight));
  }
  for (const p of placed) {
    fields.push(field(p.figure.label.en, 1), field(p.figure.label.vi, 1));
  }
  return fields;
}

/** How well one query word matches a field: whole word, word prefix, or one typo in a longer word. */
function wordScore(word: string, target: MatchField): number {
  let best = 0;
  for (const candidate of target.words) {
    if (candidate === word) return 1;
    if (word.length >= 2 && candidate.startsWith(word)) best = Math.max(best, 0.8);
    else if (word.length >= 4 && boundedEditDistance(word, candidate.slice(0, word.length + 1), 1) <= 1)
      best = Math.max(best, 0.6);
  }
  return best;
}

/**
 * Charts matching a free-text subject ("openai", "big tech", "spend", "nvdia", "chi tiêu"), best first.
 * An empty query lists every chart; a query that matches nothing returns an empty list.
 */
export function findCharts(catalogue: ChartCatalogue, query: string): readonly ChartSummary[] {
  const charts = listCharts(catalogue);
  if (query.trim() === '') return charts;
  // Punctuation or symbols alone name nothing: no chart rather than the first one.
  const normalized = normalizeForMatch(query);
  if (normalized === '') return [];
  const exact = charts.find((chart) => chart.id === query.trim() || chart.id === normalized.replace(/ /g, '-'));
  if (exact) return [exact];
  function score(chart: ChartSummary): number {
    const definition = definitionById(catalogue.kb, chart.id);
    if (!definition) return 0;
    const fields = catalogue.matchFields(definition);
    const words = normalized.split(' ').filter(Boolean);
    let total = 0;
    for (const word of words) {
      let best = 0;
      for (const target of fields) best = Math.max(best, wordScore(word, target) * target.weight);
      total += best;
    }
    // A query that hits a whole phrase (a multi-word alias or title) beats the same words scattered.
    if (words.length > 1 && fields.some((target) => ` ${target.text} `.includes(` ${normalized} `))) total += 2;
    return total / Math.max(words.length, 1);
  }
  return charts
    .map((chart, order) => ({ chart, order, score: score(chart) }))
    .filter((entry) => entry.score >= 0.8)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.chart);
}
