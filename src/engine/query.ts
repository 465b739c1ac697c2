// Reads a question: language, stemmed and typo-corrected terms, the entities, answer kinds and numbers it names, unknown words.
import { ANALYSIS } from './tuning.js';
import { cleanText, foldDiacritics, foldedTokens } from '../text/normalize.js';
import { asInterjection, expandAbbreviations } from '../text/abbreviations.js';
import { expandIdioms } from '../text/idioms.js';
import { RELEASE_SLANG, SCALE_WORDS, TIME_ANCHORS, TIME_WORDS } from '../text/words/question-cues.js';
import { withOwnersCompany } from './understand/owner.js';
import { detectLanguage } from '../text/language.js';
import { stemToken } from '../text/stem.js';
import { ASIDE_WORDS, ASKING_WORDS, CHAT_WORDS, FORMAT_COUNT } from '../text/words/chat.js';
import { isStopword } from '../text/stopwords.js';
import { mapped } from '../text/packed.js';
import { analyzeTokens, GLOSSARY_PREFIX, QUERY_TERM_WEIGHTS, typedWordsOf } from './analyzer.js';
import type { FactIndex } from './fact-index.js';
import {
  answerKinds,
  askedMeasure,
  queryNumbers,
  relativePeriods,
  type AnswerKind,
  type AskedMeasure,
  type QueryNumber,
} from './question-cues.js';
import { isSmallTalk, isSmallTalkWord } from './small-talk.js';
import { functionWordMeant } from './typo-corrector.js';
import type { Lang } from '../text/lang.js';

/** The glossary concept of the article itself and its stemmed English words ("article", "piece"). */
const ARTICLE_CONCEPT = `${GLOSSARY_PREFIX}article`;
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['articl', 'piec']);

/** Scale words ("tr", "bil", "mn"), read with the number before them. */
const SCALE_WORD_SET: ReadonlySet<string> = new Set(Object.keys(SCALE_WORDS));

export interface QueryAnalysis {
  readonly cleaned: string;
  readonly detectedLang: Lang | undefined;
  /** Stemmed, typo-corrected tokens. */
  readonly tokens: readonly string[];
  readonly terms: ReadonlyMap<string, number>;
  /** Known entity ids named in the question (people, companies, but also terms such as "GPU"). */
  readonly entities: readonly string[];
  /** Named people, organisations, products, publications and places: what the question is about. */
  readonly subjects: readonly string[];
  readonly kinds: ReadonlySet<AnswerKind>;
  readonly numbers: readonly QueryNumber[];
  /** The measure a figure question asks for (an amount, a count, a duration, a percentage). */
  readonly measure: AskedMeasure | undefined;
  /** Periods before or after the article's time the question names ("next:year", "last:quarter"). */
  readonly periods: ReadonlySet<string>;
  /** Content words that appear nowhere in the knowledge or the article, even after typo correction. */
  readonly unknownWords: readonly string[];
  /** Unknown words written as names (capitalised mid-sentence, or in capitals): other companies, people, products. */
  readonly unknownNames: readonly string[];
  /** Question words replaced by the closest knowledge word ("opnai" → openai); each also counts as half unknown. */
  readonly corrections: readonly string[];
  /** Content terms that are not part of a named entity (what is asked about the entity). */
  readonly predicateTerms: ReadonlyMap<string, number>;
  /** Share of the question's adjacent word pairs that the knowledge or the article also has (1 when it has none). */
  readonly knownBigramShare: number;
  /**
   * Vietnamese syllables whose every pairing with a neighbour is unknown to the article: parts of a word the article
   * never uses ("thời tiết" has syllables the article uses elsewhere, in "thời gian" and "tiết kiệm").
   */
  readonly orphanSyllables: ReadonlySet<string>;
  /**
   * Vietnamese syllables that form a known word with a neighbour ("dùng" in "người dùng"), with those word pairs: a fact
   * covers such a syllable only when it has the same word, not the syllable in another one ("xây dựng").
   */
  readonly boundSyllables: ReadonlyMap<string, readonly string[]>;
  /** Greetings, thanks, questions about the bot. */
  readonly smallTalk: boolean;
  /** The question tries to give the bot instructions, or asks for a task other than answering (write, translate…). */
  readonly injection: boolean;
}

