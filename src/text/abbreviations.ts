// Expands the chat abbreviations of src/text/words/abbreviations.ts in a question's folded tokens.
import { ENGLISH_EXPANSIONS, VIETNAMESE_EXPANSIONS } from './words/abbreviations.js';

// A Map, not an object: a typed word such as "constructor" must not reach Object.prototype.
const EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(VIETNAMESE_EXPANSIONS),
  ...Object.entries(ENGLISH_EXPANSIONS),
]);

/** Replaces abbreviated tokens (folded) by their full words; other tokens are kept. */
export function expandAbbreviations(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => {
    const expansion = EXPANSIONS.get(token);
    return expansion ? expansion.split(' ') : [token];
  });
}
