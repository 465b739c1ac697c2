// Chart number formatting in both languages, and the axis steps.
import { describe, expect, it } from 'vitest';
import { absoluteValue, formatTick, niceAxis } from '../../src/charts/format.js';
import { formatFigureLabel, formatNumber } from '../../src/text/figure-format.js';
import { FigureSchema, type Figure } from '../../src/knowledge/schema.js';

const figure = (input: Partial<Figure> & Pick<Figure, 'value' | 'unit'>): Figure =>
  FigureSchema.parse({ subject: 'x', label: { en: 'x', vi: 'x' }, ...input });

/** Spaces of any kind read the same to a person; the formatter binds numbers to scale words with no-break spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatFigureLabel', () => {
  it('writes money with the English short scale and the Vietnamese scale word', () => {
    const cost = figure({ value: 8.5, scale: 'billion', unit: 'currency', currency: 'USD', bound: 'up-to' });
    expect(formatFigureLabel(cost, 'en')).toBe('up to $8.5B');
    expect(plain(formatFigureLabel(cost, 'vi'))).toBe('lên tới 8,5 tỷ USD');
  });

  it('keeps the bound, the period and the trillion scale', () => {
    const spend = figure({ value: 60, scale: 'billion', unit: 'currency', currency: 'USD', period: 'year' });
    expect(formatFigureLabel(spend, 'en')).toBe('$60B/yr');
    expect(plain(formatFigureLabel(spend, 'vi'))).toBe('60 tỷ USD/năm');
    const infrastructure = figure({
      value: 1,
      scale: 'trillion',
      unit: 'currency',
      currency: 'USD',
      bound: 'more-than',
    });
    expect(formatFigureLabel(infrastructure, 'en')).toBe('>$1T');
    expect(plain(formatFigureLabel(infrastructure, 'vi'))).toBe('hơn 1 nghìn tỷ USD');
  });

  it('writes percentages, jobs and ranges', () => {
    expect(formatFigureLabel(figure({ value: 70, unit: 'percent', bound: 'nearly' }), 'en')).toBe('nearly 70%');
    expect(formatFigureLabel(figure({ value: 70, unit: 'percent', bound: 'nearly' }), 'vi')).toBe('gần 70%');
    expect(formatFigureLabel(figure({ value: 300, scale: 'million', unit: 'jobs' }), 'en')).toBe('300M jobs');
    expect(plain(formatFigureLabel(figure({ value: 300, scale: 'million', unit: 'jobs' }), 'vi'))).toBe(
      '300 triệu việc làm',
    );
    expect(formatFigureLabel(figure({ value: 10, valueMax: 15, unit: 'years' }), 'en')).toBe('10–15 years');
    expect(
      formatFigureLabel(figure({ value: 1, valueMax: 2, scale: 'billion', unit: 'currency', currency: 'USD' }), 'en'),
    ).toBe('$1–2B');
  });

  it('never lets a line break split a number from its scale word', () => {
    const text = formatFigureLabel(figure({ value: 1, scale: 'trillion', unit: 'currency', currency: 'USD' }), 'vi');
    expect(text.split(' ')).toEqual(['1\u00a0nghìn\u00a0tỷ', 'USD']);
  });
});

describe('numbers and axes', () => {
  it('uses each language’s separators', () => {
    expect(formatNumber(5000, 'en')).toBe('5,000');
    expect(formatNumber(5000, 'vi')).toBe('5.000');
    expect(formatNumber(1.5, 'vi')).toBe('1,5');
    expect(formatNumber(2.345, 'en')).toBe('2.35');
  });

  it('turns scaled values into plain units', () => {
    expect(absoluteValue({ value: 8.5, scale: 'billion' })).toBe(8.5e9);
    expect(absoluteValue({ value: 82 })).toBe(82);
  });

  it('picks round steps that cover the maximum', () => {
    expect(niceAxis(8.5e9)).toEqual({ max: 1e10, step: 2e9 });
    expect(niceAxis(60)).toEqual({ max: 60, step: 20 });
    expect(niceAxis(0)).toEqual({ max: 1, step: 1 });
    for (const max of [0.3, 7, 13, 99, 555, 1234, 8.5e9]) {
      const axis = niceAxis(max);
      expect(axis.max).toBeGreaterThanOrEqual(max);
      expect(axis.max / axis.step).toBeLessThanOrEqual(5 + 1e-9);
    }
  });

  it('labels ticks in the axis scale', () => {
    expect(formatTick(4e9, 'currency', 'billion', 'en')).toBe('$4B');
    expect(plain(formatTick(4e9, 'currency', 'billion', 'vi'))).toBe('4 tỷ USD');
    expect(formatTick(0, 'currency', 'billion', 'en')).toBe('$0');
    expect(formatTick(50, 'percent', undefined, 'vi')).toBe('50%');
  });
});
