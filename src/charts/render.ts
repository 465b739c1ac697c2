// Draws a ChartSpec as hand-written SVG and rasterises it to PNG with resvg and the bundled DejaVu Sans font.
import { createRequire } from 'node:module';
import type * as Resvg from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, CHART_FONT_FILES, fontMetrics, type FontWeight } from './fonts.js';
import type { BarsPanel, ChartColor, ChartSpec, ChartValue, StatPanel } from './spec.js';

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 560;

export interface ChartTheme {
  readonly background: string;
  /** Tiles and callouts, one step off the background. */
  readonly surface: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly reference: string;
  readonly palette: readonly string[];
  readonly tones: Readonly<Record<'loss' | 'cost' | 'gain', string>>;
}

/** An opaque slate card: dark enough to sit calmly in Discord's dark theme, framed and high-contrast in its light theme. */
export const DARK_THEME: ChartTheme = {
  background: '#171b23',
  surface: '#222936',
  text: '#f3f5f9',
  muted: '#a9b2c1',
  grid: '#2d3441',
  axis: '#5b6577',
  reference: '#f3f5f9',
  palette: ['#5aa2ff', '#b38cff', '#2fd3b5', '#ffb648', '#ff7ab8'],
  tones: { loss: '#ff6b6b', cost: '#ffb648', gain: '#3ddc97' },
};

export const LIGHT_THEME: ChartTheme = {
  background: '#f7f8fb',
  surface: '#e9edf4',
  text: '#151a23',
  muted: '#4f5969',
  grid: '#dde2ea',
  axis: '#9aa3b2',
  reference: '#151a23',
  palette: ['#1f6fe0', '#7a4fe0', '#0f9a86', '#c77a00', '#c93b84'],
  tones: { loss: '#d93838', cost: '#c77a00', gain: '#138a59' },
};

// Discord shows a 1000 px image at about half size, so text is set large enough to read there.
const SIZE = {
  title: 36,
  subtitle: 20,
  legend: 19,
  label: 21,
  value: 23,
  tick: 17,
  reference: 18,
  footer: 17,
  note: 20,
};
const PAD = 40;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Coordinates rounded to 0.1 px keep the SVG short and byte-for-byte stable. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function measure(text: string, size: number, weight: FontWeight = 'regular'): number {
  return fontMetrics(weight).measure(text, size);
}

function ellipsize(text: string, size: number, maxWidth: number, weight: FontWeight = 'regular'): string {
  if (measure(text, size, weight) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('').trimEnd()}…`, size, weight) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Every line of a greedy word wrap (a single word wider than `maxWidth` stays whole on its own line). */
function wrapAll(text: string, size: number, maxWidth: number, weight: FontWeight = 'regular'): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate, size, weight) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Big text in one line if it fits large enough, else in two lines: the largest size that fits wins. */
function fitLines(
  text: string,
  maxWidth: number,
  oneLine: readonly number[],
  twoLines: readonly number[],
  weight: FontWeight,
): { lines: string[]; size: number } {
  for (const size of oneLine) if (measure(text, size, weight) <= maxWidth) return { lines: [text], size };
  for (const size of twoLines) {
    const lines = wrapAll(text, size, maxWidth, weight);
    if (lines.length <= 2 && lines.every((line) => measure(line, size, weight) <= maxWidth)) return { lines, size };
  }
  const size = twoLines.at(-1) ?? oneLine.at(-1) ?? 24;
  return { lines: [ellipsize(text, size, maxWidth, weight)], size };
}

/** Greedy word wrap into at most `maxLines` lines; the last line is cut with an ellipsis when the text does not fit. */
function wrap(
  text: string,
  size: number,
  maxWidth: number,
  maxLines: number,
  weight: FontWeight = 'regular',
): string[] {
  const lines = wrapAll(text, size, maxWidth, weight);
  // The words that do not fit go onto the last line, so that its ellipsis shows that text was cut.
  const kept = lines.length > maxLines ? [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')] : lines;
  return kept.map((line) => ellipsize(line, size, maxWidth, weight));
}

/** The largest size from `sizes` at which the text fits on one line (ellipsized at the smallest otherwise). */
function fit(
  text: string,
  sizes: readonly number[],
  maxWidth: number,
  weight: FontWeight,
): { text: string; size: number } {
  for (const size of sizes) if (measure(text, size, weight) <= maxWidth) return { text, size };
  const size = sizes.at(-1) ?? 16;
  return { text: ellipsize(text, size, maxWidth, weight), size };
}

interface TextOptions {
  readonly size: number;
  readonly fill: string;
  readonly weight?: FontWeight;
  readonly anchor?: 'start' | 'middle' | 'end';
}

function text(x: number, y: number, content: string, options: TextOptions): string {
  const weight = options.weight === 'bold' ? ' font-weight="bold"' : '';
  const anchor = options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${options.size}" fill="${options.fill}"${weight}${anchor}>${escapeXml(content)}</text>`;
}

