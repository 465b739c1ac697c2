// Renders one chart in a fresh process and prints the PNG's SHA-256 (the determinism test compares it across processes).
import { ChartCatalogue } from '../../src/charts/catalogue.js';
import { createHash } from 'node:crypto';
import { renderChartPng } from '../../src/charts/render.js';
import { buildChartSpec } from '../../src/charts/spec.js';
import { articleKnowledge } from './knowledge.js';

const [chartId = '', lang = 'en'] = process.argv.slice(2);
const png = renderChartPng(
  buildChartSpec(new ChartCatalogue(articleKnowledge()), chartId, lang === 'vi' ? 'vi' : 'en'),
);
process.stdout.write(createHash('sha256').update(png).digest('hex'));
