// Understands yes/no questions ("does OpenAI turn a profit?", "OpenAI có lãi không") and reads the verdict off the fact
// that answers them: "no" when the fact negates what is asked or states its opposite (a loss for a profit), "yes" when it
// states it, "unknown" when the fact does not speak of what is asked at all (the engine then declines).
import { cleanText, foldDiacritics } from '../../text/normalize.js';
import { stemToken } from '../../text/stem.js';
import { isStopword } from '../../text/stopwords.js';
import { STRINGS } from '../../text/strings/index.js';

import { YES_NO } from '../tuning.js';
import type { Lang } from '../../text/lang.js';
import {
  EN_AUXILIARIES,
  EN_OPENERS,
  EN_TAGS,
  NEGATORS,
  NOT_YES_NO,
  ONLY_WORDS,
  PREMISE_WORDS,
  SAYS_MISTRANSLATED,
  VI_YES_NO_PARTICLES,
} from '../../text/words/yes-no.js';

export type Verdict = 'yes' | 'no' | 'unknown';

/** Vietnamese question words: with one of them, a trailing "không" is part of a wh-question. */
const VI_WH = /\b(?:bao nhieu|bn|gi|j|nao|sao|the nao|ntn|o dau|khi nao|bao gio|bao lau)\b/;

/** A number asked as a bound or an estimate ("more than 10", "khoảng 5 tỷ"): another figure does not say no. */
const NUMBER_BOUND =
  /\b(?:more|less|fewer|over|under|above|below|least|most|about|around|nearly|almost|roughly|approximately|exceed|exceeds|exceeded|hon|tren|duoi|vuot|khoang|gan|it nhat|toi da|toi thieu)\b/;

/** A comparison asked with "more" or "exceed" ("sẽ vượt chi phí"): "only" in the fact says no. */
const MORE_WORDS = /\b(?:more|exceed|exceeds|outstrip|outstrips|surpass|surpasses|nhieu hon|vuot|vuot qua)\b/;

/** Opposite pairs: a question asking the first is answered "no" by a fact stating the second. */
const OPPOSITES: readonly (readonly [RegExp, RegExp])[] = [
  [/\b(?:profit|profitable|profits|lai|loi nhuan|make money|making money)\b/, /\b(?:lose|loss|losses|losing|lo)\b/],
];

/** The text (folded) states the opposite of what the question asks ("lose" for "profit"). */
export function statesOpposite(folded: string, text: string): boolean {
  return OPPOSITES.some(([asked, opposite]) => asked.test(folded) && opposite.test(text));
}

/**
 * A yes/no question: opens with an English auxiliary (after an opener such as "so" or "wait"), ends in an English tag
 * asking for agreement ("… right?") without a wh-word first, or ends in a Vietnamese particle ("không", "hả") without a
 * wh-word.
 */
export function isYesNoQuestion(folded: string): boolean {
  const all = folded.split(' ').filter((t) => t !== '');
  let start = 0;
  while (start < all.length - 1 && EN_OPENERS.has(all[start] ?? '')) start += 1;
  const tokens = all.slice(start);
  const first = tokens[0];
  const second = tokens[1];
  if (first !== undefined && EN_AUXILIARIES.has(first)) return second === undefined || !NOT_YES_NO.has(second);
  const last = tokens[tokens.length - 1];
  if (last !== undefined && EN_TAGS.has(last) && tokens.length >= 3 && first !== undefined && !NOT_YES_NO.has(first))
    return true;
  if (last !== undefined && VI_YES_NO_PARTICLES.has(last) && !VI_WH.test(folded))
    return /\b(?:co|da|phai|dang)\b/.test(folded) || tokens.length >= 3;
  return false;
}

/**
 * The verdict of a fact on a yes/no question. `askedWords` are the question's content words (folded, names and
 * question words left out); `factText` the fact's answer in the question's language, folded.
 */
export function verdictOf(
  folded: string,
  askedWords: readonly string[],
  factWords: readonly string[],
  lang: Lang,
): Verdict {
  const factText = factWords.map((w) => foldDiacritics(w)).join(' ');
  if (statesOpposite(folded, factText)) return 'no';
  if (namesOtherNumber(folded, factWords)) return 'no';
  const tokens = factWords.map((w) => foldDiacritics(w));
  const exact = [...factWords];
  const stems = exact.map((t) => stemToken(t));
  const comparing = MORE_WORDS.test(folded);
  if (comparing && factWords.some((w) => ONLY_WORDS.has(w))) return 'no';
  const negators = NEGATORS[lang];
  const question = folded.split(' ');
  const questionStems = question.map((t) => stemToken(t));
  let found = 0;
  let negated = 0;
  let disagreeing = 0;
  for (const word of askedWords) {
    const stem = stemToken(word);
    const positions = stems.flatMap((s, i) => (s === stem ? [i] : []));
    if (positions.length === 0) continue;
    found += 1;
    const isNegated = positions.some((i) => negatedBefore(tokens, i, negators));
    const askedNegated = negatedInQuestion(question, questionStems, word, negators);
    if (isNegated) negated += 1;
    if (isNegated !== askedNegated) disagreeing += 1;
  }
  if (negated > 0 || disagreeing > 0) return disagreeing > 0 ? 'no' : 'yes';
  return found > 0 ? 'yes' : 'unknown';
}

