// Builds what a chart shows (texts, values, axes, colours by role) from the knowledge base's figures: pure, no drawing.
// Which charts there are and which one a query or a subject means is src/charts/catalogue.ts.
import type { ChartDefinition, Fact, Figure, KnowledgeBase, Tone } from '../knowledge/schema.js';
import type { ChartCatalogue } from './catalogue.js';
import { STRINGS } from '../text/strings/index.js';
import { formatFigureLabel, periodPhrase } from '../text/figure-format.js';
import { absoluteValue, formatTick, largestScale, measureOf, niceAxis } from './format.js';
import type { Lang } from '../text/lang.js';
import { paragraphRefs } from '../render/citation.js';

/** A colour by meaning; the renderer's theme turns it into a hex value. */
export type ChartColor = `palette-${number}` | Tone;

/** One figure of the knowledge base as placed on a chart. */
export interface ChartValue {
  readonly factId: string;
  /** Index of the figure in the fact's `figures`. */
  readonly figureIndex: number;
  readonly paragraph: number;
  readonly subject: string;
  /** The subject entity's name in the chart's language. */
  readonly subjectName: string;
  readonly label: string;
  /** The figure's value and upper end exactly as in the knowledge base. */
  readonly value: number;
  readonly valueMax?: number;
  /** Position on the axis in plain units (5 billion → 5e9). */
  readonly absolute: number;
  readonly absoluteMax?: number;
  /** The value as written on the chart ("up to $8.5B"). */
  readonly text: string;
  /** For a number shown on its own: a period the value's text cannot carry ("over ten years"). */
  readonly period?: string;
  readonly color: ChartColor;
}

interface ChartBar extends ChartValue {
  /** When the bar is the sum of other bars: their parts, stacked in order. */
  readonly segments?: readonly { readonly factId: string; readonly absolute: number; readonly color: ChartColor }[];
}

interface ChartTick {
  readonly absolute: number;
  readonly label: string;
}

export interface BarsPanel {
  readonly kind: 'bars';
  readonly measure: string;
  readonly axis: { readonly max: number; readonly ticks: readonly ChartTick[] };
  readonly bars: readonly ChartBar[];
  /** Thresholds drawn as lines across the bars. */
  readonly references: readonly ChartValue[];
  /** Figures far off this panel's scale, shown as callouts under it. */
  readonly notes: readonly ChartValue[];
}

/** A measure with a single figure: drawn as a big number, since one bar on its own axis says nothing. */
export interface StatPanel {
  readonly kind: 'stat';
  readonly measure: string;
  readonly stat: ChartValue;
}

type ChartPanel = BarsPanel | StatPanel;

export interface ChartSpec {
  readonly id: string;
  readonly lang: Lang;
  readonly title: string;
  /** What the numbers are, ending with the paragraphs they come from. */
  readonly subtitle: string;
  readonly panels: readonly ChartPanel[];
  /** Colours that stand for subjects (when a chart compares several). */
  readonly legend: readonly { readonly label: string; readonly color: ChartColor }[];
  /** "Source: 36Kr / Followin, 2024-07-29". */
  readonly source: string;
  readonly paragraphs: readonly number[];
  /** Every figure on the chart, in reading order (for captions and tests). */
  readonly values: readonly ChartValue[];
  /** A text description of the image (alt text). */
  readonly description: string;
}

export interface ChartSummary {
  readonly id: string;
  readonly title: { readonly en: string; readonly vi: string };
  /** Entity ids the chart's figures are about, most figures first. */
  readonly subjects: readonly string[];
  readonly paragraphs: readonly number[];
}

export interface PlacedFigure {
  readonly fact: Fact;
  readonly figure: Figure;
  readonly figureIndex: number;
}

/** Same subject, unit and number: the same figure, even when several facts quote it (a total and its breakdown). */
function figureKey(figure: Figure): string {
  return [figure.subject, measureOf(figure), figure.scale ?? '', figure.value, figure.valueMax ?? ''].join('|');
}

/**
 * The figures of the definition's series, each once, in the order the knowledge base gives them. Worked out once per
 * chart and knowledge base by ChartCatalogue (src/charts/catalogue.ts).
 */
