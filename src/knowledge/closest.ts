// The article passage nearest to a quote that is not verbatim, shown as a hint beside the problem.
import type { Paragraph } from './schema.js';
import { normalizeForMatch } from '../text/normalize.js';

export interface Passage {
  readonly paragraph: number;
  readonly text: string;
}

/** Below this trigram overlap the "closest" sentence is unrelated, and a hint would mislead. */
const MIN_SIMILARITY = 0.3;

function trigrams(text: string): Set<string> {
  const folded = ` ${normalizeForMatch(text, Number.POSITIVE_INFINITY)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= folded.length; i += 1) grams.add(folded.slice(i, i + 3));
  return grams;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** The sentence (or run of sentences as long as the quote) of the article most like `quote`. */
export function closestPassage(
  quote: string,
  paragraphs: readonly Pick<Paragraph, 'number' | 'text'>[],
): Passage | undefined {
  const wanted = trigrams(quote);
  let best: (Passage & { score: number }) | undefined;
  for (const paragraph of paragraphs) {
    const sentences = paragraph.text.split(/(?<=[.!?…;])\s+/).filter(Boolean);
    for (let start = 0; start < sentences.length; start += 1) {
      // Grow the run until it is at least as long as the quote, scoring each length on the way.
      for (let end = start + 1; end <= sentences.length; end += 1) {
        const text = sentences.slice(start, end).join(' ');
        const score = dice(wanted, trigrams(text));
        if (!best || score > best.score) best = { paragraph: paragraph.number, text, score };
        if (text.length >= quote.length) break;
      }
    }
  }
  return best && best.score >= MIN_SIMILARITY ? { paragraph: best.paragraph, text: best.text } : undefined;
}
