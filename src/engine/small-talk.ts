// Recognises greetings, thanks and questions about the bot itself, which no article answers.
import { isStopword } from '../text/stopwords.js';
import { SMALL_TALK_PHRASES, SMALL_TALK_WORDS } from '../text/words/small-talk.js';

const SMALL_TALK_PHRASE_WORDS = SMALL_TALK_PHRASES.map((phrase) => phrase.split(' '));

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
  for (const phrase of SMALL_TALK_PHRASE_WORDS) {
    const length = phrase.length;
    for (let i = 0; i + length <= n; i += 1) {
      let k = 0;
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
