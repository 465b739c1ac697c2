// Turns text (a question or a knowledge field) into weighted retrieval terms: stems, bigrams and concept ids.
import type { KnowledgeBase } from '../knowledge/schema.js';
import { foldDiacritics, foldedTokens } from '../text/normalize.js';
import { stemToken } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { TIME_WORDS } from '../text/words/question-cues.js';
import { NOT_CONCEPT_AFTER, NOT_CONCEPT_PHRASES, STOP_PHRASES } from '../text/words/stopwords.js';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import { ANALYSIS } from './tuning.js';
import type { Lang } from '../text/lang.js';

const byFirstWord = (phrases: readonly string[]) => {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    map.set(first, [...(map.get(first) ?? []), words]);
  }
  return map;
};
const STOP_PHRASES_BY_FIRST = byFirstWord(STOP_PHRASES);
const NOT_CONCEPT_BY_FIRST = byFirstWord(NOT_CONCEPT_PHRASES);

export const ENTITY_PREFIX = 'e:';
export const GLOSSARY_PREFIX = 'g:';
const BIGRAM_JOIN = '_';

/** Terms of a text with their weights; `tokens` are the stemmed folded tokens in order. */
export interface AnalyzedText extends TextTerms {
  readonly tokens: readonly string[];
  /** Content words outside named entities, and glossary concepts: what is asked about the entities. */
  readonly predicateTerms: ReadonlyMap<string, number>;
  /** For each token, whether it is part of a named entity. */
  readonly inEntity: readonly boolean[];
}

export interface TermWeights {
  readonly unigram: number;
  readonly bigram: number;
  readonly concept: number;
  /** Weight of a word inside a named entity: the entity id already stands for it. */
  readonly entityWord: number;
  /** Factor for time words ("this quarter", "hôm nay"): they place a question in time rather than say what it asks. */
  readonly timeWord: number;
}

const DEFAULT_TERM_WEIGHTS: TermWeights = ANALYSIS.factTermWeights;
/** For questions: a name counts once (as its entity), so the rest of the question keeps its weight. */
export const QUERY_TERM_WEIGHTS: TermWeights = ANALYSIS.queryTermWeights;

/** The stemmed folded tokens of a text (the unit of every comparison in the engine). */
function stemmedTokens(text: string, maxChars?: number): string[] {
  return foldedTokens(text, maxChars).map(stemToken);
}

export function isBigram(term: string): boolean {
  return term.includes(BIGRAM_JOIN);
}

/** Entity and glossary phrase matchers, built from the knowledge base once. */
export interface ConceptMatchers {
  readonly entities: PhraseMatcher;
  readonly glossary: PhraseMatcher;
}

export function buildConceptMatchers(kb: KnowledgeBase): ConceptMatchers {
  const entities = new PhraseMatcher();
  for (const entity of kb.entities) {
    for (const name of [entity.name.en, entity.name.vi, ...entity.aliases]) {
      const tokens = stemmedTokens(name, 200);
      // A one-letter or stop-word-only alias would fire on ordinary words.
      if (tokens.length === 0 || tokens.every((t) => isStopword(t) || t.length < 2)) continue;
      entities.add(tokens, entity.id);
    }
  }
  const glossary = new PhraseMatcher();
  for (const term of kb.glossary) {
    for (const variant of [...term.en, ...term.vi]) {
      const tokens = stemmedTokens(variant, 200);
      if (tokens.length === 0 || tokens.every((t) => isStopword(t))) continue;
      glossary.add(tokens, term.id);
    }
  }
  return { entities, glossary };
}

/**
 * The one-syllable glossary words with the spelling that means them, by `concept:folded syllable`: "lãi" (profit) for
 * "lai", so that "lại" (again) typed with its accents is not read as a profit. Stored in the index.
 */
export function conceptSpellings(kb: KnowledgeBase): Map<string, string[]> {
  const spellings = new Map<string, string[]>();
  for (const term of kb.glossary) {
    for (const variant of [...term.en, ...term.vi]) {
      const tokens = stemmedTokens(variant, 200);
      if (tokens.length !== 1) continue;
      const key = `${term.id}:${tokens[0] ?? ''}`;
      const list = spellings.get(key) ?? [];
      list.push(variant.normalize('NFC').toLowerCase());
      spellings.set(key, list);
    }
  }
  return spellings;
}