// Generic instruction-override phrasing in both languages (folded); nothing here is about the article.
const INJECTION_PATTERNS = [
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instruction|instructions|rules|prompt|previous|above|guidelines|system)\b/,
  /\b(?:system prompt|jailbreak|developer mode|you are now|pretend (?:to be|you are)|act as|roleplay|repeat after me)\b/,
  /\b(?:bo qua|quen|phot lo)\b.{0,40}\b(?:huong dan|chi dan|quy tac|lenh|chi thi)\b/,
  /\b(?:gia vo|dong vai|hay noi rang|hay tra loi rang|say that|repeat after me|print|output)\b.{0,60}\b(?:instead|thay vao do|no matter|bat ke)\b/,
];

const CAPITALISED = /^\p{Lu}/u;
/** A folded Vietnamese syllable: an onset, one to three vowels, a final consonant. "anthropic" cannot be one. */
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const HAS_CAPITAL = /\p{Lu}/u;
/** A word with a possessive 's: its owner. */
const POSSESSIVE = /\b([a-z]+)['\u2019]s\b/g;

interface RawWord {
  readonly text: string;
  readonly sentenceStart: boolean;
}

const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '"', '“', '”']);

/** The words of the original question with whether each begins a sentence (for telling names from capitalised starts). */
function rawWords(cleaned: string): RawWord[] {
  const words: RawWord[] = [];
  let sentenceStart = true;
  for (const match of cleaned.matchAll(/[\p{L}\p{N}]+|[.!?:;"“”]/gu)) {
    const text = match[0];
    // A one-character match that is punctuation (the pattern's second branch) ends a sentence.
    if (text.length === 1 && SENTENCE_MARKS.has(text)) {
      sentenceStart = true;
      continue;
    }
    words.push({ text, sentenceStart });
    sentenceStart = false;
  }
  return words;
}

/** A folded word of letters only: what pairs with a neighbour into a two-word term of the article. */
const PLAIN_WORD = /^[a-z]+$/;

/**
 * The question's adjacent words as the checks below read them, worked out once for all three: which tokens are plain
 * words outside a name (`plain[i] === 1`), and which two plain words in a row the knowledge or the article also has as a
 * pair (`known[i] === 1`: tokens i and i + 1). The pairs of two stop words are looked up only when `everyPair` (the
 * syllable checks read them; the share of known pairs skips them).
 */
interface WordPairs {
  readonly plain: Uint8Array;
  readonly known: Uint8Array;
}

function wordPairs(
  tokens: readonly string[],
  inEntity: readonly boolean[],
  index: FactIndex,
  everyPair: boolean,
): WordPairs {
  const n = tokens.length;
  const plain = new Uint8Array(n);
  const known = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) if (!inEntity[i] && PLAIN_WORD.test(tokens[i] ?? '')) plain[i] = 1;
  for (let i = 0; i + 1 < n; i += 1) {
    if (plain[i] !== 1 || plain[i + 1] !== 1) continue;
    const a = tokens[i] ?? '';
    const b = tokens[i + 1] ?? '';
    if ((everyPair || !(isStopword(a) && isStopword(b))) && index.bigramVocabulary.has(`${a}_${b}`)) known[i] = 1;
  }
  return { plain, known };
}

/** Pairs of adjacent content words: a Vietnamese word the article never uses ("thời tiết") shows up as an unknown pair. */
function knownBigramShare(tokens: readonly string[], pairs: WordPairs): number {
  const { plain, known } = pairs;
  let total = 0;
  let knownCount = 0;
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (plain[i] !== 1 || plain[i + 1] !== 1 || (isStopword(tokens[i] ?? '') && isStopword(tokens[i + 1] ?? '')))
      continue;
    total += 1;
    knownCount += known[i] ?? 0;
  }
  return total === 0 ? 1 : knownCount / total;
}

