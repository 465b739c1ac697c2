// Checks that a structured figure is really written in its quote (5 tỷ = 5 billion, 8,5 = 8.5, 82 % = 82%).
import type { Figure } from './schema.js';
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