/** The words of a question as typed (lower case, accents kept), and which of them were typed with accents. */
export interface TypedWords {
  /** Each typed word, and each folded: a syllable not among the folded ones came from an expansion ("tr" → triệu). */
  readonly typed: ReadonlySet<string>;
  readonly folded: ReadonlySet<string>;
}

export function typedWordsOf(text: string): TypedWords {
  const typed = new Set(
    text
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u),
  );
  return { typed, folded: new Set([...typed].map(foldDiacritics)) };
}

/**
 * Whether a one-syllable concept was typed as another word its accents tell apart ("lại", again, is no "lãi", profit;
 * "gồm", includes, no "gom", stockpile): the syllable was typed, and never in a spelling of the concept or bare.
 */
function typedAsAnotherWord(
  id: string,
  syllable: string,
  spellings: ReadonlyMap<string, readonly string[]>,
  words: TypedWords,
): boolean {
  if (!words.folded.has(syllable) || words.typed.has(syllable)) return false;
  const meant = spellings.get(`${id}:${syllable}`);
  return meant !== undefined && !meant.some((spelling) => words.typed.has(spelling));
}

/** A syllable typed without accents after a word that makes it no concept ("sao … lai": "lại", not "lãi"). */
function typedBareAfter(tokens: readonly string[], at: number, words: TypedWords): boolean {
  const syllable = tokens[at] ?? '';
  const after = NOT_CONCEPT_AFTER.get(syllable);
  return after !== undefined && words.typed.has(syllable) && tokens.slice(0, at).some((t) => after.includes(t));
}

function stopPhraseMask(
  tokens: readonly string[],
  phrasesByFirst: ReadonlyMap<string, readonly (readonly string[])[]> = STOP_PHRASES_BY_FIRST,
): boolean[] {
  const mask: boolean[] = [];
  for (let i = 0; i < tokens.length; i += 1) mask.push(false);
  for (let i = 0; i < tokens.length; i += 1) {
    const phrases = phrasesByFirst.get(tokens[i] ?? '');
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      if (startsAt(phrase, tokens, i)) for (let k = 0; k < phrase.length; k += 1) mask[i + k] = true;
    }
  }
  return mask;
}

/** Whether `phrase` is written in `tokens` from `at` on. */
function startsAt(phrase: readonly string[], tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k += 1) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}

/** Whether `flags` is true from `start` to `end` (exclusive). */
function allSet(flags: readonly boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (flags[i] !== true) return false;
  return true;
}

/** Makes a joined term (a bigram, a prefixed id) of its two parts. */
type JoinTerm = (first: string, second: string) => string;
const concatenated: JoinTerm = (first, second) => first + second;

/**
 * A JoinTerm for one index build that makes each joined term once and then gives the same string again, so the build's
 * maps keyed by terms find a term by identity rather than by comparing characters, and no string is made per use
 * (measured: adding the index's postings ~4 times cheaper). Not for questions: a question's words are new strings,
 * and looking them up here costs more than joining them (analyzeTokens measured 1.3 times slower).
 */
export function sharedTerms(): JoinTerm {
  const joined = new Map<string, Map<string, string>>();
  return (first, second) => {
    let after = joined.get(first);
    if (!after) {
      after = new Map();
      joined.set(first, after);
    }
    let term = after.get(second);
    if (term === undefined) {
      term = first + second;
      after.set(second, term);
    }
    return term;
  };
}

/** What the index reads of a text: its weighted terms, and the entities and glossary concepts it names. */
export interface TextTerms {
  readonly terms: ReadonlyMap<string, number>;
  readonly entities: readonly string[];
  readonly glossary: readonly string[];
}

/** The terms of a text, and what `analyzeTokens` reads again to work out its predicate terms. */
interface TermsAndSpans extends TextTerms {
  readonly isContent: readonly boolean[];
  readonly inEntity: readonly boolean[];
  /** The glossary matches counted as concepts, in order. */
  readonly concepts: readonly PhraseMatch[];
}

