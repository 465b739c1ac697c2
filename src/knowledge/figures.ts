// Checks that a structured figure is really written in its quote (5 tỷ = 5 billion, 8,5 = 8.5, 82 % = 82%).
import type { Figure } from './schema.js';
import { MONTHS_EN } from '../text/figure-format.js';
import { collapseWhitespace } from '../text/normalize.js';

const SCALE_WORDS: Record<NonNullable<Figure['scale']>, string> = {
  million: 'triệu',
  billion: 'tỷ',
  trillion: 'nghìn tỷ',
};

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ways a number can be written in the Vietnamese text: decimal comma or point. */
function numberPatterns(value: number): string[] {
  const plain = String(value);
  return [...new Set([plain, plain.replace('.', ',')])].map(escapeRegExp);
}

function numberRegex(value: number, suffix: string): RegExp {
  return new RegExp(`(?<![\\d.,])(?:${numberPatterns(value).join('|')})${suffix}`, 'u');
}

/** Returns why the figure does not appear in the quote, or undefined when it does. */
export function figureMismatch(figure: Figure, quote: string): string | undefined {
  const haystack = collapseWhitespace(quote);
  if (figure.unit === 'date') {
    if (!figure.date) return 'a figure with unit "date" needs a "date" (YYYY-MM-DD)';
    const [year, month, day] = figure.date.split('-').map(Number) as [number, number, number];
    if (figure.value !== year) return `a date figure's value must be its year (${year}), not ${figure.value}`;
    const written = new RegExp(`ngày\\s+${day}\\s+tháng\\s+${month}\\s+năm\\s+${year}`, 'u');
    if (!written.test(haystack))
      return `date ${figure.date} is not written in the quote as "ngày ${day} tháng ${month} năm ${year}"`;
    return undefined;
  }
  let suffix = '(?![\\d.,]?\\d)';
  if (figure.scale) suffix = `\\s*${escapeRegExp(SCALE_WORDS[figure.scale])}`;
  else if (figure.unit === 'percent') suffix = '\\s*%';
  const values = figure.valueMax === undefined ? [figure.value] : [figure.value, figure.valueMax];
  for (const value of values) {
    const pattern = figure.valueMax !== undefined && value === figure.value ? '(?![\\d.,]?\\d)' : suffix;
    if (!numberRegex(value, pattern).test(haystack)) {
      const scaleWord = figure.scale ? ` ${SCALE_WORDS[figure.scale]}` : figure.unit === 'percent' ? '%' : '';
      return `number ${value}${scaleWord} does not appear in the quote`;
    }
  }
  return undefined;
}

/** How a figure is written in English: "$5 billion", "8.5", "82%", "300 million", "30 November 2022". */
export function englishFigure(figure: Figure): string {
  if (figure.unit === 'date' && figure.date) {
    const [year, month, day] = figure.date.split('-').map(Number) as [number, number, number];
    return `${day} ${MONTHS_EN[month - 1] ?? ''} ${year}`;
  }
  const numbers = figure.valueMax === undefined ? `${figure.value}` : `${figure.value} to ${figure.valueMax}`;
  if (figure.unit === 'percent') return `${numbers}%`;
  const scaled = figure.scale ? `${numbers} ${figure.scale}` : numbers;
  return figure.currency === 'USD' ? `$${scaled}` : scaled;
}

/**
 * Returns why the figure is not written in English form in `text` (an English rendering), or undefined when it
 * is: currency with its scale as "$5 billion", percent as "82%", a decimal with a point ("8.5"), a date as
 * "30 November 2022" or "November 30, 2022", a range as "10 to 15".
 */
export function englishFigureMismatch(figure: Figure, text: string): string | undefined {
  const haystack = collapseWhitespace(text);
  const expected = englishFigure(figure);
  if (figure.unit === 'date' && figure.date) {
    const [year, month, day] = figure.date.split('-').map(Number) as [number, number, number];
    const name = MONTHS_EN[month - 1] ?? '';
    const written = new RegExp(`\\b(?:${day} ${name},? ${year}|${name} ${day}, ${year})\\b`, 'u');
    return written.test(haystack) ? undefined : `date "${expected}" is not written in the rendering`;
  }
  const bounded = `(?<![\\d.,])${escapeRegExp(expected)}(?![\\d]|[.,]\\d)`;
  return new RegExp(bounded, 'u').test(haystack) ? undefined : `figure "${expected}" is not written in the rendering`;
}

/** Every number written in an English text ("$8.5 billion" → 8.5, "82%" → 82, "1990s" → 1990). */
export function englishNumbers(text: string): number[] {
  return [...text.matchAll(/(?<![\d.])\d+(?:\.\d+)?/gu)].map((m) => Number(m[0]));
}
