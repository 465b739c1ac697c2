// Chart bench: per chart and language, the median time to build the spec, draw the SVG and rasterise the PNG, and the PNG's size.
// `--save-examples` also writes the README's example images to docs/charts/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { renderChartPng, renderChartSvg } from '../src/charts/render.js';
import { buildChartSpec } from '../src/charts/spec.js';
import { ChartCatalogue, listCharts } from '../src/charts/catalogue.js';
import { getConfig } from '../src/config.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { Lang } from '../src/text/lang.js';

const RUNS = 15;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The charts shown in the README: one in English, one in Vietnamese. */
const README_EXAMPLES: readonly (readonly [string, Lang])[] = [
  ['openai-2024', 'en'],
  ['cisco-2000', 'vi'],
];
const LANGS: readonly Lang[] = ['en', 'vi'];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

const kb = loadKnowledge(getConfig().knowledgeDir);
const catalogue = new ChartCatalogue(kb);
// The first render also reads the font files and metrics; it is reported apart from the steady state.
const first = listCharts(catalogue)[0];
const [, coldMs] = first ? timed(() => renderChartPng(buildChartSpec(catalogue, first.id, 'en'))) : [undefined, 0];

const rows: string[][] = [];
const totals: number[] = [];
for (const chart of listCharts(catalogue)) {
  for (const lang of LANGS) {
    const spec: number[] = [];
    const svg: number[] = [];
    const png: number[] = [];
    const total: number[] = [];
    let bytes = 0;
    let svgBytes = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const [built, specMs] = timed(() => buildChartSpec(catalogue, chart.id, lang));
      const [drawn, svgMs] = timed(() => renderChartSvg(built));
      const [image, pngMs] = timed(() => renderChartPng(built));
      spec.push(specMs);
      svg.push(svgMs);
      png.push(pngMs);
      total.push(specMs + pngMs);
      bytes = image.length;
      svgBytes = Buffer.byteLength(drawn);
    }
    totals.push(median(total));
    rows.push([
      `${chart.id} (${lang})`,
      median(spec).toFixed(2),
      median(svg).toFixed(2),
      median(png).toFixed(1),
      median(total).toFixed(1),
      (bytes / 1024).toFixed(1),
      (svgBytes / 1024).toFixed(1),
    ]);
  }
}

const header = ['chart', 'spec ms', 'svg ms', 'png ms', 'total ms', 'png KiB', 'svg KiB'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: readonly string[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
console.log(
  `Charts: median of ${RUNS} runs each (png = SVG drawing + resvg rasterising at 1000×560; total = spec + png)`,
);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(`first render in this process (font files loaded): ${coldMs.toFixed(1)} ms`);
console.log(
  `median total over all charts: ${median(totals).toFixed(1)} ms; slowest: ${Math.max(...totals).toFixed(1)} ms`,
);

if (process.argv.includes('--save-examples')) {
  const dir = path.join(root, 'docs', 'charts');
  mkdirSync(dir, { recursive: true });
  for (const [chartId, lang] of README_EXAMPLES) {
    const file = path.join(dir, `${chartId}-${lang}.png`);
    writeFileSync(file, renderChartPng(buildChartSpec(catalogue, chartId, lang)));
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