function termsAndSpans(
  tokens: readonly string[],
  matchers: ConceptMatchers | undefined,
  weights: TermWeights,
  lang: Lang | undefined,
  typed: { readonly words: TypedWords; readonly spellings: ReadonlyMap<string, readonly string[]> } | undefined,
  join: JoinTerm,
): TermsAndSpans {
  const terms = new Map<string, number>();
  const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
  const stopped = stopPhraseMask(tokens);
  const isContent: boolean[] = [];
  const inEntity: boolean[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    isContent.push(!stopped[i] && !isStopword(token, lang) && token !== '%');
    inEntity.push(false);
  }
  const entityMatches = matchers ? matchers.entities.match(tokens) : [];
  for (const match of entityMatches) for (let i = match.start; i < match.end; i += 1) inEntity[i] = true;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    if (isContent[i])
      add(token, (inEntity[i] ? weights.entityWord : weights.unigram) * (TIME_WORDS.has(token) ? weights.timeWord : 1));
    const next = tokens[i + 1];
    // A pair counts when at least one side is content: "cổ phiếu" keeps "co_phieu" although "có" is a stop word.
    if (
      next !== undefined &&
      !stopped[i] &&
      !stopped[i + 1] &&
      (isContent[i] || isContent[i + 1]) &&
      token !== '$' &&
      next !== '$'
    ) {
      add(join(token, join(BIGRAM_JOIN, next)), weights.bigram);
    }
  }
  const entities: string[] = [];
  const glossary: string[] = [];
  const concepts: PhraseMatch[] = [];
  if (matchers) {
    for (const match of entityMatches) {
      add(join(ENTITY_PREFIX, match.id), weights.concept);
      if (!entities.includes(match.id)) entities.push(match.id);
    }
    const notConcept = stopPhraseMask(tokens, NOT_CONCEPT_BY_FIRST);
    for (const match of matchers.glossary.match(tokens)) {
      // "cũ" (earlier) read inside "cụ thể" (specifically) is no concept asked.
      if (allSet(notConcept, match.start, match.end)) continue;
      if (
        typed !== undefined &&
        match.end - match.start === 1 &&
        (typedAsAnotherWord(match.id, tokens[match.start] ?? '', typed.spellings, typed.words) ||
          typedBareAfter(tokens, match.start, typed.words))
      )
        continue;
      add(join(GLOSSARY_PREFIX, match.id), weights.concept);
      concepts.push(match);
      if (!glossary.includes(match.id)) glossary.push(match.id);
    }
  }
  return { terms, entities, glossary, isContent, inEntity, concepts };
}

/**
 * The terms of already stemmed tokens as the index weighs them (the knowledge's texts): `analyzeTokens` without the
 * predicate terms, which only questions need; joined terms made by `join` (one `sharedTerms()` per build).
 *
 * The entity and glossary lists the index keeps are copies. V8 allocates the arrays of an array literal straight in
 * the old generation once most of them outlive a garbage collection, and the build's lists all do: kept as made, the
 * lists `termsAndSpans` makes for each question, which die with it, would then go to the old generation too.
 */
export function analyzeTerms(
  tokens: readonly string[],
  matchers: ConceptMatchers,
  lang: Lang | undefined,
  join: JoinTerm,
): TextTerms {
  const { terms, entities, glossary } = termsAndSpans(tokens, matchers, DEFAULT_TERM_WEIGHTS, lang, undefined, join);
  return { terms, entities: [...entities], glossary: [...glossary] };
}

/** Terms of already stemmed tokens: content unigrams, adjacent-pair bigrams, and concept ids found by the matchers. */
export function analyzeTokens(
  tokens: readonly string[],
  matchers: ConceptMatchers | undefined,
  weights: TermWeights = DEFAULT_TERM_WEIGHTS,
  lang?: Lang,
  typed?: { readonly words: TypedWords; readonly spellings: ReadonlyMap<string, readonly string[]> },
): AnalyzedText {
  const { terms, entities, glossary, isContent, inEntity, concepts } = termsAndSpans(
    tokens,
    matchers,
    weights,
    lang,
    typed,
    concatenated,
  );
  const predicateTerms = new Map<string, number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    // Time words ("this quarter", "next year", "hôm nay") place a question in time; they are not what it asks.
    const weight = TIME_WORDS.has(token) ? weights.unigram * ANALYSIS.timeWordShare : weights.unigram;
    if (isContent[i] && !inEntity[i]) predicateTerms.set(token, (predicateTerms.get(token) ?? 0) + weight);
  }
  for (const match of concepts) {
    if (allSet(inEntity, match.start, match.end)) continue;
    let timeOrStop = true;
    for (let i = match.start; i < match.end && timeOrStop; i += 1) {
      const token = tokens[i] ?? '';
      timeOrStop = TIME_WORDS.has(token) || isStopword(token, lang);
    }
    predicateTerms.set(
      `${GLOSSARY_PREFIX}${match.id}`,
      timeOrStop ? weights.concept * ANALYSIS.timeWordShare : weights.concept,
    );
  }
  return { tokens, terms, entities, glossary, predicateTerms, inEntity };
}
