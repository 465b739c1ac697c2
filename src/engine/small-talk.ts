// Recognises greetings, thanks and questions about the bot itself, which no article answers.
import { mapped } from '../text/packed.js';
import { PhraseSet } from '../text/phrase-set.js';
import { isStopword } from '../text/stopwords.js';
import { ASKING_WORDS, CHAT_WORDS } from '../text/words/chat.js';
import { TIME_WORDS } from '../text/words/question-cues.js';
import { SMALL_TALK_PHRASES, SMALL_TALK_WORDS } from '../text/words/small-talk.js';

/** The small-talk phrases, found wherever they occur in a question's words. */
const SMALL_TALK_PHRASE_SET = new PhraseSet(SMALL_TALK_PHRASES.map((phrase) => [phrase, phrase] as const));

/** A greeting or thanks word ("hello", "cảm ơn"): said around a question, never part of what it asks. */
export function isSmallTalkWord(foldedToken: string): boolean {
  return SMALL_TALK_WORDS.has(foldedToken);
}

/** True when, once greetings, thanks and questions about the bot are taken out, nothing is left to look up. */
export function isSmallTalk(typedTokens: readonly string[]): boolean {
  const foldedTokens = mapped(typedTokens, unstretched);
  const n = foldedTokens.length;
  if (n === 0) return false;
  // This runs on every question: phrases are looked up by their first word (no closure per phrase and position, which
  // were once a fifth of an ask's garbage).
  // The words a phrase covers, marked only once a phrase is found (most questions have none).
  let covered: Uint8Array | undefined;
  let smallTalk = false;
  SMALL_TALK_PHRASE_SET.matches(foldedTokens, (_phrase, start, length) => {
    smallTalk = true;
    (covered ??= new Uint8Array(n)).fill(1, start, start + length);
  });
  for (let i = 0; i < n; i += 1) {
    if (covered?.[i] === 1) continue;
    const token = foldedTokens[i] ?? '';
    if (SMALL_TALK_WORDS.has(token)) smallTalk = true;
    // A time word places the greeting ("how are you today", "hôm nay bạn vui không"); it asks nothing.
    else if (!isChatter(token) && !TIME_WORDS.has(token)) return false;
  }
  return smallTalk;
}

/**
 * A word typed with a letter held down ("thanksss", "nhiềuuu", "byeee"): the letter once, or twice where that is the
 * word ("goooood"). No word of either language has a letter three times in a row.
 */
function unstretched(token: string): string {
  if (!mayRepeatThrice(token) || !/(\p{L})\1\1/u.test(token)) return token;
  const twice = token.replace(/(\p{L})\1+/gu, '$1$1');
  return SMALL_TALK_WORDS.has(twice) || isChatter(twice) ? twice : token.replace(/(\p{L})\1{2,}/gu, '$1');
}

/**
 * Whether some code unit equals the one two after it: a letter three times in a row has that (a letter of two code
 * units too, its first unit repeating), so a token without it needs no look for a held-down letter.
 */
function mayRepeatThrice(token: string): boolean {
  for (let i = 2; i < token.length; i += 1) if (token.charCodeAt(i) === token.charCodeAt(i - 2)) return true;
  return false;
}

/** A word that asks nothing of the article: a function word, a chat word, a word about asking itself. */
const isChatter = (token: string): boolean => isStopword(token) || CHAT_WORDS.has(token) || ASKING_WORDS.has(token);

/** True when a question's stemmed terms are all words of the conversation ("asking for a friend", "noob question"). */
export function isContentFree(tokens: readonly string[]): boolean {
  return tokens.every(isChatter);
}
