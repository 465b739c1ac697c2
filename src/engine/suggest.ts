// Autocomplete of /ask questions: a word index over the facts' questions, built once, so one keystroke costs
// a few binary searches and posting-list walks (well under a millisecond), never a fuzzy scan of every question.
import type { Fact, KnowledgeBase } from '../knowledge/schema.js';
import { cleanText, normalizeForMatch } from '../text/normalize.js';
import { clampLimit } from './lookups.js';
import { suggestionFor } from './reply.js';
import type { BuildSteps } from './steps.js';
import type { Choice } from './types.js';
import type { Lang } from '../text/lang.js';

/** Longest partial question looked at (Discord sends at most 100 characters for a string option). */
export const AUTOCOMPLETE_MAX_CHARS = 200;
/** Distinct typed words scored; more add nothing a person would notice and only cost time. */
const MAX_TYPED_WORDS = 16;
/** A whole typed word with no exact match may match a vocabulary word one edit away (typos), at this weight. */
const TYPO_WEIGHT = 0.7;
const MIN_TYPO_LENGTH = 4;
/** A question that starts with everything typed so far is what the person is typing. */
const PREFIX_BONUS = 0.5;

interface QuestionRecord {
  readonly factId: string;
  readonly text: string;
  readonly folded: string;
}

export interface LanguageIndex {
  readonly records: readonly QuestionRecord[];
  /** Sorted distinct words of every question; postings[i] lists the records containing vocabulary[i]. */
  readonly vocabulary: readonly string[];
  readonly postings: readonly Int32Array[];
}

function* languageIndexSteps(kb: KnowledgeBase, lang: Lang): BuildSteps<LanguageIndex> {
  const records: QuestionRecord[] = [];
  /** Each record's fact's entities (for the build only: the engine cache stores the records). */
  const recordEntities: (readonly string[])[] = [];
  for (const [position, fact] of kb.facts.entries()) {
    if (position % 8 === 7) yield;
    for (const text of fact.questions[lang]) {
      records.push({ factId: fact.id, text, folded: normalizeForMatch(text, 500) });
      recordEntities.push(fact.entities);
    }
  }
  const byWord = new Map<string, number[]>();
  // A question also matches the names and aliases of the entities its fact is about ("zuck", "goldman").
  const wordsOfEntity = new Map<string, string[]>();
  const entityWords = (id: string): string[] => {
    let words = wordsOfEntity.get(id);
    if (!words) {
      const entity = kb.entitiesById.get(id);
      words = entity
        ? [entity.name[lang], ...entity.aliases].flatMap((name) => normalizeForMatch(name, 100).split(' '))
        : [];
      wordsOfEntity.set(id, words);
    }
    return words;
  };
  yield;
  for (const [i, record] of records.entries()) {
    if (i % 128 === 127) yield;
    // Each record once per word: records come in order, so a list that already ends with this one has it.
    const add = (word: string) => {
      if (word === '') return;
      let list = byWord.get(word);
      if (!list) {
        list = [];
        byWord.set(word, list);
      }
      if (list[list.length - 1] !== i) list.push(i);
    };
    for (const word of record.folded.split(' ')) add(word);
    for (const id of recordEntities[i] ?? []) for (const word of entityWords(id)) add(word);
  }
  yield;
  const vocabulary = [...byWord.keys()].sort();
  return { records, vocabulary, postings: vocabulary.map((word) => Int32Array.from(byWord.get(word) ?? [])) };
}