function rect(x: number, y: number, width: number, height: number, fill: string, radius = 0): string {
  const r = radius > 0 ? ` rx="${n(Math.min(radius, width / 2, height / 2))}"` : '';
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(width, 0))}" height="${n(Math.max(height, 0))}"${r} fill="${fill}"/>`;
}

/** Baseline that centres a line of text of `size` on `middle` (DejaVu's cap height is about 0.73 em). */
function centredBaseline(middle: number, size: number): number {
  return middle + size * 0.36;
}

function colorOf(color: ChartColor, theme: ChartTheme): string {
  if (color === 'loss' || color === 'cost' || color === 'gain') return theme.tones[color];
  const index = Number(color.slice('palette-'.length));
  return theme.palette[index % theme.palette.length] ?? theme.text;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface StatText {
  readonly value: { readonly lines: string[]; readonly size: number };
  readonly label: string[];
  readonly period: string[];
}

// Numbers on their own are the point of the tile: as large as the tile allows, one line before two.
const STAT_ONE_LINE = [72, 64, 56, 48, 42, 38, 34];
const STAT_TWO_LINES = [44, 40, 36, 32, 28];
const STAT_FOOTER = 52;
const STAT_LABEL = 23;
const STAT_PERIOD = 20;

function statText(stat: ChartValue, box: Box, maxSize = Infinity): StatText {
  const inner = box.width - 48;
  const value = fitLines(
    stat.text,
    inner,
    STAT_ONE_LINE.filter((size) => size <= maxSize),
    STAT_TWO_LINES.filter((size) => size <= maxSize),
    'bold',
  );
  const period = stat.period ? wrap(stat.period, STAT_PERIOD, inner, 2) : [];
  const lineHeight = STAT_LABEL * 1.3;
  const valueHeight = value.size * 1.1 * value.lines.length;
  const room = box.height - STAT_FOOTER - 40 - valueHeight - 16 - period.length * STAT_PERIOD * 1.3;
  return {
    value,
    label: wrap(stat.label, STAT_LABEL, inner, Math.min(Math.max(1, Math.floor(room / lineHeight)), 4)),
    period,
  };
}

/**
 * A big number with its label (and period), centred in its tile. Tiles in a row share `rows` (the most lines of
 * each kind among them) and one value size, so their numbers and labels line up.
 */
function drawStat(
  stat: ChartValue,
  box: Box,
  theme: ChartTheme,
  layout: StatText,
  rows = { value: layout.value.lines.length, label: layout.label.length, period: layout.period.length },
): string[] {
  const color = colorOf(stat.color, theme);
  const out = [
    rect(box.x, box.y, box.width, box.height, theme.surface, 14),
    rect(box.x, box.y, 7, box.height, color, 3),
  ];
  const { value, label, period } = layout;
  const valueLineHeight = value.size * 1.1;
  const lineHeight = STAT_LABEL * 1.3;
  const periodLineHeight = STAT_PERIOD * 1.3;
  const valueHeight = value.size * 0.8 + (rows.value - 1) * valueLineHeight;
  const blockHeight = valueHeight + 18 + rows.label * lineHeight + rows.period * periodLineHeight;
  const blockTop = box.y + Math.max(24, (box.height - STAT_FOOTER - blockHeight) / 2 + 12);
  const firstBaseline = blockTop + value.size * 0.8;
  value.lines.forEach((line, i) =>
    out.push(
      text(box.x + 28, firstBaseline + i * valueLineHeight, line, { size: value.size, fill: color, weight: 'bold' }),
    ),
  );
  const labelTop = firstBaseline + (rows.value - 1) * valueLineHeight + 18;
  label.forEach((line, i) =>
    out.push(text(box.x + 28, labelTop + (i + 0.8) * lineHeight, line, { size: STAT_LABEL, fill: theme.text })),
  );
  const periodTop = labelTop + label.length * lineHeight;
  period.forEach((line, i) =>
    out.push(
      text(box.x + 28, periodTop + (i + 0.8) * periodLineHeight, line, { size: STAT_PERIOD, fill: theme.muted }),
    ),
  );
  out.push(text(box.x + 28, box.y + box.height - 22, `¶${stat.paragraph}`, { size: SIZE.tick, fill: theme.muted }));
  return out;
}

const NOTE_HEIGHT = 96;

/**
 * A number far off its panel's scale, with a strip drawn to its own scale: the strip is the note's value and the
 * panel's bars are laid over it in their colours, so "$600B" against "$60B" and "$20B" is seen, not just read.
 */
function drawNote(note: ChartValue, bars: readonly ChartValue[], box: Box, theme: ChartTheme): string[] {
  const color = colorOf(note.color, theme);
  const out = [
    rect(box.x, box.y, box.width, box.height, theme.surface, 12),
    rect(box.x, box.y, 6, box.height, color, 3),
  ];
  const lineMiddle = box.y + 34;
  const value = fit(note.text, [30, 26, 22], box.width * 0.4, 'bold');
  out.push(
    text(box.x + 24, centredBaseline(lineMiddle, value.size), value.text, {
      size: value.size,
      fill: color,
      weight: 'bold',
    }),
  );
  const paragraph = `¶${note.paragraph}`;
  const paragraphWidth = measure(paragraph, SIZE.tick);
  out.push(
    text(box.x + box.width - 18, centredBaseline(lineMiddle, SIZE.tick), paragraph, {
      size: SIZE.tick,
      fill: theme.muted,
      anchor: 'end',
    }),
  );
  const labelX = box.x + 24 + measure(value.text, value.size, 'bold') + 20;
  const labelWidth = box.x + box.width - 18 - paragraphWidth - 16 - labelX;
  const label = [note.label, note.period].filter(Boolean).join(', ');
  out.push(
    text(labelX, centredBaseline(lineMiddle, SIZE.note), ellipsize(label, SIZE.note, labelWidth), {
      size: SIZE.note,
      fill: theme.text,
    }),
  );
  const stripX = box.x + 24;
  const stripWidth = box.width - 24 - 18;
  const stripY = box.y + box.height - 30;
  out.push(rect(stripX, stripY, stripWidth, 12, color, 3));
  const overlaid = bars
    .filter((bar) => bar.absolute > 0 && bar.absolute < note.absolute)
    .sort((a, b) => b.absolute - a.absolute);
  for (const bar of overlaid)
    out.push(
      rect(
        stripX,
        stripY - 3,
        Math.max(3, (bar.absolute / note.absolute) * stripWidth),
        18,
        colorOf(bar.color, theme),
        3,
      ),
    );
  return out;
}

const MAX_SLOT = 100;

function drawBars(panel: BarsPanel, box: Box, theme: ChartTheme): string[] {
  const out: string[] = [];
  const notesTotal = panel.notes.length * (NOTE_HEIGHT + 14);
  const referenceRoom = panel.references.length > 0 ? 34 : 4;
  const axisRoom = 30;
  const available = box.height - referenceRoom - axisRoom - notesTotal;
  // A few bars stay together in the middle of the space instead of drifting apart.
  const plotHeight = Math.min(available, panel.bars.length * MAX_SLOT);
  const plotTop = box.y + referenceRoom + (available - plotHeight) / 2;
  const plotBottom = plotTop + plotHeight;

  const labelLineHeight = SIZE.label * 1.2;
  const labelMax = Math.min(box.width * 0.4, 340);
  const labelLines = panel.bars.map((bar) => wrap(bar.label, SIZE.label, labelMax, 2));
  const labelWidth = Math.max(...labelLines.flat().map((line) => measure(line, SIZE.label)), 40);
  const x0 = box.x + labelWidth + 20;
  const right = box.x + box.width;
  // The axis is as long as it can be while every value label still fits after its own bar, and the last tick fits.
  let x1 = right - measure(panel.axis.ticks.at(-1)?.label ?? '', SIZE.tick) / 2;
  for (const bar of panel.bars) {
    const fraction = Math.min(bar.absoluteMax ?? bar.absolute, panel.axis.max) / panel.axis.max;
    const labelRoom = 10 + measure(bar.text, SIZE.value, 'bold') + 4;
    if (fraction > 0) x1 = Math.min(x1, x0 + (right - labelRoom - x0) / fraction);
  }
  const scale = (absolute: number) => x0 + (Math.min(absolute, panel.axis.max) / panel.axis.max) * (x1 - x0);

  for (const tick of panel.axis.ticks) {
    const x = scale(tick.absolute);
    out.push(
      `<line x1="${n(x)}" y1="${n(plotTop)}" x2="${n(x)}" y2="${n(plotBottom)}" stroke="${tick.absolute === 0 ? theme.axis : theme.grid}" stroke-width="${tick.absolute === 0 ? 2 : 1}"/>`,
    );
    out.push(text(x, plotBottom + 24, tick.label, { size: SIZE.tick, fill: theme.muted, anchor: 'middle' }));
  }

  const slot = plotHeight / Math.max(panel.bars.length, 1);
  const barHeight = Math.max(12, Math.min(slot * 0.6, 48));
  panel.bars.forEach((bar, index) => {
    const middle = plotTop + slot * (index + 0.5);
    const top = middle - barHeight / 2;
    const end = scale(bar.absolute);
    if (bar.segments) {
      let from = x0;
      bar.segments.forEach((segment, i) => {
        const to = from + (scale(segment.absolute) - x0);
        const last = i === (bar.segments?.length ?? 0) - 1;
        out.push(rect(from, top, to - from - (last ? 0 : 2), barHeight, colorOf(segment.color, theme), 3));
        from = to;
      });
    } else {
      if (bar.absoluteMax !== undefined) {
        out.push(
          `<g opacity="0.4">${rect(x0, top, scale(bar.absoluteMax) - x0, barHeight, colorOf(bar.color, theme), 4)}</g>`,
        );
      }
      out.push(rect(x0, top, end - x0, barHeight, colorOf(bar.color, theme), 4));
    }
    const reach = bar.absoluteMax === undefined ? end : scale(bar.absoluteMax);
    out.push(
      text(reach + 10, centredBaseline(middle, SIZE.value), bar.text, {
        size: SIZE.value,
        fill: theme.text,
        weight: 'bold',
      }),
    );
    const lines = labelLines[index] ?? [];
    const first = middle - ((lines.length - 1) * labelLineHeight) / 2;
    lines.forEach((line, i) =>
      out.push(
        text(x0 - 14, centredBaseline(first + i * labelLineHeight, SIZE.label), line, {
          size: SIZE.label,
          fill: theme.text,
          anchor: 'end',
        }),
      ),
    );
  });

  // The line carries its value; what it means is spelled out in the key under the subtitle.
  for (const reference of panel.references) {
    const x = scale(reference.absolute);
    out.push(
      `<line x1="${n(x)}" y1="${n(plotTop - 8)}" x2="${n(x)}" y2="${n(plotBottom)}" stroke="${theme.reference}" stroke-width="2.5" stroke-dasharray="8 6"/>`,
    );
    out.push(
      text(x, plotTop - 14, reference.text, {
        size: SIZE.reference,
        fill: theme.reference,
        anchor: 'middle',
        weight: 'bold',
      }),
    );
  }

  panel.notes.forEach((note, index) => {
    const y = plotBottom + axisRoom + 14 + index * (NOTE_HEIGHT + 14);
    out.push(...drawNote(note, panel.bars, { x: box.x, y, width: box.width, height: NOTE_HEIGHT }, theme));
  });
  return out;
}

/** The key under the subtitle: subject colours, then what each reference line means. Returns the height used. */
function drawKey(spec: ChartSpec, top: number, theme: ChartTheme, out: string[]): number {
  const references = spec.panels.flatMap((panel) => (panel.kind === 'bars' ? panel.references : []));
  if (spec.legend.length === 0 && references.length === 0) return 0;
  const rowHeight = 34;
  const limit = CHART_WIDTH - PAD;
  let x = PAD;
  let y = top;
  for (const entry of spec.legend) {
    out.push(rect(x, y + 2, 18, 18, colorOf(entry.color, theme), 4));
    out.push(text(x + 26, y + 18, entry.label, { size: SIZE.legend, fill: theme.text }));
    x += 26 + measure(entry.label, SIZE.legend) + 28;
  }
  for (const reference of references) {
    const label = `${reference.text}: ${reference.label} (¶${reference.paragraph})`;
    const width = 34 + measure(label, SIZE.legend);
    if (x > PAD && x + width > limit) {
      x = PAD;
      y += rowHeight;
    }
    out.push(
      `<line x1="${n(x)}" y1="${n(y + 11)}" x2="${n(x + 24)}" y2="${n(y + 11)}" stroke="${theme.reference}" stroke-width="2.5" stroke-dasharray="6 4"/>`,
    );
    out.push(
      text(x + 34, y + 18, ellipsize(label, SIZE.legend, limit - x - 34), { size: SIZE.legend, fill: theme.text }),
    );
    x += width + 28;
  }
  return y - top + rowHeight + 6;
}

/** The chart as a standalone SVG document (1000×560), deterministic for a given spec and theme. */
export function renderChartSvg(spec: ChartSpec, theme: ChartTheme = DARK_THEME): string {
  const out: string[] = [];
  out.push(rect(0, 0, CHART_WIDTH, CHART_HEIGHT, theme.background));
  out.push(rect(0, 0, CHART_WIDTH, 6, theme.palette[0] ?? theme.text));
  const width = CHART_WIDTH - 2 * PAD;
  const title = fit(spec.title, [SIZE.title, 33, 30, 27], width, 'bold');
  out.push(text(PAD, 62, title.text, { size: title.size, fill: theme.text, weight: 'bold' }));
  out.push(text(PAD, 96, ellipsize(spec.subtitle, SIZE.subtitle, width), { size: SIZE.subtitle, fill: theme.muted }));

  const keyHeight = drawKey(spec, 122, theme, out);
  const top = 122 + (keyHeight > 0 ? keyHeight : 10);
  const bottom = CHART_HEIGHT - 58;
  out.push(text(PAD, CHART_HEIGHT - 24, spec.source, { size: SIZE.footer, fill: theme.muted }));

  const stats = spec.panels.filter((panel): panel is StatPanel => panel.kind === 'stat');
  const bars = spec.panels.filter((panel): panel is BarsPanel => panel.kind === 'bars');
  const gap = 24;
  let barsLeft = PAD;
  if (bars.length === 0) {
    // Only single numbers: a row of tiles.
    const tileWidth = (width - gap * (stats.length - 1)) / Math.max(stats.length, 1);
    const tiles = stats.map((panel, i) => ({
      stat: panel.stat,
      box: { x: PAD + i * (tileWidth + gap), y: top, width: tileWidth, height: bottom - top },
    }));
    const size = Math.min(...tiles.map((tile) => statText(tile.stat, tile.box).value.size));
    const laidOut = tiles.map((tile) => ({ ...tile, layout: statText(tile.stat, tile.box, size) }));
    const rows = {
      value: Math.max(...laidOut.map((tile) => tile.layout.value.lines.length)),
      label: Math.max(...laidOut.map((tile) => tile.layout.label.length)),
      period: Math.max(...laidOut.map((tile) => tile.layout.period.length)),
    };
    for (const tile of laidOut) out.push(...drawStat(tile.stat, tile.box, theme, tile.layout, rows));
  } else if (stats.length > 0) {
    // Single numbers in a column on the left, bars beside them.
    const columnWidth = 300;
    const tileHeight = (bottom - top - gap * (stats.length - 1)) / stats.length;
    stats.forEach((panel, i) => {
      const box = { x: PAD, y: top + i * (tileHeight + gap), width: columnWidth, height: tileHeight };
      out.push(...drawStat(panel.stat, box, theme, statText(panel.stat, box)));
    });
    barsLeft = PAD + columnWidth + 36;
  }
  const weights = bars.map(
    (panel) => panel.bars.length + panel.notes.length * 1.6 + (panel.references.length > 0 ? 0.5 : 0) + 0.8,
  );
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  let y = top;
  bars.forEach((panel, i) => {
    const height = ((bottom - top - gap * (bars.length - 1)) * (weights[i] ?? 1)) / totalWeight;
    out.push(...drawBars(panel, { x: barsLeft, y, width: CHART_WIDTH - PAD - barsLeft, height }, theme));
    y += height + gap;
  });

  const family = escapeXml(CHART_FONT_FAMILY);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${family}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/** The chart as PNG bytes; only the bundled DejaVu files are used, so output does not depend on the machine's fonts. */
export function renderChartPng(spec: ChartSpec, theme: ChartTheme = DARK_THEME): Buffer {
  return rasterizeSvg(renderChartSvg(spec, theme));
}

/** How every chart is rasterised: the bundled fonts only, at its own size. */
const RASTER_OPTIONS = {
  font: {
    loadSystemFonts: false,
    fontFiles: [CHART_FONT_FILES.regular, CHART_FONT_FILES.bold],
    defaultFontFamily: CHART_FONT_FAMILY,
    sansSerifFamily: CHART_FONT_FAMILY,
  },
  fitTo: { mode: 'original' },
  shapeRendering: 2,
  textRendering: 1,
  logLevel: 'off',
} satisfies Resvg.ResvgRenderOptions;

type ResvgModule = typeof Resvg;
let resvgModule: ResvgModule | undefined;

/**
 * resvg, loaded on the first chart drawn: its native library and bindings cost a process ~4.6 MiB of memory, and a
 * bot that is never asked for a chart (most of them, most of the time) need not hold them.
 */
function resvg(): ResvgModule {
  resvgModule ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  return resvgModule;
}

/** Whether resvg has been loaded in this process (tests: a process that draws no chart does not load it). */
export function resvgLoaded(): boolean {
  return resvgModule !== undefined;
}

/** Any chart SVG of this module's style (the /insights chart too) as PNG bytes, with the bundled fonts only. */
export function rasterizeSvg(svg: string): Buffer {
  return new (resvg().Resvg)(svg, RASTER_OPTIONS).render().asPng();
}

/**
 * The same PNG, with the SVG parsed, laid out and drawn on libuv's thread pool: this thread is free meanwhile (for
 * other requests, or the store's queries of the same request); only the PNG encoding runs here.
 */
export async function rasterizeSvgOffThread(svg: string): Promise<Buffer> {
  return (await resvg().renderAsync(svg, RASTER_OPTIONS)).asPng();
}

/** A line of text in this module's style: what a `<text>` element at (0, 0) would say. */
export interface TextLabel {
  readonly content: string;
  readonly size: number;
  readonly fill: string;
  readonly bold?: boolean;
  readonly anchor?: 'middle' | 'end';
}

/** The attributes of a label's `<text>` element after x and y (the same markup with or without paths). */
export function labelAttributes(label: TextLabel): string {
  const weight = label.bold ? ' font-weight="bold"' : '';
  const anchor = label.anchor ? ` text-anchor="${label.anchor}"` : '';
  return `font-size="${label.size}" fill="${label.fill}"${weight}${anchor}`;
}

/** Labels laid out so far, as paths; cleared when full (a chart's labels recur: days, ticks, titles). */
const laidOut = new Map<string, string>();
const LAID_OUT_MAX = 4096;

/**
 * Each label's glyphs as SVG paths around its anchor at (0, 0). Drawing text costs resvg more than the rest of an
 * /insights chart (the fonts loaded and every string shaped on each render: 81-104 ms against 45 ms without it,
 * measured): the labels not seen before are laid out together in one pass, with the bundled fonts, and kept.
 */
export function labelPaths(labels: readonly TextLabel[]): string[] {
  const key = (label: TextLabel) => `${labelAttributes(label)}|${label.content}`;
  const missing = [...new Map(labels.filter((l) => !laidOut.has(key(l))).map((l) => [key(l), l])).values()];
  if (missing.length > 0) {
    if (laidOut.size + missing.length > LAID_OUT_MAX) laidOut.clear();
    const groups = missing.map(
      (label, i) => `<g id="label-${i}"><text ${labelAttributes(label)}>${escapeXml(label.content)}</text></g>`,
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" font-family="${escapeXml(CHART_FONT_FAMILY)}">${groups.join('')}</svg>`;
    // resvg's own SVG output has every text converted to paths, each label in its group, in order.
    const simplified = new (resvg().Resvg)(svg, RASTER_OPTIONS).toString();
    const parts = simplified.split(/<g id="label-\d+">/).slice(1);
    if (parts.length !== missing.length) throw new Error(`laid out ${parts.length} of ${missing.length} labels`);
    missing.forEach((label, i) => laidOut.set(key(label), (parts[i]?.match(/<path [^>]*\/>/g) ?? []).join('')));
  }
  return labels.map((label) => laidOut.get(key(label)) ?? '');
}
