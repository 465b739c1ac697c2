// Chart images: valid 1000×560 PNGs with real content, identical bytes for identical input, every glyph in the font.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILY, CHART_FONT_FILES, fontMetrics } from '../../src/charts/fonts.js';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  DARK_THEME,
  LIGHT_THEME,
  renderChartPng,
  renderChartSvg,
  type ChartTheme,
} from '../../src/charts/render.js';
import {
  buildChartSpec,
  type BarsPanel,
  type ChartSpec,
  type ChartValue,
  type StatPanel,
} from '../../src/charts/spec.js';
import { ChartCatalogue, listCharts } from '../../src/charts/catalogue.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { articleKnowledge } from './knowledge.js';
import { decodePng, pngChunks } from './png.js';
import type { Lang } from '../../src/text/lang.js';

const kb = articleKnowledge();
const catalogue = new ChartCatalogue(kb);
const LANGS: readonly Lang[] = ['en', 'vi'];
const charts = listCharts(catalogue);

/** A PNG of nothing but the background, rendered the same way: what an empty chart would weigh. */
function blankPng(theme: ChartTheme): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}"><rect width="100%" height="100%" fill="${theme.background}"/></svg>`;
  return new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [CHART_FONT_FILES.regular], defaultFontFamily: CHART_FONT_FAMILY },
  })
    .render()
    .asPng();
}

