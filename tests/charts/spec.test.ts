// Chart specs: every number comes from the knowledge base's figures, and each chart shows what it is meant to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureOf } from '../../src/charts/format.js';
import { formatFigureLabel } from '../../src/text/figure-format.js';
import { buildChartSpec, UnknownChartError, type ChartSpec, type ChartValue } from '../../src/charts/spec.js';
import { ChartCatalogue, chartForSubject, findCharts, listCharts } from '../../src/charts/catalogue.js';
import type { Figure, KnowledgeBase } from '../../src/knowledge/schema.js';
import { FIXTURE_FACTS, fixtureKnowledgeBase } from './fixture-kb.js';
import { articleKnowledge, miniArticleKnowledge } from './knowledge.js';
import type { Lang } from '../../src/text/lang.js';

const LANGS: readonly Lang[] = ['en', 'vi'];
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

function figureAt(kb: KnowledgeBase, value: ChartValue): Figure {
  const figure = kb.factsById.get(value.factId)?.figures[value.figureIndex];
  if (!figure) throw new Error(`no figure ${value.factId}#${value.figureIndex}`);
  return figure;
}

/** The same identity the chart uses to show a number once: subject, measure, scale and value. */
const key = (f: Figure) => [f.subject, measureOf(f), f.scale ?? '', f.value, f.valueMax ?? ''].join('|');

function absolutes(spec: ChartSpec, role?: 'bars' | 'references' | 'notes' | 'stat'): number[] {
  return spec.panels
    .flatMap((panel) => {
      if (panel.kind === 'stat') return role === undefined || role === 'stat' ? [panel.stat] : [];
      if (role === 'stat') return [];
      return role ? panel[role] : [...panel.bars, ...panel.references, ...panel.notes];
    })
    .map((v) => v.absolute)
    .sort((a, b) => a - b);
}