export function seriesFigures(kb: KnowledgeBase, definition: ChartDefinition): PlacedFigure[] {
  const placed: PlacedFigure[] = [];
  const indexByKey = new Map<string, number>();
  for (const series of definition.series) {
    for (const fact of kb.facts) {
      fact.figures.forEach((figure, figureIndex) => {
        if (figure.series !== series) return;
        const key = figureKey(figure);
        const seen = indexByKey.get(key);
        if (seen === undefined) {
          indexByKey.set(key, placed.length);
          placed.push({ fact, figure, figureIndex });
          return;
        }
        // Keep the most specific fact (fewest figures) so the label and citation are about this number alone.
        const current = placed[seen];
        if (current && fact.figures.length < current.fact.figures.length) placed[seen] = { fact, figure, figureIndex };
      });
    }
  }
  return placed;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function toValue(
  kb: KnowledgeBase,
  placed: PlacedFigure,
  lang: Lang,
  color: ChartColor,
  withPeriod: boolean,
): ChartValue {
  const { fact, figure, figureIndex } = placed;
  const period = withPeriod ? periodPhrase(figure, lang) : undefined;
  return {
    factId: fact.id,
    figureIndex,
    paragraph: fact.paragraph,
    subject: figure.subject,
    subjectName: kb.entitiesById.get(figure.subject)?.name[lang] ?? figure.subject,
    label: capitalise(figure.label[lang]),
    value: figure.value,
    ...(figure.valueMax === undefined
      ? {}
      : { valueMax: figure.valueMax, absoluteMax: absoluteValue(figure, figure.valueMax) }),
    absolute: absoluteValue(figure),
    text: formatFigureLabel(figure, lang, { withPeriod }),
    ...(period ? { period } : {}),
    color,
  };
}

export function definitionById(kb: KnowledgeBase, chartId: string): ChartDefinition | undefined {
  return kb.charts.find((definition) => definition.id === chartId);
}

export class UnknownChartError extends Error {
  override name = 'UnknownChartError';
}

/** The chart `chartId` in `lang`, every number taken from the catalogue's knowledge base's figures. */
export function buildChartSpec(charts: ChartCatalogue, chartId: string, lang: Lang): ChartSpec {
  const { kb } = charts;
  const definition = definitionById(kb, chartId);
  const placed = definition ? charts.seriesFigures(definition) : [];
  if (!definition || placed.length === 0) throw new UnknownChartError(`no chart "${chartId}" in this knowledge base`);

  const references = new Set(definition.references ?? []);
  const notes = new Set(definition.notes ?? []);
  const roleOf = (p: PlacedFigure) => (references.has(p.fact.id) ? 'reference' : notes.has(p.fact.id) ? 'note' : 'bar');
  const bars = placed.filter((p) => roleOf(p) === 'bar');

  // Colour by subject when the bars compare several subjects; otherwise by bar, with tones where colour has a meaning.
  const barSubjects = [...new Set(bars.map((p) => p.figure.subject))];
  const bySubject = barSubjects.length > 1;
  let nextPalette = 0;
  const colors = new Map<PlacedFigure, ChartColor>();
  for (const p of placed) {
    const tone = definition.tones?.[p.fact.id];
    if (roleOf(p) !== 'bar') colors.set(p, 'palette-0');
    else if (tone) colors.set(p, tone);
    else if (bySubject) colors.set(p, `palette-${barSubjects.indexOf(p.figure.subject)}`);
    else if (p.fact.id === definition.breakdown?.total) colors.set(p, 'palette-0');
    else colors.set(p, `palette-${nextPalette++}`);
  }
  // A number standing alone (a tile, a note) keeps its period ("$600B/yr"); a bar's label already says what it measures.
  const valueOf = (p: PlacedFigure, standalone = false) =>
    toValue(kb, p, lang, colors.get(p) ?? 'palette-0', standalone);

  // One panel per measure (money, percent, jobs, ...), in order of first appearance: mixed units never share an axis.
  const measures = [...new Set(placed.map((p) => measureOf(p.figure)))];
  const panels: ChartPanel[] = [];
  for (const measure of measures) {
    const inMeasure = placed.filter((p) => measureOf(p.figure) === measure);
    const measureBars = orderBreakdown(
      inMeasure.filter((p) => roleOf(p) === 'bar'),
      definition,
    );
    const measureRefs = inMeasure.filter((p) => roleOf(p) === 'reference');
    const measureNotes = inMeasure.filter((p) => roleOf(p) === 'note');
    if (measureBars.length + measureRefs.length === 0 || (measureBars.length === 1 && measureRefs.length === 0)) {
      for (const p of [...measureBars, ...measureNotes]) panels.push({ kind: 'stat', measure, stat: valueOf(p, true) });
      continue;
    }
    const drawn = [...measureBars, ...measureRefs];
    const top = Math.max(...drawn.map((p) => absoluteValue(p.figure, p.figure.valueMax ?? p.figure.value)));
    const unit = drawn[0]?.figure.unit ?? 'percent';
    const axis = unit === 'percent' && top <= 100 ? { max: 100, step: 25 } : niceAxis(top);
    const scale = largestScale(drawn.map((p) => p.figure));
    const ticks: ChartTick[] = [];
    for (let tick = 0; tick <= axis.max + axis.step / 1000; tick += axis.step) {
      ticks.push({ absolute: tick, label: formatTick(tick, unit, scale, lang) });
    }
    const barValues = measureBars.map((p) =>
      withSegments(valueOf(p), p, measureBars, definition, (part) => valueOf(part)),
    );
    panels.push({
      kind: 'bars',
      measure,
      axis: { max: axis.max, ticks },
      bars: barValues,
      references: measureRefs.map((p) => valueOf(p)),
      notes: measureNotes.map((p) => valueOf(p, true)),
    });
  }

  const values = panels.flatMap((panel) =>
    panel.kind === 'stat' ? [panel.stat] : [...panel.bars, ...panel.references, ...panel.notes],
  );
  const paragraphs = [...new Set(values.map((v) => v.paragraph))].sort((a, b) => a - b);
  const legend = bySubject
    ? barSubjects.map((subject, index) => ({
        label: kb.entitiesById.get(subject)?.name[lang] ?? subject,
        color: `palette-${index}` as ChartColor,
      }))
    : [];
  const title = definition.title[lang];
  const subtitle = [definition.subtitle?.[lang], paragraphRefs(paragraphs)].filter(Boolean).join(' · ');
  const { meta } = kb;
  const source = `${STRINGS[lang].chartSource}: ${meta.origin.republishedBy.name} / ${meta.origin.platform.name}, ${meta.date}`;
  const description = `${STRINGS[lang].chartLabel}: ${title}. ${values.map((v) => `${v.label}: ${v.text} (¶${v.paragraph})`).join('; ')}. ${source}.`;
  return { id: definition.id, lang, title, subtitle, panels, legend, source, paragraphs, values, description };
}

/** Puts the breakdown's total right before its first part, so the stacked bar reads as the sum of the bars under it. */
function orderBreakdown(bars: PlacedFigure[], definition: ChartDefinition): PlacedFigure[] {
  const breakdown = definition.breakdown;
  if (!breakdown) return bars;
  const total = bars.find((p) => p.fact.id === breakdown.total);
  const firstPart = bars.findIndex((p) => breakdown.parts.includes(p.fact.id));
  if (!total || firstPart === -1) return bars;
  const rest = bars.filter((p) => p !== total);
  const at = rest.findIndex((p) => breakdown.parts.includes(p.fact.id));
  return [...rest.slice(0, at), total, ...rest.slice(at)];
}

/** The total's segments, only when the parts are all present and really add up to it (within rounding). */
function withSegments(
  value: ChartValue,
  placed: PlacedFigure,
  bars: readonly PlacedFigure[],
  definition: ChartDefinition,
  valueOf: (p: PlacedFigure) => ChartValue,
): ChartBar {
  const breakdown = definition.breakdown;
  if (!breakdown || placed.fact.id !== breakdown.total) return value;
  const parts = breakdown.parts.map((id) => bars.find((p) => p.fact.id === id));
  if (parts.some((p) => p === undefined)) return value;
  const partValues = (parts as PlacedFigure[]).map(valueOf);
  const sum = partValues.reduce((total, part) => total + part.absolute, 0);
  if (Math.abs(sum - value.absolute) > value.absolute * 0.005) return value;
  return {
    ...value,
    segments: partValues.map((part) => ({ factId: part.factId, absolute: part.absolute, color: part.color })),
  };
}
