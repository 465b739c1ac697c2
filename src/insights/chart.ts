// The /insights chart: questions per UTC day, answered / declined / clarified stacked, in the chart module's style.
import { niceAxis } from '../charts/format.js';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  DARK_THEME,
  escapeXml,
  labelAttributes,
  labelPaths,
  measure,
  rasterizeSvgOffThread,
  type TextLabel,
} from '../charts/render.js';
import { CHART_FONT_FAMILY } from '../charts/fonts.js';
import type { RawReport } from '../store/index.js';
import { STRINGS } from '../text/strings/index.js';
import type { Lang } from '../text/lang.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const PAD = 40;

export interface DayCounts {
  /** YYYY-MM-DD (UTC). */
  readonly day: string;
  readonly answered: number;
  readonly declined: number;
  readonly clarified: number;
}

/** Every UTC day of the window, oldest first, with zeros for days without questions (a gap is information too). */
export function fillDays(perDay: RawReport['perDay'], days: number, now: number): DayCounts[] {
  const byDay = new Map(perDay.map((row) => [row.day, row]));
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10);
    const row = byDay.get(day);
    return {
      day,
      answered: Number(row?.answered ?? 0),
      declined: Number(row?.declined ?? 0),
      clarified: Number(row?.clarified ?? 0),
    };
  });
}

const n = (value: number) => String(Math.round(value * 10) / 10);
const rect = (x: number, y: number, w: number, h: number, fill: string, r = 0) =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(w, 0))}" height="${n(Math.max(h, 0))}"${r > 0 ? ` rx="${r}"` : ''} fill="${fill}"/>`;
/** A label placed on the chart: drawn as a `<text>` element, or as its glyphs' paths for rasterising. */
interface Placed {
  readonly x: number;
  readonly y: number;
  readonly label: TextLabel;
}
const text = (x: number, y: number, content: string, size: number, fill: string, style: Partial<TextLabel> = {}) =>
  ({ x, y, label: { content, size, fill, ...style } }) satisfies Placed;

/** Whole-number ticks: counts of questions are never fractional. */
function countAxis(max: number): { max: number; step: number } {
  const axis = niceAxis(Math.max(max, 1), 5);
  const step = Math.max(1, Math.ceil(axis.step));
  return { max: Math.ceil(axis.max / step) * step, step };
}

/** The chart's shapes (SVG markup) and labels, in drawing order. */
function chartParts(perDay: readonly DayCounts[], days: number, lang: Lang): (string | Placed)[] {
  const ui = STRINGS[lang].insights;
  const theme = DARK_THEME;
  const colors = {
    answered: theme.tones.gain,
    declined: theme.tones.loss,
    clarified: theme.palette[3] ?? theme.text,
  } as const;
  const out: (string | Placed)[] = [rect(0, 0, CHART_WIDTH, CHART_HEIGHT, theme.background)];
  out.push(rect(0, 0, CHART_WIDTH, 6, theme.palette[0] ?? theme.text));
  out.push(text(PAD, 62, ui.chartTitle(days), 34, theme.text, { bold: true }));
  out.push(text(PAD, 96, ui.chartSubtitle, 20, theme.muted));
  // Legend.
  let x = PAD;
  for (const key of ['answered', 'declined', 'clarified'] as const) {
    out.push(rect(x, 124, 18, 18, colors[key], 4));
    out.push(text(x + 26, 140, ui[key], 19, theme.text));
    x += 26 + measure(ui[key], 19) + 28;
  }
  const top = 170;
  const bottom = CHART_HEIGHT - 70;
  const totals = perDay.map((d) => d.answered + d.declined + d.clarified);
  const axis = countAxis(Math.max(0, ...totals));
  const labelWidth = measure(String(axis.max), 17) + 12;
  const x0 = PAD + labelWidth;
  const x1 = CHART_WIDTH - PAD;
  const y = (count: number) => bottom - (count / axis.max) * (bottom - top);
  for (let tick = 0; tick <= axis.max; tick += axis.step) {
    const stroke = tick === 0 ? theme.axis : theme.grid;
    out.push(
      `<line x1="${n(x0)}" y1="${n(y(tick))}" x2="${n(x1)}" y2="${n(y(tick))}" stroke="${stroke}" stroke-width="${tick === 0 ? 2 : 1}"/>`,
    );
    out.push(text(x0 - 10, y(tick) + 6, String(tick), 17, theme.muted, { anchor: 'end' }));
  }
  const slot = (x1 - x0) / Math.max(perDay.length, 1);
  const barWidth = Math.max(2, Math.min(slot * 0.7, 60));
  // Day labels: as many as fit without overlapping (always the first and the last).
  const labelEvery = Math.max(1, Math.ceil(measure('12-31', 16) / (slot * 0.9)));
  perDay.forEach((day, i) => {
    const left = x0 + slot * i + (slot - barWidth) / 2;
    let base = 0;
    for (const key of ['answered', 'declined', 'clarified'] as const) {
      const count = day[key];
      if (count > 0) out.push(rect(left, y(base + count), barWidth, y(base) - y(base + count), colors[key]));
      base += count;
    }
    if (i % labelEvery === 0 || i === perDay.length - 1)
      out.push(text(left + barWidth / 2, bottom + 26, day.day.slice(5), 16, theme.muted, { anchor: 'middle' }));
  });
  out.push(text(PAD, CHART_HEIGHT - 20, `${ui.questions} · UTC`, 17, theme.muted));
  return out;
}