describe('charts of the article', () => {
  const kb = articleKnowledge();
  const catalogue = new ChartCatalogue(kb);

  it('lists every defined chart: the knowledge base has figures for each', () => {
    expect(listCharts(catalogue).map((chart) => chart.id)).toEqual(
      articleKnowledge().charts.map((definition) => definition.id),
    );
  });

  for (const definition of articleKnowledge().charts) {
    for (const lang of LANGS) {
      describe(`${definition.id} (${lang})`, () => {
        const spec = buildChartSpec(catalogue, definition.id, lang);

        it('takes every value, label and paragraph from the knowledge base figure it names', () => {
          expect(spec.values.length).toBeGreaterThan(0);
          for (const value of spec.values) {
            const figure = figureAt(kb, value);
            expect(definition.series).toContain(figure.series);
            expect(value.value).toBe(figure.value);
            expect(value.valueMax).toBe(figure.valueMax);
            expect(value.subject).toBe(figure.subject);
            const standalone = spec.panels.some((panel) =>
              panel.kind === 'stat' ? panel.stat === value : panel.notes.includes(value),
            );
            expect(value.text).toBe(formatFigureLabel(figure, lang, { withPeriod: standalone }));
            expect(value.label.toLocaleLowerCase()).toBe(figure.label[lang].toLocaleLowerCase());
            expect(value.paragraph).toBe(kb.factsById.get(value.factId)?.paragraph);
          }
        });

        it('shows every figure of its series exactly once', () => {
          const expected = new Set(
            kb.facts.flatMap((fact) =>
              fact.figures.filter((f) => f.series && definition.series.includes(f.series)).map(key),
            ),
          );
          const shown = spec.values.map((value) => key(figureAt(kb, value)));
          expect(new Set(shown).size).toBe(shown.length);
          expect(new Set(shown)).toEqual(expected);
        });

        it('never puts two units on one axis, and every bar fits its axis', () => {
          for (const panel of spec.panels) {
            const values = panel.kind === 'stat' ? [panel.stat] : [...panel.bars, ...panel.references, ...panel.notes];
            for (const value of values) expect(measureOf(figureAt(kb, value))).toBe(panel.measure);
            if (panel.kind !== 'bars') continue;
            expect(panel.axis.ticks[0]?.absolute).toBe(0);
            expect(panel.axis.ticks.at(-1)?.absolute).toBe(panel.axis.max);
            for (const value of [...panel.bars, ...panel.references])
              expect(value.absoluteMax ?? value.absolute).toBeLessThanOrEqual(panel.axis.max);
          }
        });

        it('cites its paragraphs and the source', () => {
          for (const paragraph of new Set(spec.values.map((v) => v.paragraph)))
            expect(spec.subtitle).toContain(`¶${paragraph}`);
          expect(spec.source).toContain(
            `${kb.meta.origin.republishedBy.name} / ${kb.meta.origin.platform.name}, ${kb.meta.date}`,
          );
          expect(spec.description).toContain(spec.title);
        });

        if (lang === 'vi') {
          it('is written in Vietnamese with its diacritics', () => {
            expect(spec.title).toMatch(VIETNAMESE_LETTER);
            expect(spec.values.some((value) => VIETNAMESE_LETTER.test(value.label))).toBe(true);
            expect(spec.source.startsWith('Nguồn')).toBe(true);
          });
        }
      });
    }
  }

  it("draws OpenAI's costs, their total as the stack of its parts, and the loss in the loss colour", () => {
    const spec = buildChartSpec(catalogue, 'openai-2024', 'en');
    expect(absolutes(spec)).toEqual([1.5e9, 3e9, 4e9, 5e9, 8.5e9]);
    const panel = spec.panels[0];
    expect(panel?.kind).toBe('bars');
    if (panel?.kind !== 'bars') return;
    const total = panel.bars.find((bar) => bar.absolute === 8.5e9);
    expect(total?.segments?.map((s) => s.absolute)).toEqual([4e9, 3e9, 1.5e9]);
    expect(panel.bars.find((bar) => bar.absolute === 5e9)?.color).toBe('loss');
  });

  it('draws big tech spending against revenue, with Cahn’s $600B as a note off the scale', () => {
    const spec = buildChartSpec(catalogue, 'ai-spend-vs-revenue', 'en');
    expect(absolutes(spec, 'bars')).toEqual([20e9, 60e9]);
    expect(absolutes(spec, 'notes')).toEqual([600e9]);
    expect(spec.values.find((v) => v.absolute === 60e9)?.text).toBe('$60B');
    expect(spec.values.find((v) => v.absolute === 600e9)?.text).toBe('$600B/yr');
  });

  it("draws Nvidia's shares with Norvig's 50% line", () => {
    const spec = buildChartSpec(catalogue, 'nvidia-market-share', 'en');
    expect(absolutes(spec, 'bars')).toEqual([82, 95]);
    expect(absolutes(spec, 'references')).toEqual([50]);
  });

  it("puts Cisco's market value apart from the market shares, beside Nvidia's", () => {
    const spec = buildChartSpec(catalogue, 'cisco-2000', 'en');
    expect(absolutes(spec, 'stat')).toEqual([555e9]);
    expect(absolutes(spec, 'bars')).toEqual([70, 82, 85, 95]);
    expect(spec.legend).toHaveLength(2);
  });

  it("shows Goldman's three forecasts as separate numbers, since their units differ", () => {
    const spec = buildChartSpec(catalogue, 'goldman-forecasts', 'en');
    expect(spec.panels.map((panel) => panel.kind)).toEqual(['stat', 'stat', 'stat']);
    expect(absolutes(spec)).toEqual([7, 300e6, 1e12]);
  });

  it('finds charts by id, name, alias, title word, Vietnamese and a typo', () => {
    const first = (query: string) => findCharts(catalogue, query)[0]?.id;
    expect(first('openai-2024')).toBe('openai-2024');
    expect(first('openai')).toBe('openai-2024');
    expect(first('OpenAI costs')).toBe('openai-2024');
    expect(first('nvidia')).toBe('nvidia-market-share');
    expect(first('nvdia')).toBe('nvidia-market-share');
    expect(first('cisco')).toBe('cisco-2000');
    expect(first('goldman')).toBe('goldman-forecasts');
    expect(first('big tech')).toBe('ai-spend-vs-revenue');
    expect(first('spend')).toBe('ai-spend-vs-revenue');
    expect(first('chi tiêu')).toBe('ai-spend-vs-revenue');
    expect(first('chi tieu')).toBe('ai-spend-vs-revenue');
    expect(first('norvig')).toBe('nvidia-market-share');
    expect(findCharts(catalogue, 'quantum blockchain')).toEqual([]);
    expect(findCharts(catalogue, ' -?! ')).toEqual([]);
    expect(findCharts(catalogue, '\u200b\u0000')).toEqual([]);
    expect(findCharts(catalogue, '').map((chart) => chart.id)).toEqual(
      articleKnowledge().charts.map((definition) => definition.id),
    );
  });

  it('matches any text without throwing, returning only known charts', () => {
    const ids = new Set(articleKnowledge().charts.map((definition) => definition.id));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 3000 }),
        ),
        (query) => {
          const found = findCharts(catalogue, query);
          expect(found.every((chart) => ids.has(chart.id))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the chart that shows an entity, for /figure to attach', () => {
    const subjectOf = (chartId: string) => listCharts(catalogue).find((chart) => chart.id === chartId)?.subjects[0];
    for (const chartId of ['openai-2024', 'nvidia-market-share', 'goldman-forecasts']) {
      const subject = subjectOf(chartId);
      expect(subject).toBeDefined();
      expect(chartForSubject(catalogue, subject ?? '')).toBe(chartId);
    }
    expect(chartForSubject(catalogue, 'no-such-entity')).toBeUndefined();
  });

  it('throws for an unknown chart id', () => {
    expect(() => buildChartSpec(catalogue, 'no-such-chart', 'en')).toThrow(UnknownChartError);
  });
});