function hex(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** WCAG relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = hex(color).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface SvgText {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  readonly anchor: string;
  readonly content: string;
}

function svgTexts(svg: string): SvgText[] {
  const texts: SvgText[] = [];
  for (const match of svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = match[1] ?? '';
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
    texts.push({
      x: Number(attr('x')),
      y: Number(attr('y')),
      size: Number(attr('font-size')),
      bold: attr('font-weight') === 'bold',
      anchor: attr('text-anchor') ?? 'start',
      content: unescapeXml(match[2] ?? ''),
    });
  }
  return texts;
}

describe.each(charts.map((chart) => chart.id))('chart %s', (chartId) => {
  for (const lang of LANGS) {
    const spec: ChartSpec = buildChartSpec(catalogue, chartId, lang);
    const png = renderChartPng(spec);

    it(`${lang}: is a valid ${CHART_WIDTH}×${CHART_HEIGHT} PNG`, () => {
      const chunks = pngChunks(png);
      expect(chunks[0]?.type).toBe('IHDR');
      expect(chunks.at(-1)?.type).toBe('IEND');
      expect(chunks[0]?.data.readUInt32BE(0)).toBe(CHART_WIDTH);
      expect(chunks[0]?.data.readUInt32BE(4)).toBe(CHART_HEIGHT);
      const image = decodePng(png);
      expect([image.width, image.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    });

    it(`${lang}: has real content on an opaque card`, () => {
      const { pixels } = decodePng(png);
      const background = hex(DARK_THEME.background);
      const colours = new Set<number>();
      let opaque = 0;
      let painted = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        colours.add(pixels.readUInt32BE(i));
        if (pixels[i + 3] === 255) opaque += 1;
        if (
          Math.abs(pixels[i]! - background[0]) +
            Math.abs(pixels[i + 1]! - background[1]) +
            Math.abs(pixels[i + 2]! - background[2]) >
          30
        )
          painted += 1;
      }
      const total = pixels.length / 4;
      expect(opaque).toBe(total);
      expect(colours.size).toBeGreaterThan(40);
      expect(painted / total).toBeGreaterThan(0.08);
      expect(png.length).toBeGreaterThan(blankPng(DARK_THEME).length * 5);
    });

    it(`${lang}: gives identical bytes for identical input`, () => {
      expect(renderChartPng(buildChartSpec(catalogue, chartId, lang)).equals(png)).toBe(true);
      expect(renderChartSvg(spec)).toBe(renderChartSvg(buildChartSpec(catalogue, chartId, lang)));
    });

    it(`${lang}: draws every text with glyphs the font has, inside the image`, () => {
      const svg = renderChartSvg(spec);
      const texts = svgTexts(svg);
      expect(texts.length).toBeGreaterThan(8);
      for (const text of texts) {
        const metrics = fontMetrics(text.bold ? 'bold' : 'regular');
        expect(metrics.missingGlyphs(text.content), text.content).toEqual([]);
        const width = metrics.measure(text.content, text.size);
        const left = text.anchor === 'end' ? text.x - width : text.anchor === 'middle' ? text.x - width / 2 : text.x;
        expect(left, text.content).toBeGreaterThanOrEqual(0);
        expect(left + width, text.content).toBeLessThanOrEqual(CHART_WIDTH);
        expect(text.y - text.size, text.content).toBeGreaterThanOrEqual(0);
        expect(text.y, text.content).toBeLessThanOrEqual(CHART_HEIGHT);
      }
      // The title is drawn whole and the figures' labels and values appear (wrapped lines joined back).
      const drawn = texts
        .map((t) => t.content)
        .join(' ')
        .replace(/\u00a0/g, ' ');
      expect(drawn).toContain(spec.title);
      for (const value of spec.values) expect(drawn).toContain(value.text.replace(/\u00a0/g, ' '));
    });
  }

  it('differs between English and Vietnamese', () => {
    expect(
      renderChartPng(buildChartSpec(catalogue, chartId, 'en')).equals(
        renderChartPng(buildChartSpec(catalogue, chartId, 'vi')),
      ),
    ).toBe(false);
  });
});

describe('chart rendering', () => {
  it('draws Vietnamese diacritics from the bundled font', () => {
    const svg = renderChartSvg(buildChartSpec(catalogue, 'openai-2024', 'vi'));
    const drawn = svgTexts(svg)
      .map((t) => t.content)
      .join(' ');
    expect(drawn).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u);
    expect(svg).toContain(`font-family="${CHART_FONT_FAMILY}"`);
    expect(fontMetrics('regular').missingGlyphs('ăâđêôơư ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ ¶…–')).toEqual(
      [],
    );
  });

  it('gives the same bytes in a fresh process', () => {
    const script = path.join(PROJECT_ROOT, 'tests', 'charts', 'render-in-child.ts');
    const child = execFileSync(process.execPath, ['--import', 'tsx', script, 'openai-2024', 'vi'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    const here = createHash('sha256')
      .update(renderChartPng(buildChartSpec(catalogue, 'openai-2024', 'vi')))
      .digest('hex');
    expect(child.trim()).toBe(here);
  });

  it('keeps text readable on both themes (WCAG contrast)', () => {
    for (const theme of [DARK_THEME, LIGHT_THEME]) {
      expect(contrast(theme.text, theme.background)).toBeGreaterThanOrEqual(7);
      expect(contrast(theme.text, theme.surface)).toBeGreaterThanOrEqual(7);
      expect(contrast(theme.muted, theme.background)).toBeGreaterThanOrEqual(4.5);
      for (const color of [...theme.palette, ...Object.values(theme.tones)])
        expect(contrast(color, theme.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('cuts a label too long for its tile with an ellipsis, even when the tile has room for one line only', () => {
    const long = 'a label far too long for one line of a small tile beside the bars, so it has to be cut';
    const value = (i: number, label: string): ChartValue => ({
      factId: `f${i}`,
      figureIndex: 0,
      paragraph: i,
      subject: 's',
      subjectName: 'S',
      label,
      value: i,
      absolute: i,
      text: `${i}%`,
      color: 'palette-0',
    });
    // Three tiles in the column beside a bars panel: each is too short for a second label line.
    const stats = [1, 2, 3].map((i): StatPanel => ({ kind: 'stat', measure: `m${i}`, stat: value(i, long) }));
    const bars: BarsPanel = {
      kind: 'bars',
      measure: 'percent',
      axis: {
        max: 100,
        ticks: [
          { absolute: 0, label: '0%' },
          { absolute: 100, label: '100%' },
        ],
      },
      bars: [value(4, 'one'), value(5, 'two')],
      references: [],
      notes: [],
    };
    const spec: ChartSpec = {
      id: 'tiles',
      lang: 'en',
      title: 'Tiles',
      subtitle: '¶1',
      panels: [...stats, bars],
      legend: [],
      source: 'Source',
      paragraphs: [1],
      values: [],
      description: '',
    };
    const labelLines = svgTexts(renderChartSvg(spec)).filter(
      (t) => t.content.length > 3 && long.startsWith(t.content.replace(/…$/, '')),
    );
    expect(labelLines.map((t) => t.content)).toHaveLength(3);
    for (const line of labelLines) expect(line.content.endsWith('…'), line.content).toBe(true);
  });

  it('renders the light theme on its own background', () => {
    const spec = buildChartSpec(catalogue, 'nvidia-market-share', 'en');
    const { pixels } = decodePng(renderChartPng(spec, LIGHT_THEME));
    const corner = CHART_WIDTH * (CHART_HEIGHT - 1) * 4;
    expect([pixels[corner], pixels[corner + 1], pixels[corner + 2]]).toEqual(hex(LIGHT_THEME.background));
  });
});