function svgOf(parts: readonly string[], days: number, lang: Lang): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${escapeXml(CHART_FONT_FAMILY)}">`,
    `<title>${escapeXml(STRINGS[lang].insights.chartTitle(days))}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The chart as SVG (1000×560, the dark theme of /chart), deterministic for the same counts and language. */
export function insightsChartSvg(perDay: readonly DayCounts[], days: number, lang: Lang): string {
  const parts = chartParts(perDay, days, lang).map((part) =>
    typeof part === 'string'
      ? part
      : `<text x="${n(part.x)}" y="${n(part.y)}" ${labelAttributes(part.label)}>${escapeXml(part.label.content)}</text>`,
  );
  return svgOf(parts, days, lang);
}

/** The same chart with every label as its glyphs' paths (see labelPaths): what is rasterised. */
function insightsChartPathsSvg(perDay: readonly DayCounts[], days: number, lang: Lang): string {
  const parts = chartParts(perDay, days, lang);
  const placed = parts.filter((part): part is Placed => typeof part !== 'string');
  const paths = labelPaths(placed.map((part) => part.label));
  let next = 0;
  const drawn = parts.map((part) =>
    typeof part === 'string' ? part : `<g transform="translate(${n(part.x)} ${n(part.y)})">${paths[next++] ?? ''}</g>`,
  );
  return svgOf(drawn, days, lang);
}

interface InsightsChart {
  readonly png: Buffer;
  readonly description: string;
}

/** How many rendered charts are kept: a few guilds' views of the same counts (rendering one costs tens of ms). */
const CHART_CACHE_SIZE = 16;
/** The chart's whole input (days' counts, window, language) → its PNG; the least recently used goes first. */
const rendered = new Map<string, Promise<InsightsChart>>();

/**
 * The chart as a PNG, with its alt text, drawn off this thread (see rasterizeSvgOffThread); the same counts,
 * window and language are rendered once, even when asked for again while it is being drawn.
 */
export function insightsChart(perDay: readonly DayCounts[], days: number, lang: Lang): Promise<InsightsChart> {
  const input = `${lang} ${days} ${perDay.map((d) => `${d.day}:${d.answered}/${d.declined}/${d.clarified}`).join(' ')}`;
  const cached = rendered.get(input);
  if (cached) {
    rendered.delete(input);
    rendered.set(input, cached);
    return cached;
  }
  const sum = (key: 'answered' | 'declined' | 'clarified') => perDay.reduce((total, day) => total + day[key], 0);
  const total = sum('answered') + sum('declined') + sum('clarified');
  const description = STRINGS[lang].insights.chartAlt(days, total, sum('answered'), sum('declined'));
  const chart = rasterizeSvgOffThread(insightsChartPathsSvg(perDay, days, lang)).then((png) => ({ png, description }));
  // A failed rendering is not kept: the next request tries again.
  void chart.catch(() => {
    if (rendered.get(input) === chart) rendered.delete(input);
  });
  rendered.set(input, chart);
  if (rendered.size > CHART_CACHE_SIZE) rendered.delete(rendered.keys().next().value ?? input);
  return chart;
}