describe('chart rules on other data', () => {
  it('has no chart for an article without chart series', () => {
    const mini = miniArticleKnowledge();
    expect(listCharts(new ChartCatalogue(mini))).toEqual([]);
    expect(findCharts(new ChartCatalogue(mini), 'openai')).toEqual([]);
  });

  it('shows a number quoted by two facts once, cited from the fact about it alone', () => {
    const spec = buildChartSpec(new ChartCatalogue(fixtureKnowledgeBase()), 'openai-2024', 'en');
    const fours = spec.values.filter((value) => value.absolute === 4e9);
    expect(fours.map((value) => value.factId)).toEqual(['openai-inference-cost']);
  });

  it('draws a total as a plain bar when its parts do not add up to it', () => {
    const facts = FIXTURE_FACTS.map((fact) =>
      fact.id === 'openai-training-cost'
        ? { ...fact, figures: fact.figures.map((figure) => ({ ...figure, value: 2.5 })) }
        : fact,
    );
    const spec = buildChartSpec(new ChartCatalogue(fixtureKnowledgeBase(facts)), 'openai-2024', 'en');
    const panel = spec.panels[0];
    expect(panel?.kind === 'bars' && panel.bars.every((bar) => bar.segments === undefined)).toBe(true);
  });

  it('leaves out a chart whose series is missing, and takes new numbers from the data', () => {
    const facts = FIXTURE_FACTS.filter(
      (fact) => !fact.figures.some((figure) => figure.series === 'goldman-forecasts'),
    ).map((fact) =>
      fact.id === 'nvidia-95-percent-training'
        ? { ...fact, figures: fact.figures.map((figure) => ({ ...figure, value: 91 })) }
        : fact,
    );
    const kb = fixtureKnowledgeBase(facts);
    expect(listCharts(new ChartCatalogue(kb)).map((chart) => chart.id)).not.toContain('goldman-forecasts');
    expect(
      buildChartSpec(new ChartCatalogue(kb), 'nvidia-market-share', 'en').values.map((value) => value.text),
    ).toContain('91%');
  });

  it('writes no number into the chart definitions: only ids, which name knowledge entries, contain digits', () => {
    const withoutIds = JSON.stringify(articleKnowledge().charts).replace(/"[a-z0-9]+(?:-[a-z0-9]+)*"/g, '""');
    expect(withoutIds).not.toMatch(/\d/);
  });
});
