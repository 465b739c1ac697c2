// Expands the chat abbreviations of src/text/words/abbreviations.ts in a question's folded tokens.
import { ENGLISH_EXPANSIONS, VIETNAMESE_EXPANSIONS } from './words/abbreviations.js';

// A Map, not an object: a typed word such as "constructor" must not reach Object.prototype. Each expansion's words,
// split once.
const EXPANDED: ReadonlyMap<string, readonly string[]> = new Map(
  [...new Map([...Object.entries(VIETNAMESE_EXPANSIONS), ...Object.entries(ENGLISH_EXPANSIONS)])]
    .filter(([, expansion]) => expansion !== '')
    .map(([abbreviation, expansion]) => [abbreviation, expansion.split(' ')]),
);

/** Replaces abbreviated tokens (folded) by their full words; other tokens are kept. */
export function expandAbbreviations(tokens: readonly string[]): string[] {
  const out: string[] = [];
  tokens.forEach((token, i) => {
    // Right after a number an abbreviation is its scale or unit ("600 mn" is a million), not a chat word.
    const expansion = /^\d/.test(tokens[i - 1] ?? '') ? undefined : EXPANDED.get(token);
    if (expansion) out.push(...expansion);
    else out.push(token);
  });
  return out;
}