function negatedBefore(words: readonly string[], i: number, negators: ReadonlySet<string>, from = 0): boolean {
  return words.slice(Math.max(from, i - YES_NO.negationWindow), i).some((t) => negators.has(t));
}

/**
 * The question negates this asked word itself ("did he say Google didn't overspend"), past an opening auxiliary and its
 * contraction ("doesn't Google…" asks the same as "does Google…").
 */
function negatedInQuestion(
  question: readonly string[],
  questionStems: readonly string[],
  word: string,
  negators: ReadonlySet<string>,
): boolean {
  const at = questionStems.indexOf(stemToken(foldDiacritics(word)));
  const opening = EN_AUXILIARIES.has(question[0] ?? '') ? (negators.has(question[1] ?? '') ? 2 : 1) : 0;
  if (at < 0) return false;
  // A negation in a premise ("if customers stop spending because they see no profit, …") is not what is asked.
  const from = Math.max(opening, at - YES_NO.negationWindow);
  return question
    .slice(from, at)
    .some(
      (t, k) =>
        negators.has(t) &&
        !question.slice(Math.max(0, from + k - YES_NO.negationWindow), from + k).some((p) => PREMISE_WORDS.has(p)),
    );
}

/** The question negates one of the words it asks: a fact that states them (and negates none) answers "no". */
export function asksNegated(folded: string, askedWords: readonly string[], lang: Lang): boolean {
  const question = folded.split(' ');
  const questionStems = question.map((t) => stemToken(t));
  return askedWords.some((word) => negatedInQuestion(question, questionStems, word, NEGATORS[lang]));
}

/**
 * The question names a number and the fact gives numbers, none of them the question's ("did it rise 60%" against a
 * fact of 600%, "launched in 2023" against 2022): the fact says otherwise.
 */
function namesOtherNumber(folded: string, factWords: readonly string[]): boolean {
  const asked = folded.match(/\d+/g);
  if (asked === null || NUMBER_BOUND.test(folded)) return false;
  const given = new Set(factWords.filter((w) => /^\d+$/.test(w)));
  return given.size > 0 && !asked.some((n) => given.has(n));
}

/** The content words of a yes/no question (what it asks): no stopwords, no auxiliaries, no names. */
export function askedWordsOf(question: string, isName: (word: string) => boolean, lang: Lang): string[] {
  return wordsOf(question).filter((t) => {
    const folded = foldDiacritics(t);
    return (
      !isStopword(folded, lang) &&
      !EN_AUXILIARIES.has(folded) &&
      !isName(folded) &&
      !VI_YES_NO_PARTICLES.has(folded) &&
      folded.length > 1
    );
  });
}

/**
 * Lower-case words, with their diacritics when the text has any (so "đời" is not "đổi"), folded otherwise. The
 * question and the fact are read the same way: both folded when the question is typed without diacritics.
 */
export function wordsOf(text: string, fold = false): string[] {
  const words =
    cleanText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return fold ? words.map((w) => foldDiacritics(w)) : words;
}

export function hasDiacritics(text: string): boolean {
  return foldDiacritics(text) !== text;
}

/** "No: <the fact's answer>". */
export function withVerdict(verdict: 'yes' | 'no', lang: Lang, answer: string): string {
  return `${STRINGS[lang].verdict[verdict]}: ${answer}`;
}

/** A quoted wording and its literal gloss in parentheses: "Lập bản đồ AI" ("AI mapping"), "X" (literally "Y"). */
const QUOTED_WITH_GLOSS = /["\u201c]([^"\u201d]+)["\u201d]\s*\((?:literally\s+)?["\u201c]([^"\u201d]+)["\u201d]\)/g;

/**
 * The words of a wording a translation note calls wrong, and of its literal gloss, that no answer in the knowledge uses
 * (`answerWords`, folded): "mapping" of "AI mapping". A yes/no question asking them is answered "no" by the fact. Folded.
 */
export function misreadWords(note: string, answerWords: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  if (!SAYS_MISTRANSLATED.test(note)) return words;
  for (const match of note.matchAll(QUOTED_WITH_GLOSS))
    for (const word of wordsOf(`${match[1] ?? ''} ${match[2] ?? ''}`, true))
      if (word.length > 2 && !answerWords.has(word) && !isStopword(word)) words.add(word);
  return words;
}
