// resvg (its native library, ~4.6 MiB of a process's memory) is loaded when the first chart is drawn, not when the
// commands are loaded: a bot that is never asked for a chart does not hold it (README, Operations: process memory).
import { describe, expect, it } from 'vitest';
import { ChartCatalogue, listCharts } from '../../src/charts/catalogue.js';
import { chartImage } from '../../src/charts/message.js';
import { resvgLoaded } from '../../src/charts/render.js';
import { getCommandRegistry } from '../../src/interactions/registry.js';
import { articleKnowledge } from './knowledge.js';

describe('resvg, loaded on first use', () => {
  it('is not loaded with the commands, and is once a chart is drawn', async () => {
    const registry = await getCommandRegistry();
    expect(registry.commands.length).toBeGreaterThan(0);
    expect(resvgLoaded()).toBe(false);
    const catalogue = new ChartCatalogue(articleKnowledge());
    const chart = listCharts(catalogue)[0];
    if (!chart) throw new Error('the article has no chart');
    const { png } = chartImage(catalogue, chart.id, 'en');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(resvgLoaded()).toBe(true);
  });
});