/** `QueryAnalysis.orphanSyllables`, from pairs worked out with `everyPair`. */
function orphanSyllables(tokens: readonly string[], pairs: WordPairs, terms: ReadonlyMap<string, number>): Set<string> {
  const { plain, known } = pairs;
  // A word of a stop phrase ("việc" of "về việc") is no syllable of a compound, as a stop word is not.
  const isSyllable = (i: number) => i >= 0 && i < tokens.length && plain[i] === 1 && terms.has(tokens[i] ?? '');
  const orphans = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isSyllable(i)) continue;
    const before = isSyllable(i - 1);
    const after = isSyllable(i + 1);
    // Every pair it forms with a syllable beside it is unknown.
    if ((before || after) && !(before && known[i - 1] === 1) && !(after && known[i] === 1))
      orphans.add(tokens[i] ?? '');
  }
  return orphans;
}

/** `QueryAnalysis.boundSyllables`, from pairs worked out with `everyPair`. */
function boundSyllables(
  tokens: readonly string[],
  pairs: WordPairs,
  terms: ReadonlyMap<string, number>,
): Map<string, string[]> {
  const { plain, known } = pairs;
  const bound = new Map<string, string[]>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    if (plain[i] !== 1 || !terms.has(token)) continue;
    // The known pairs it forms with a plain word before it, then after it.
    const before = i > 0 && plain[i - 1] === 1 && known[i - 1] === 1;
    const after = i + 1 < tokens.length && plain[i + 1] === 1 && known[i] === 1;
    if (!before && !after) continue;
    let words = bound.get(token);
    if (!words) {
      words = [];
      bound.set(token, words);
    }
    if (before) words.push(`${tokens[i - 1]}_${token}`);
    if (after) words.push(`${token}_${tokens[i + 1]}`);
  }
  return bound;
}

// Tasks that are not questions about a text ("write me a poem", "translate this", "viết giúp tôi…"), by their opening verb.
// Vietnamese verbs are matched with what follows them: folded, "viết" is also "Việt" and "dịch" also "dịch vụ"; "lập
// trình viên" (a programmer) is a noun that opens a question about someone, not the task "lập trình" (to program).
const TASK_OPENING =
  /^(?:please |pls |hay |vui long )?(?:write|translate|compose|draw|paint|generate|create|code|program|sing|make me|(?:viet|dich|soan) (?:giup|cho|mot|bai|doan|code|tho|lai|sang)|sang tac|lap trinh(?! vien))\b/;

/** An attempt to make the bot say or do something other than answer ('ignore your instructions', 'repeat after me'). */
export function looksLikeInjection(folded: string): boolean {
  return INJECTION_PATTERNS.some((pattern) => pattern.test(folded)) || TASK_OPENING.test(folded);
}

// A number glued to letters is part of a name ("gpt-5", "h100", "q3", "4o"), not a quantity; unit suffixes ("600m", "5b") are not names.
const IDENTIFIER = /(\p{L}+)-?(\d+(?:[.,]\d+)?)(\p{L}*)(?![\p{N}])|(?<![\p{L}\p{N}$])()(\d+)(\p{L}+)(?![\p{L}\p{N}])/gu;
const UNIT_SUFFIX = /^(?:m|mn|mil|b|bn|t|tn|k|tr|ty|ti|usd|s|st|nd|rd|th|x|pc|pct)$/;
// A model family written apart from its version ("gpt 5", "llama 3", "claude 3.5") names a model as "gpt-5" does. Only
// a short version counts: "chat gpt 600 ngày" counts days.
const SPACED_MODEL = /\b(gpt|llama|gemini|claude|grok) (\d{1,2}(?:[.,]\d)?)([a-z]?)(?![\p{L}\p{N}])/gu;

/**
 * The first part of reading a question: its words, language and the entities it names. Enough to tell what a question
 * is about (a follow-up asks only that of some texts); `completeQuery` reads the rest from it.
 */
export interface QueryCore {
  readonly cleaned: string;
  readonly folded: readonly string[];
  readonly detectedLang: Lang | undefined;
  readonly tokens: readonly string[];
  readonly corrections: readonly string[];
  /** Unknown words among the tokens (unknown names and identifiers are added by `completeQuery`). */
  readonly unknownTokens: readonly string[];
  readonly analysis: ReturnType<typeof analyzeTokens>;
  readonly subjects: readonly string[];
}

