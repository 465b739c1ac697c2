// Expands the chat abbreviations of src/text/words/abbreviations.ts in a question's folded tokens.
import { ENGLISH_EXPANSIONS, VIETNAMESE_EXPANSIONS } from './words/abbreviations.js';
import { INTERJECTIONS } from './words/chat.js';
import { SCALE_WORDS, UNIT_WORDS } from './words/question-cues.js';
import { VI_YES_NO_PARTICLES } from './words/yes-no.js';

// A Map, not an object: a typed word such as "constructor" must not reach Object.prototype. Each expansion's words,
// split once.
const EXPANDED: ReadonlyMap<string, readonly string[]> = new Map(
  [...new Map([...Object.entries(VIETNAMESE_EXPANSIONS), ...Object.entries(ENGLISH_EXPANSIONS)])]
    .filter(([, expansion]) => expansion !== '')
    .map(([abbreviation, expansion]) => [abbreviation, expansion.split(' ')]),
);

/** Abbreviations that, right after a number, are its scale or unit ("600 mn", "5 bn", "300 tr", "5 k"). */
const AFTER_NUMBER: ReadonlySet<string> = new Set([...Object.keys(SCALE_WORDS), ...Object.keys(UNIT_WORDS), 'k']);

/** Replaces abbreviated tokens (folded) by their full words; other tokens are kept. */
export function expandAbbreviations(tokens: readonly string[]): string[] {
  const out: string[] = [];
  tokens.forEach((token, i) => {
    // Right after a number a scale or unit word is that ("600 mn" is a million), not a chat word; any other
    // abbreviation is still one ("năm 2026 dc bao nhiêu" is "được").
    // "bn" after a yes/no particle closes the question on whom it asks ("… có thật ko bn": bạn), not "how much": it asks
    // nothing of the article, so it is dropped.
    if (token === 'bn' && VI_YES_NO_PARTICLES.has(tokens[i - 1] ?? '')) return;
    const expansion = /^\d/.test(tokens[i - 1] ?? '') && AFTER_NUMBER.has(token) ? undefined : EXPANDED.get(token);
    if (expansion) out.push(...expansion);
    else out.push(token);
  });
  return out;
}

/**
 * Whether some code unit equals the one before it or two before it: a letter typed twice in a row has that (a letter of
 * two code units, its first unit two apart), so a token without it needs no look for a held-down letter.
 */
function mayRepeat(token: string): boolean {
  for (let i = 1; i < token.length; i += 1) {
    const code = token.charCodeAt(i);
    if (code === token.charCodeAt(i - 1) || (i >= 2 && code === token.charCodeAt(i - 2))) return true;
  }
  return false;
}

/** Laughter typed as a syllable repeated ("hahaha", "hihi", "hehe", "kaka", "hohoho"), folded. */
const LAUGHTER = /^(?:ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|ho(?:ho)+|hu(?:hu)+|ka(?:ka)+|ke(?:ke)+|ki(?:ki)+)$/;

/**
 * A hesitation typed with letters held down ("hmmm", "ahhh") as typed once, and laughter of any length ("hahaha") as
 * "haha"; any other word (folded) as it is.
 */
export function asInterjection(token: string): string {
  if (token.length >= 4 && LAUGHTER.test(token)) return 'haha';
  if (!mayRepeat(token) || !/(\p{L})\1/u.test(token)) return token;
  const once = token.replace(/(\p{L})\1+/gu, '$1');
  return INTERJECTIONS.has(once) ? once : token;
}
