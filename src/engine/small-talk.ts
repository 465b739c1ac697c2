// Recognises greetings, thanks and questions about the bot itself, which no article answers.
import { isStopword } from '../text/stopwords.js';
import { SMALL_TALK_PHRASES, SMALL_TALK_WORDS } from '../text/words/small-talk.js';

/** The phrases' words, by their first word: each position of a question tries only the phrases that start there. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of SMALL_TALK_PHRASES) {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0] ?? '') ?? [];
    list.push(words);
    byFirst.set(words[0] ?? '', list);
  }
  return byFirst;
})();

/** A greeting or thanks word ("hello", "cảm ơn"): said around a question, never part of what it asks. */
export function isSmallTalkWord(foldedToken: string): boolean {
  return SMALL_TALK_WORDS.has(foldedToken);
}

/** True when, once greetings, thanks and questions about the bot are taken out, nothing is left to look up. */
export function isSmallTalk(foldedTokens: readonly string[]): boolean {
  const n = foldedTokens.length;
  if (n === 0) return false;
  // Plain loops: this runs on every question, and closures per phrase and position were a fifth of an ask's garbage.
  const left = new Uint8Array(n).fill(1);
  let smallTalk = false;
  for (let i = 0; i < n; i += 1) {
    const phrases = PHRASES_BY_FIRST_WORD.get(foldedTokens[i] ?? '');
    if (!phrases) continue;
    for (const phrase of phrases) {
      const length = phrase.length;
      if (i + length > n) continue;
      let k = 1;
      while (k < length && foldedTokens[i + k] === phrase[k]) k += 1;
      if (k < length) continue;
      smallTalk = true;
      left.fill(0, i, i + length);
    }
  }
  for (let i = 0; i < n; i += 1) {
    if (left[i] === 0) continue;
    const token = foldedTokens[i] ?? '';
    if (SMALL_TALK_WORDS.has(token)) smallTalk = true;
    else if (!isStopword(token)) return false;
  }
  return smallTalk;
}
