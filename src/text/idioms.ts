// Rewrites the idioms and slang of src/text/words/idioms.ts in a question's folded tokens into the plain words the
// knowledge uses. Looked up per token: only the phrases starting with a token's stem are tried there.
import { mapped } from './packed.js';
import { stemToken } from './stem.js';
import { BEFORE_AMOUNT_IDIOMS, ENGLISH_IDIOMS, VIETNAMESE_IDIOMS } from './words/idioms.js';

interface Idiom {
  readonly stems: readonly string[];
  readonly plain: readonly string[];
}

/** Idioms by the stem of their first word, longest first (a Map: a typed word must not reach Object.prototype). */
const BY_FIRST_STEM: ReadonlyMap<string, readonly Idiom[]> = (() => {
  const map = new Map<string, Idiom[]>();
  for (const [phrase, plain] of [...Object.entries(ENGLISH_IDIOMS), ...Object.entries(VIETNAMESE_IDIOMS)]) {
    const stems = phrase.split(' ').map(stemToken);
    const first = stems[0] ?? '';
    const list = map.get(first) ?? [];
    list.push({ stems, plain: plain.split(' ') });
    list.sort((a, b) => b.stems.length - a.stems.length);
    map.set(first, list);
  }
  return map;
})();

/** The verbs read otherwise before an amount ("dropped 600 mil"), by stem. */
const BEFORE_AMOUNT: ReadonlyMap<string, string> = new Map(Object.entries(BEFORE_AMOUNT_IDIOMS));

/** Replaces idioms and slang (folded tokens) by their plain words; other tokens are kept. */
export function expandIdioms(tokens: readonly string[]): string[] {
  const out: string[] = [];
  // Each token stemmed once (stemToken is pure; '' stems to '' past the end).
  const stems = mapped(tokens, stemToken);
  let i = 0;
  while (i < tokens.length) {
    const stem = stems[i] ?? '';
    const beforeAmount = BEFORE_AMOUNT.get(stem);
    if (beforeAmount !== undefined && isAmountAt(tokens, i + 1)) {
      out.push(beforeAmount);
      i += 1;
      continue;
    }
    const candidates = BY_FIRST_STEM.get(stem);
    const idiom = candidates?.find((c) => c.stems.every((idiomStem, k) => (stems[i + k] ?? '') === idiomStem));
    if (idiom) {
      out.push(...idiom.plain);
      i += idiom.stems.length;
    } else {
      out.push(tokens[i] ?? '');
      i += 1;
    }
  }
  return out;
}

/**
 * An amount of money starts at `i` ("600 mil", "$12b", "billions"): a number not followed by a percent or other unit of a
 * share.
 */
function isAmountAt(tokens: readonly string[], i: number): boolean {
  const token = tokens[i] ?? '';
  if (/^(?:billions|millions|trillions)$/.test(token)) return true;
  if (!/^\$?\d/.test(token) || token.endsWith('%')) return false;
  return !/^(?:%|percent|pct|per|phan|points?|pts?)$/.test(tokens[i + 1] ?? '');
}
