// Reads a question: language, stemmed and typo-corrected terms, the entities, answer kinds and numbers it names, unknown words.
import { cleanText, foldDiacritics, foldedTokens } from '../text/normalize.js';
import { detectLanguage, type DetectedLang } from '../text/language.js';
import { stemToken } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { analyzeTokens, QUERY_TERM_WEIGHTS } from './analyzer.js';
import type { FactIndex } from './fact-index.js';
import { answerKinds, queryNumbers, type AnswerKind, type QueryNumber } from './question-cues.js';

export interface QueryAnalysis {
  readonly cleaned: string;
  readonly detectedLang: DetectedLang | undefined;
  /** Stemmed, typo-corrected tokens. */
  readonly tokens: readonly string[];
  readonly terms: ReadonlyMap<string, number>;
  /** Known entity ids named in the question. */
  readonly entities: readonly string[];
  readonly kinds: ReadonlySet<AnswerKind>;
  readonly numbers: readonly QueryNumber[];
  /** Content words that appear nowhere in the knowledge or the article, even after typo correction. */
  readonly unknownWords: readonly string[];
  /** Unknown words written as names (capitalised mid-sentence, or in capitals): other companies, people, products. */
  readonly unknownNames: readonly string[];
  readonly corrections: number;
  /** The question tries to give the bot instructions. */
  readonly injection: boolean;
}

// Generic instruction-override phrasing in both languages (folded); nothing here is about the article.
const INJECTION_PATTERNS = [
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instruction|instructions|rules|prompt|previous|above|guidelines|system)\b/,
  /\b(?:system prompt|jailbreak|developer mode|you are now|pretend (?:to be|you are)|act as|roleplay)\b/,
  /\b(?:bo qua|quen|phot lo)\b.{0,40}\b(?:huong dan|chi dan|quy tac|lenh|chi thi)\b/,
  /\b(?:gia vo|dong vai|hay noi rang|hay tra loi rang|say that|repeat after me|print|output)\b.{0,60}\b(?:instead|thay vao do|no matter|bat ke)\b/,
];

const CAPITALISED = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

interface RawWord {
  readonly text: string;
  readonly sentenceStart: boolean;
}

/** The words of the original question with whether each begins a sentence (for telling names from capitalised starts). */
function rawWords(cleaned: string): RawWord[] {
  const words: RawWord[] = [];
  let sentenceStart = true;
  for (const match of cleaned.matchAll(/[\p{L}\p{N}]+|[.!?:;"“”]/gu)) {
    const text = match[0];
    if (/^[.!?:;"“”]$/u.test(text)) {
      sentenceStart = true;
      continue;
    }
    words.push({ text, sentenceStart });
    sentenceStart = false;
  }
  return words;
}

function looksLikeInjection(folded: string): boolean {
  return INJECTION_PATTERNS.some((pattern) => pattern.test(folded));
}

export function analyzeQuery(question: string, index: FactIndex): QueryAnalysis {
  const cleaned = cleanText(question);
  const folded = foldedTokens(cleaned);
  let corrections = 0;
  const unknownWords: string[] = [];
  const tokens = folded.map((token) => {
    const stem = stemToken(token);
    if (index.vocabulary.has(stem) || isStopword(stem) || isStopword(token) || !/^[a-z]+$/.test(stem)) return stem;
    const corrected = index.typos.correct(stem);
    if (corrected) {
      corrections += 1;
      return corrected;
    }
    if (stem.length >= 2) unknownWords.push(stem);
    return stem;
  });
  const analysis = analyzeTokens(tokens, index.matchers, QUERY_TERM_WEIGHTS);

  const words = rawWords(cleaned);
  const capitalisedShare = words.length === 0 ? 0 : words.filter((w) => CAPITALISED.test(w.text)).length / words.length;
  const unknownNames: string[] = [];
  for (const word of words) {
    const isName = ALL_CAPS.test(word.text) || (CAPITALISED.test(word.text) && !word.sentenceStart && capitalisedShare < 0.6);
    if (!isName) continue;
    for (const piece of foldedTokens(word.text)) {
      const stem = stemToken(piece);
      if (unknownWords.includes(stem) && !unknownNames.includes(stem)) unknownNames.push(stem);
    }
  }

  const foldedText = foldDiacritics(cleaned.toLowerCase());
  return {
    cleaned,
    detectedLang: detectLanguage(cleaned),
    tokens,
    terms: analysis.terms,
    entities: analysis.entities,
    kinds: answerKinds(folded),
    numbers: queryNumbers(folded),
    unknownWords,
    unknownNames,
    corrections,
    injection: looksLikeInjection(foldedText),
  };
}