const topics = new WeakMap<FactIndex, string>();
/** The article's topic: the entity most of its facts are about ("AI" here), which on its own names nothing asked. */
export function topicOf(index: FactIndex): string {
  let topic = topics.get(index);
  if (topic === undefined) {
    const counts = new Map<string, number>();
    for (const { fact } of index.facts) for (const id of fact.entities) counts.set(id, (counts.get(id) ?? 0) + 1);
    topic = [...counts].reduce<[string, number]>((top, e) => (e[1] > top[1] ? e : top), ['', 0])[0];
    topics.set(index, topic);
  }
  return topic;
}

/** Whether the entities name something besides the article's topic (which on its own, or as the Vietnamese "ai", does not). */
export function namesBesidesTopic(entities: readonly string[], index: FactIndex): boolean {
  const topic = topicOf(index);
  return entities.some((id) => id !== topic);
}

/**
 * The typo correction of an inflected word's stem, unless it lands on a name word: names are not inflected, so
 * "pestering" is an English word the article lacks, not a misspelt "peter".
 */
function inflectedCorrection(token: string, stem: string, index: FactIndex): string | undefined {
  if (stem === token) return undefined;
  const corrected = index.typos.correct(stem);
  return corrected !== undefined && index.nameWords.has(corrected) ? undefined : corrected;
}

/**
 * A name's possessive typed without its apostrophe ("teslas ai capex", "musks car company", "metas boss") is the name
 * and its 's, as "tesla's" folds: a word that is a name with an "s" after it, and no name itself.
 */
function withPossessives(tokens: readonly string[], index: FactIndex): readonly string[] {
  let out: string[] | undefined;
  tokens.forEach((token, i) => {
    const name = token.slice(0, -1);
    const possessive =
      token.length >= 4 &&
      token.endsWith('s') &&
      /^[a-z]+$/.test(token) &&
      !index.nameWords.has(token) &&
      index.nameWords.has(name) &&
      !isStopword(name);
    if (!possessive && !out) return;
    out ??= tokens.slice(0, i);
    if (possessive) out.push(name, 's');
    else out.push(token);
  });
  return out ?? tokens;
}

