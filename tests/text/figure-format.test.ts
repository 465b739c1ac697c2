// Figures written as words: currency with scale, percent, bounds, periods, ranges and dates, in English and Vietnamese.
import { expect, test } from 'vitest';
import type { Figure } from '../../src/knowledge/schema.js';
import { formatFigure, formatFigureLabel, periodPhrase } from '../../src/text/figure-format.js';
import { LANGS } from '../../src/text/lang.js';

const base = { subject: 'x', label: { en: 'l', vi: 'l' }, bound: 'exact' } as const;
const figure = (extra: Partial<Figure>): Figure => ({ ...base, value: 1, unit: 'currency', ...extra });

test.each([
  [figure({ value: 8.5, scale: 'billion', currency: 'USD' }), '$8.5 billion', '8,5 tỷ USD'],
  [
    figure({ value: 12, scale: 'billion', currency: 'USD', period: 'quarter' }),
    '$12 billion a quarter',
    '12 tỷ USD mỗi quý',
  ],
  [
    figure({ value: 1, scale: 'trillion', currency: 'USD', bound: 'more-than' }),
    'more than $1 trillion',
    'hơn 1 nghìn tỷ USD',
  ],
  [figure({ value: 82, unit: 'percent' }), '82%', '82%'],
  [figure({ value: 70, unit: 'percent', bound: 'nearly' }), 'nearly 70%', 'gần 70%'],
  [figure({ value: 600, unit: 'days', bound: 'more-than' }), 'more than 600 days', 'hơn 600 ngày'],
  [figure({ value: 10, valueMax: 15, unit: 'years' }), '10–15 years', '10–15 năm'],
  [figure({ value: 300, scale: 'million', unit: 'jobs' }), '300 million jobs', '300 triệu việc làm'],
  [figure({ value: 2022, unit: 'date', date: '2022-11-30' }), '30 November 2022', 'ngày 30 tháng 11 năm 2022'],
  [figure({ value: 2026, unit: 'year' }), '2026', '2026'],
])('%o', (input, en, vi) => {
  expect(formatFigure(input, 'en')).toBe(en);
  expect(formatFigure(input, 'vi')).toBe(vi);
});

test('replies and chart labels write a figure with the same words (one table per language)', () => {
  const tenYears = figure({ value: 300, scale: 'million', unit: 'jobs', period: 'ten-years' });
  for (const lang of LANGS) {
    const phrase = periodPhrase(tenYears, lang);
    expect(phrase).toBeDefined();
    expect(formatFigure(tenYears, lang)).toContain(phrase);
    // The label says the same amount; its period is shown apart (periodPhrase), never in other words.
    expect(formatFigureLabel(tenYears, lang).replace(/\u00a0/g, ' ')).toContain(lang === 'en' ? '300M' : '300 triệu');
  }
  expect(periodPhrase(tenYears, 'vi')).toBe('trong 10 năm');
});