/** First index in the sorted list whose word is >= target. */
function lowerBound(sorted: readonly string[], target: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export type QuestionSuggester = (
  partial: string,
  options?: { readonly lang?: Lang; readonly limit?: number },
) => readonly Choice[];

/** The autocomplete's word index, one per language (plain data: the engine cache stores it). */
export type SuggesterIndex = Readonly<Record<Lang, LanguageIndex>>;

/** Builds the /ask autocomplete's index, as steps: one language's index each. */
export function* suggesterIndexSteps(kb: KnowledgeBase): BuildSteps<SuggesterIndex> {
  const en = yield* languageIndexSteps(kb, 'en');
  yield;
  const vi = yield* languageIndexSteps(kb, 'vi');
  return { en, vi };
}

/**
 * The /ask autocomplete over its index. Each question scores by the rarity-weighted share of typed words it contains
 * (the last one as a prefix, a longer whole word also one typo away), plus a bonus when it starts with the
 * text typed so far; a fact takes its best question. Empty input offers the most useful facts.
 */
export function questionSuggester(
  kb: KnowledgeBase,
  suggesterIndex: () => SuggesterIndex,
  mostUseful: readonly Fact[],
  detectLanguage: (text: string) => Lang | undefined,
): QuestionSuggester {
  const usefulRank = new Map(mostUseful.map((fact, i) => [fact.id, i]));
  // Scratch space reused by every call (autocomplete is synchronous, so calls never overlap); made with the index.
  let scratch: { indexes: SuggesterIndex; scores: Float64Array; marks: Int32Array } | undefined;
  const prepared = () => {
    if (!scratch) {
      const indexes = suggesterIndex();
      const size = Math.max(indexes.en.records.length, indexes.vi.records.length);
      scratch = { indexes, scores: new Float64Array(size), marks: new Int32Array(size) };
    }
    return scratch;
  };
  let generation = 0;

  const score = (lang: Lang, folded: string): Map<string, { score: number; text: string }> => {
    const { indexes, scores, marks } = prepared();
    const { records, vocabulary, postings } = indexes[lang];
    scores.fill(0, 0, records.length);
    const typed = [...new Set(folded.split(' '))].slice(0, MAX_TYPED_WORDS);
    const lastWord = folded.slice(folded.lastIndexOf(' ') + 1);
    const touched: number[] = [];
    let total = 0;
    for (const word of typed) {
      generation += 1;
      const matched: number[] = [];
      let weight = 1;
      const collect = (vocabIndex: number) => {
        for (const record of postings[vocabIndex] ?? []) {
          if (marks[record] === generation) continue;
          marks[record] = generation;
          matched.push(record);
        }
      };
      const start = lowerBound(vocabulary, word);
      if (word === lastWord) {
        for (let i = start; i < vocabulary.length && (vocabulary[i] ?? '').startsWith(word); i += 1) collect(i);
      } else if (vocabulary[start] === word) {
        collect(start);
      } else if (word.length >= MIN_TYPO_LENGTH) {
        // Candidates share the first letter; the range is small because the vocabulary is sorted.
        const first = word.slice(0, 1);
        weight = TYPO_WEIGHT;
        for (let i = lowerBound(vocabulary, first); i < vocabulary.length; i += 1) {
          const candidate = vocabulary[i] ?? '';
          if (!candidate.startsWith(first)) break;
          if (withinOneEdit(word, candidate)) collect(i);
        }
      }
      // Rare words say more than "how" or "the": inverse document frequency over the questions.
      const idf = Math.log(1 + records.length / Math.max(1, matched.length));
      total += idf;
      for (const record of matched) {
        if (scores[record] === 0) touched.push(record);
        scores[record] = (scores[record] ?? 0) + weight * idf;
      }
    }
    const best = new Map<string, { score: number; text: string }>();
    for (const i of touched) {
      const record = records[i];
      if (!record) continue;
      const value = (scores[i] ?? 0) / total + (record.folded.startsWith(folded) ? PREFIX_BONUS : 0);
      const entry = best.get(record.factId);
      if (!entry || value > entry.score) best.set(record.factId, { score: value, text: record.text });
    }
    return best;
  };

  return (partial, options = {}) => {
    const limit = clampLimit(options.limit);
    if (limit === 0) return [];
    const cleaned = cleanText(typeof partial === 'string' ? partial : '', AUTOCOMPLETE_MAX_CHARS);
    const lang: Lang = options.lang ?? detectLanguage(cleaned) ?? 'en';
    // Keyword-style paraphrases ("openai lo bao nhieu") match well but read badly; the fact's first question is shown instead.
    const readable = (text: string | undefined) => text !== undefined && text !== text.toLowerCase();
    const toChoice = (fact: Fact, text?: string): Choice => ({
      name: readable(text) && text ? text : suggestionFor(fact, lang).question,
      value: fact.id,
    });
    const folded = normalizeForMatch(cleaned, AUTOCOMPLETE_MAX_CHARS);
    if (folded === '') return mostUseful.slice(0, limit).map((fact) => toChoice(fact));
    const rank = (id: string) => usefulRank.get(id) ?? Number.MAX_SAFE_INTEGER;
    return [...score(lang, folded).entries()]
      .sort((a, b) => b[1].score - a[1].score || rank(a[0]) - rank(b[0]))
      .slice(0, limit)
      .flatMap(([factId, entry]) => {
        const fact = kb.factsById.get(factId);
        return fact ? [toChoice(fact, entry.text)] : [];
      });
  };
}
