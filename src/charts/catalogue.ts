// The chart catalogue: which charts the knowledge base has figures for, the chart that best shows a subject, and
// the charts a typed query means (for /chart and its autocomplete). Building one chart is src/charts/spec.ts.
import type { ChartDefinition, KnowledgeBase } from '../knowledge/schema.js';
import { boundedEditDistance } from '../text/edit-distance.js';
import { normalizeForMatch } from '../text/normalize.js';
import { definitionById, seriesFigures, type ChartSummary } from './spec.js';

/** The charts this knowledge base has figures for, in definition order. */
export function listCharts(kb: KnowledgeBase): readonly ChartSummary[] {
  const summaries: ChartSummary[] = [];
  for (const definition of kb.charts) {
    const placed = seriesFigures(kb, definition);
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
export function chartForSubject(kb: KnowledgeBase, entityId: string): string | undefined {
  const isPerson = kb.entitiesById.get(entityId)?.type === 'person';
  let best: { id: string; score: number } | undefined;
  for (const definition of kb.charts) {
    let score = 0;
    for (const p of seriesFigures(kb, definition)) {
      if (p.figure.subject === entityId) score += 3;
      else if (isPerson && p.fact.entities.includes(entityId)) score += 1;
    }
    if (score > 0 && (!best || score > best.score)) best = { id: definition.id, score };
  }
  return best?.id;
}

interface MatchField {
  readonly words: readonly string[];
  readonly text: string;
  readonly weight: number;
}

function field(text: string, weight: number): MatchField {
  const normalized = normalizeForMatch(text);
  return { text: normalized, words: normalized.split(' ').filter(Boolean), weight };
}

const fieldsByKb = new WeakMap<KnowledgeBase, Map<string, MatchField[]>>();

function matchFields(kb: KnowledgeBase, definition: ChartDefinition): readonly MatchField[] {
  let byChart = fieldsByKb.get(kb);
  if (!byChart) {
    byChart = new Map(kb.charts.map((d) => [d.id, collectMatchFields(kb, d)]));
    fieldsByKb.set(kb, byChart);
  }
  return byChart.get(definition.id) ?? collectMatchFields(kb, definition);
}

/** What a chart can be found by: its id and titles, then the names and aliases of the entities its figures are about. */
function collectMatchFields(kb: KnowledgeBase, definition: ChartDefinition): MatchField[] {
  const fields = [
    field(definition.id.replace(/-/g, ' '), 3),
    field(definition.title.en, 3),
    field(definition.title.vi, 3),
  ];
  const placed = seriesFigures(kb, definition);
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
export function findCharts(kb: KnowledgeBase, query: string): readonly ChartSummary[] {
  const charts = listCharts(kb);
  if (query.trim() === '') return charts;
  // Punctuation or symbols alone name nothing: no chart rather than the first one.
  const normalized = normalizeForMatch(query);
  if (normalized === '') return [];
  const exact = charts.find((chart) => chart.id === query.trim() || chart.id === normalized.replace(/ /g, '-'));
  if (exact) return [exact];
  function score(chart: ChartSummary): number {
    const definition = definitionById(kb, chart.id);
    if (!definition) return 0;
    const fields = matchFields(kb, definition);
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