export function analyzeQueryCore(question: string, index: FactIndex): QueryCore {
  const cleaned = cleanText(question);
  const folded = withOwnersCompany(
    withPossessives(expandIdioms(expandAbbreviations(mapped(foldedTokens(cleaned), asInterjection))), index),
    index,
  );
  const corrections: string[] = [];
  const unknownWords: string[] = [];
  // Greetings and thanks around a question ("hello, who is …"), and chat words ("sorry", "my friend", "mods") are
  // dropped unless the article uses the word.
  const asked = folded.filter(
    (token) => !(isSmallTalkWord(token) || CHAT_WORDS.has(token)) || index.vocabulary.has(stemToken(token)),
  );
  const chatWords = folded.filter((token) => CHAT_WORDS.has(token) && !index.vocabulary.has(stemToken(token)));
  const tokens = mapped(asked, (token, i) => {
    const stem = stemToken(token);
    // A time word the article never uses ("hôm qua", yesterday) places the question; it is not a subject it lacks. Nor
    // is a scale word right after a number ("300 tr", "5 bil"): the number reads it.
    if (
      index.vocabulary.has(stem) ||
      isStopword(stem) ||
      isStopword(token) ||
      TIME_WORDS.has(stem) ||
      (SCALE_WORD_SET.has(token) && /^\d/.test(asked[i - 1] ?? '')) ||
      !/^[a-z]+$/.test(token)
    )
      return stem;
    const corrected =
      index.typos.correct(token) ??
      index.names.match(token) ??
      functionWordMeant(token) ??
      inflectedCorrection(token, stem, index);
    if (corrected) {
      corrections.push(token);
      return corrected;
    }
    if (stem.length >= 2) unknownWords.push(stem);
    return stem;
  });
  const detectedLang = detectLanguage(cleaned, (word) => index.nameWords.has(word));
  releasedProducts(tokens, index);
  // The words as typed: accents tell "lại" (again) from "lãi" (profit); without them, the words around do.
  const analysis = analyzeTokens(tokens, index.matchers, QUERY_TERM_WEIGHTS, detectedLang, {
    words: typedWordsOf(cleaned),
    spellings: index.conceptSpellings,
  });
  // In an English question, a word the knowledge has only in Vietnamese text ("pho" of "Phố Wall") is unknown to it.
  if (detectedLang === 'en')
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] ?? '';
      if (
        !analysis.inEntity[i] &&
        !index.englishVocabulary.has(token) &&
        index.vocabulary.has(token) &&
        !isStopword(token, 'en') &&
        !index.nameWords.has(asked[i] ?? '') &&
        /^[a-z]+$/.test(token) &&
        !unknownWords.includes(token)
      )
        unknownWords.push(token);
    }
  const isSubject = (id: string) => {
    const type = index.entityTypes.get(id);
    return type !== undefined && type !== 'term' && type !== 'event';
  };
  // A name after "since" dates the question ("how much has Nvidia risen since ChatGPT came out"): when another subject
  // is named, the question is about that one.
  const anchors = timeAnchors(tokens, index).filter((id) => isSubject(id));
  const anchored =
    anchors.length > 0 && analysis.entities.some((id) => isSubject(id) && !anchors.includes(id))
      ? { ...analysis, entities: analysis.entities.filter((id) => !anchors.includes(id)) }
      : analysis;
  const subjects = anchored.entities.filter(isSubject);
  // Chat words are dropped only from a question that names something ("sorry, how much does OpenAI lose"); around
  // nothing else ("hello, asking for a friend") they are words the article does not know, as any other.
  // Nor are asides ("btw", "honestly") around a question that asks about enough of the article's own words ("btw what
  // does this AI investment wave rest on"): they say how it is asked, not about what.
  // (Counted only when there are chat words to weigh: most questions have none.)
  const fewContentWords = (): boolean =>
    new Set(
      tokens.filter(
        (t, i) =>
          !analysis.inEntity[i] &&
          index.vocabulary.has(t) &&
          !isStopword(t) &&
          !ASKING_WORDS.has(t) &&
          !TIME_WORDS.has(t),
      ),
    ).size < ANALYSIS.chatContentWords;
  if (
    chatWords.length > 0 &&
    !tokens.some((t) => /\d/.test(t)) &&
    !namesBesidesTopic(analysis.entities, index) &&
    (chatWords.some((w) => !ASIDE_WORDS.has(w)) || fewContentWords())
  )
    for (const word of chatWords) if (!unknownWords.includes(word)) unknownWords.push(word);
  return {
    cleaned,
    folded,
    detectedLang,
    tokens,
    corrections,
    unknownTokens: unknownWords,
    analysis: anchored,
    subjects,
  };
}

/** Rewrites, in place, slang for a release said right after or before a product's name ("chatgpt drop", "drop chatgpt") to "launch". */
function releasedProducts(tokens: string[], index: FactIndex): void {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!RELEASE_SLANG.has(tokens[i] ?? '')) continue;
    const from = Math.max(0, i - 3);
    const after = index.matchers.entities.match(tokens.slice(i + 1, i + 4));
    // Said before it too, as a verb ("when did OpenAI drop ChatGPT").
    const product =
      index.matchers.entities
        .match(tokens.slice(from, i))
        .some((m) => from + m.end === i && index.entityTypes.get(m.id) === 'product') ||
      after.some((m) => m.start === 0 && index.entityTypes.get(m.id) === 'product');
    if (product) tokens[i] = 'launch';
  }
}

/** The first of TIME_ANCHORS whose words start at `tokens[i]` (loops rather than callbacks: it runs for every token). */
function anchorAt(tokens: readonly string[], i: number): readonly string[] | undefined {
  for (const words of TIME_ANCHORS) {
    let k = 0;
    while (k < words.length && tokens[i + k] === words[k]) k += 1;
    if (k === words.length) return words;
  }
  return undefined;
}

/** The entities named right after a word that makes them a point in time ("since ChatGPT"). Rarely any: no "since", no scan. */
function timeAnchors(tokens: readonly string[], index: FactIndex): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const anchor = anchorAt(tokens, i);
    if (!anchor) continue;
    const at = i + anchor.length;
    const match = index.matchers.entities.match(tokens.slice(at, at + 3)).find((m) => m.start === 0);
    if (match) found.push(match.id);
  }
  return found;
}

