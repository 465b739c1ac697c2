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
  if (foldedTokens.length === 0) return false;
  const left = foldedTokens.map(() => true);
  for (const phrase of SMALL_TALK_PHRASE_WORDS) {
    for (let i = 0; i + phrase.length <= foldedTokens.length; i += 1) {
      if (phrase.every((word, k) => foldedTokens[i + k] === word))
        for (let k = 0; k < phrase.length; k += 1) left[i + k] = false;
    }
  }
  let smallTalk = !left.every(Boolean);
  for (let i = 0; i < foldedTokens.length; i += 1) {
    if (!left[i]) continue;
    const token = foldedTokens[i] ?? '';
    if (SMALL_TALK_WORDS.has(token)) smallTalk = true;
    else if (!isStopword(token)) return false;
  }
  return smallTalk;
}
