// Unit tests for the figure-in-quote check (tỷ = billion, triệu = million, nghìn tỷ = trillion, "8,5" = 8.5).
import { describe, expect, it } from 'vitest';
import { figureMismatch } from '../../src/knowledge/figures.js';
import type { Figure } from '../../src/knowledge/schema.js';

const figure = (over: Partial<Figure>): Figure => ({
  value: 1,
  unit: 'currency',
  bound: 'exact',
  subject: 'x',
  label: { en: 'x', vi: 'x' },
  ...over,
});

describe('figureMismatch', () => {
  it('accepts a decimal comma with its scale word', () => {
    expect(figureMismatch(figure({ value: 8.5, scale: 'billion' }), 'có thể lên tới 8,5 tỷ đô la Mỹ')).toBeUndefined();
  });
  it('does not take the 5 of "1,5 tỷ" for 5 billion', () => {
    expect(figureMismatch(figure({ value: 5, scale: 'billion' }), '1,5 tỷ đô la Mỹ chi phí lao động')).toMatch(
      /5 tỷ does not appear/,
    );
  });
  it('tells million from billion', () => {
    expect(figureMismatch(figure({ value: 600, scale: 'million' }), 'lên tới 600 triệu USD')).toBeUndefined();
    expect(figureMismatch(figure({ value: 600, scale: 'billion' }), 'lên tới 600 triệu USD')).toMatch(/600 tỷ/);
  });
  it('reads "nghìn tỷ" as trillion and not as billion', () => {
    expect(figureMismatch(figure({ value: 1, scale: 'trillion' }), 'sẽ vượt quá 1 nghìn tỷ USD')).toBeUndefined();
    expect(figureMismatch(figure({ value: 1, scale: 'billion' }), 'sẽ vượt quá 1 nghìn tỷ USD')).toBeDefined();
  });
  it('accepts percentages with or without a space before %', () => {
    expect(figureMismatch(figure({ value: 82, unit: 'percent' }), 'NVIDIA chiếm 82 % thị trường')).toBeUndefined();
    expect(figureMismatch(figure({ value: 600, unit: 'percent' }), 'đã tăng hơn 600%, bỏ xa')).toBeUndefined();
    expect(figureMismatch(figure({ value: 60, unit: 'percent' }), 'đã tăng hơn 600%, bỏ xa')).toBeDefined();
  });
  it('checks both ends of a range', () => {
    const range = figure({ value: 10, valueMax: 15, unit: 'years' });
    expect(figureMismatch(range, 'trong 10 đến 15 năm tới')).toBeUndefined();
    expect(figureMismatch(range, 'trong 10 đến 20 năm tới')).toMatch(/15/);
  });
  it('checks a date written the Vietnamese way', () => {
    const date = figure({ value: 2022, unit: 'date', date: '2022-11-30' });
    expect(figureMismatch(date, 'Vào ngày 30 tháng 11 năm 2022, sự xuất hiện')).toBeUndefined();
    expect(figureMismatch(date, 'Vào ngày 1 tháng 12 năm 2022')).toMatch(/2022-11-30/);
    expect(figureMismatch({ ...date, value: 2023 }, 'Vào ngày 30 tháng 11 năm 2022')).toMatch(/must be its year/);
  });
});