export function analyzeQuery(question: string, index: FactIndex): QueryAnalysis {
  return completeQuery(analyzeQueryCore(question, index), index);
}

/** Everything else a question says, read from its core: answer kinds, measure, periods, numbers, unknown names. */
export function completeQuery(core: QueryCore, index: FactIndex): QueryAnalysis {
  const { cleaned, folded, detectedLang, tokens, corrections, analysis, subjects } = core;
  const unknownWords = [...core.unknownTokens];
  const foldedText = foldDiacritics(cleaned.toLowerCase());
  // A number inside a name ("mag 7", "36 kr") is part of the name, not a number asked about.
  const identifierNumbers = new Set<number>(
    tokens.filter((token, i) => analysis.inEntity[i] === true && /^\d+$/.test(token)).map(Number),
  );
  // A count of the reply's form ("in 3 bullet points") is no number asked about either.
  for (const match of /\d/.test(foldedText) ? foldedText.matchAll(FORMAT_COUNT) : [])
    identifierNumbers.add(Number(match[1]));
  const unknownIdentifiers: string[] = [];
  // Both forms have a digit: most questions have none, and the pattern is costly to run.
  for (const match of /\d/.test(foldedText) ? foldedText.matchAll(IDENTIFIER) : []) {
    const letters = match[1] ?? match[4] ?? '';
    const digits = match[2] ?? match[5] ?? '';
    const suffix = match[3] ?? match[6] ?? '';
    if (letters === '' && UNIT_SUFFIX.test(suffix)) continue;
    // A lexicon already read it as words ("49ers" → gold rush miners): its number is gone from the tokens.
    if (!folded.includes(digits)) continue;
    identifierNumbers.add(Number(digits.replace(',', '.')));
    const compact = `${letters}${digits}${suffix}`;
    if (!index.compactNames.has(compact)) unknownIdentifiers.push(compact);
  }
  for (const match of /\d/.test(foldedText) ? foldedText.matchAll(SPACED_MODEL) : []) {
    const [, family = '', version = '', suffix = ''] = match;
    identifierNumbers.add(Number(version.replace(',', '.')));
    const compact = `${family}${version}${suffix}`;
    if (!index.compactNames.has(compact) && !unknownIdentifiers.includes(compact)) unknownIdentifiers.push(compact);
  }

  // Only capitals mark names here: a question typed in lower case (most are) has no words to read.
  const words = HAS_CAPITAL.test(cleaned) ? rawWords(cleaned) : [];
  const capitalisedShare = words.length === 0 ? 0 : words.filter((w) => CAPITALISED.test(w.text)).length / words.length;
  const shoutedShare = words.length === 0 ? 0 : words.filter((w) => ALL_CAPS.test(w.text)).length / words.length;
  const unknownNames: string[] = [];
  for (const word of words) {
    // A capitalised unknown word is a name, even first in a sentence ("Samsung đầu tư…"), and so is an acronym ("AMD");
    // unless everything is capitalised, or shouted ("HOW DOMINANT WAS CISCO").
    const isName =
      (ALL_CAPS.test(word.text) && shoutedShare < ANALYSIS.allCapitalisedShare) ||
      (CAPITALISED.test(word.text) && capitalisedShare < ANALYSIS.allCapitalisedShare);
    if (!isName) continue;
    for (const piece of foldedTokens(word.text)) {
      const stem = stemToken(piece);
      if (unknownWords.includes(stem) && !unknownNames.includes(stem)) unknownNames.push(stem);
    }
  }
  // An unknown word that owns something ("amd's share", "samsung's chips") is a name, even typed in lower case.
  if (unknownWords.length > 0 && (cleaned.includes("'") || cleaned.includes('\u2019')))
    for (const match of cleaned.toLowerCase().matchAll(POSSESSIVE)) {
      const stem = stemToken(match[1] ?? '');
      if (unknownWords.includes(stem) && !unknownNames.includes(stem)) unknownNames.push(stem);
    }
  // In a Vietnamese question, an unknown word that no Vietnamese syllable spells is foreign: most often a name typed in
  // lower case ("anthropic gọi vốn bao nhiêu").
  if (detectedLang === 'vi')
    for (const word of core.unknownTokens)
      if (/^[a-z]+$/.test(word) && !VIETNAMESE_SYLLABLE.test(word) && !unknownNames.includes(word))
        unknownNames.push(word);
  // Two capitalised words in a row are one name ("Việt Nam", "Hà Nội"): unknown if the article never writes them together
  // and they are not both words of known names, even when each word appears on its own elsewhere.
  const unknownNameTerms: string[] = [];
  if (capitalisedShare < ANALYSIS.allCapitalisedShare) {
    words.forEach((word, i) => {
      const next = words[i + 1];
      if (!next || next.sentenceStart || !CAPITALISED.test(word.text) || !CAPITALISED.test(next.text)) return;
      const a = foldedTokens(word.text).join('');
      const b = foldedTokens(next.text).join('');
      const known =
        index.bigramVocabulary.has(`${stemToken(a)}_${stemToken(b)}`) ||
        index.compactNames.has(`${a}${b}`) ||
        (index.nameWords.has(a) && index.nameWords.has(b));
      if (!known && !unknownNames.includes(`${a}${b}`)) {
        unknownNames.push(`${a}${b}`);
        unknownWords.push(`${a}${b}`);
        unknownNameTerms.push(`${a}${b}`);
      }
    });
  }
  // The unknown name is part of what is asked: as a term no fact has, it lowers every fact's coverage.
  let terms: ReadonlyMap<string, number> = analysis.terms;
  let predicateTerms: ReadonlyMap<string, number> = analysis.predicateTerms;
  if (unknownNameTerms.length > 0) {
    const withNames = new Map(analysis.terms);
    const predicatesWithNames = new Map(analysis.predicateTerms);
    for (const name of unknownNameTerms) {
      withNames.set(name, 1);
      predicatesWithNames.set(name, 1);
    }
    terms = withNames;
    predicateTerms = predicatesWithNames;
  }

  // "what does the article say about amazon": with a subject named and nothing else asked, "the article" only says
  // where to look, so it asks nothing of the facts (a fact that merely lists the subject is what it says about it).
  if (
    subjects.length > 0 &&
    predicateTerms.has(ARTICLE_CONCEPT) &&
    [...predicateTerms.keys()].every((term) => term === ARTICLE_CONCEPT || ARTICLE_WORDS.has(term))
  )
    predicateTerms = new Map();

  for (const identifier of unknownIdentifiers) {
    if (!unknownWords.includes(identifier)) unknownWords.push(identifier);
    if (!unknownNames.includes(identifier)) unknownNames.push(identifier);
  }

  const pairs = wordPairs(tokens, analysis.inEntity, index, detectedLang === 'vi');
  return {
    cleaned,
    detectedLang,
    tokens,
    terms,
    entities: analysis.entities,
    subjects,
    kinds: answerKinds(folded),
    measure: askedMeasure(
      folded,
      (token) => index.moneyWords.has(stemToken(token)),
      // Thanks or a chat word after "bao nhiêu" / "how many" ("lỗ bao nhiêu cảm ơn nhé") is no noun counted.
      (token) =>
        (isStopword(token, detectedLang) || isSmallTalkWord(token) || CHAT_WORDS.has(token)) &&
        !index.moneyWords.has(stemToken(token)),
    ),
    periods: relativePeriods(folded),
    numbers: queryNumbers(folded).filter((n) => !identifierNumbers.has(n.value) || n.unit !== undefined),
    unknownWords,
    unknownNames,
    corrections,
    predicateTerms,
    knownBigramShare: knownBigramShare(tokens, pairs),
    orphanSyllables: detectedLang === 'vi' ? orphanSyllables(tokens, pairs, analysis.terms) : new Set(),
    boundSyllables: detectedLang === 'vi' ? boundSyllables(tokens, pairs, analysis.terms) : new Map(),
    smallTalk: isSmallTalk(folded),
    injection: looksLikeInjection(foldedText),
  };
}
