// The retrieval index over the facts, built once: BM25F over weighted fields, paraphrase term sets, vocabulary, typos.
import type { Entity, Fact, KnowledgeBase } from '../knowledge/schema.js';
import {
  analyzeTerms,
  buildConceptMatchers,
  conceptSpellings,
  ENTITY_PREFIX,
  GLOSSARY_PREFIX,
  sharedTerms,
  type ConceptMatchers,
  type TextTerms,
} from './analyzer.js';
import { foldDiacritics, foldedTokens } from '../text/normalize.js';
import { stemToken } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { NameMatcher } from './name-matcher.js';
import { answerKinds, factMeasures, queryNumbers, relativePeriods, type AskedMeasure } from './question-cues.js';
import { runSteps, type BuildSteps } from './steps.js';
import { TypoCorrector } from './typo-corrector.js';
import { BM25F } from './tuning.js';
import { LANGS, type Lang } from '../text/lang.js';

const FIELDS = BM25F.fields;
type FieldName = keyof typeof FIELDS;

interface Paraphrase {
  readonly factIndex: number;
  readonly lang: Lang;
  readonly text: string;
  readonly terms: ReadonlyMap<string, number>;
  /** Sum of idf × weight of its terms. */
  readonly mass: number;
}

export interface IndexedFact {
  readonly fact: Fact;
  /** Entity ids the fact is about or names (its `entities`, plus entities named in its text). */
  readonly entityIds: ReadonlySet<string>;
  /** Entities the fact's own paraphrases ask about, and its first entity: what it answers questions about. */
  readonly askedEntityIds: ReadonlySet<string>;
  /** Its first entity, and that person's organisation: what the fact is mainly about. */
  readonly primaryEntityIds: ReadonlySet<string>;
  /** Positions of its paraphrases in `paraphrases`. */
  readonly paraphrasePositions: readonly number[];
  /** Every term of every field (for coverage). */
  readonly termSet: ReadonlySet<string>;
  /** Terms of its paraphrases and keywords only: what the fact is meant to answer. */
  readonly askedTermSet: ReadonlySet<string>;
  /** The measures its figures and answers give (an amount, a count, a duration, a percentage). */
  readonly measures: ReadonlySet<AskedMeasure>;
  /** Concepts the fact or the roles and descriptions of its entities mention ("CEO" for a fact about Sundar Pichai). */
  readonly conceptSet: ReadonlySet<string>;
  /** Periods before or after the article's time it names ("next:*" for "the next 12 months"). */
  readonly periods: ReadonlySet<string>;
  /** It has a figure other than a date or a year. */
  readonly hasFigures: boolean;
  /** It is a date fact or has a date or a year figure. */
  readonly hasDate: boolean;
  /** The people among its entities. */
  readonly people: readonly Entity[];
  /**
   * Per figure (in `fact.figures` order): the glossary concepts that label another figure of the same subject and unit,
   * and not this one or its fact ("lose" and "labour" for OpenAI's training cost). A question that names one of them and
   * this figure's number asks the other figure's measure ("does OpenAI lose $3 billion"): the number is not this one's.
   */
  readonly figureOtherMeasures: readonly ReadonlySet<string>[];
}

/**
 * Accumulators reused by every ranking (the engine is synchronous): per paraphrase, zero between questions (reset
 * through the touched list); per fact, zeroed at the start of each ranking.
 */
export interface RankingScratch {
  readonly paraphraseMatched: Float64Array;
  readonly paraphraseOwnMatched: Float64Array;
  readonly bm25: Float64Array;
  readonly covered: Float64Array;
  readonly paraphraseBest: Float64Array;
  readonly predicateCovered: Float64Array;
  readonly askedCovered: Float64Array;
  readonly missingAttributeCount: Int32Array;
  /** The paraphrase positions one question touched, in the order first touched (the first `count` entries). */
  readonly touched: Int32Array;
}

/** Zeroed accumulators for an index of `facts` facts and `paraphrases` paraphrases. */
export function rankingScratch(facts: number, paraphrases: number): RankingScratch {
  return {
    paraphraseMatched: new Float64Array(paraphrases),
    paraphraseOwnMatched: new Float64Array(paraphrases),
    bm25: new Float64Array(facts),
    covered: new Float64Array(facts),
    paraphraseBest: new Float64Array(facts),
    predicateCovered: new Float64Array(facts),
    askedCovered: new Float64Array(facts),
    missingAttributeCount: new Int32Array(facts),
    touched: new Int32Array(paraphrases),
  };
}

/** One term's postings as two parallel flat arrays (read in the hot loop of ranking without pointer chasing). */
export interface Postings {
  /** Fact positions (term postings) or paraphrase positions (paraphrase postings). */
  readonly ids: Int32Array;
  /** The BM25F-normalised term frequency, or the term's weight in the paraphrase. */
  readonly values: Float64Array;
}

/** What ranking reads of a map of postings (a Map when built; flat arrays when read from the engine cache). */
export interface PostingsLookup {
  get(term: string): Postings | undefined;
  has(term: string): boolean;
  keys(): Iterable<string>;
}

/** A term's postings while the index is built: parallel lists, grown one posting at a time (no pair per posting). */
interface GrowingPostings {
  readonly ids: number[];
  readonly values: number[];
}

function addPosting(lists: Map<string, GrowingPostings>, term: string, id: number, value: number): void {
  let list = lists.get(term);
  if (!list) {
    list = { ids: [], values: [] };
    lists.set(term, list);
  }
  list.ids.push(id);
  list.values.push(value);
}

/**
 * The postings as typed arrays: every term's are views into one pair of buffers, in the order of `lists` (two
 * allocations in all rather than two buffers per term, which made this step ~6% of the build).
 */
function* postingsSteps(lists: ReadonlyMap<string, GrowingPostings>): BuildSteps<Map<string, Postings>> {
  let total = 0;
  lists.forEach((list) => {
    total += list.ids.length;
  });
  const ids = new Int32Array(total);
  const values = new Float64Array(total);
  const flat = new Map<string, Postings>();
  let start = 0;
  for (const [term, list] of lists) {
    if (flat.size % 1024 === 1023) yield;
    const count = list.ids.length;
    // Copied one by one and viewed through the constructor: both several times faster than set() and subarray().
    for (let k = 0; k < count; k += 1) {
      ids[start + k] = list.ids[k] ?? 0;
      values[start + k] = list.values[k] ?? 0;
    }
    flat.set(term, {
      ids: new Int32Array(ids.buffer, start * Int32Array.BYTES_PER_ELEMENT, count),
      values: new Float64Array(values.buffer, start * Float64Array.BYTES_PER_ELEMENT, count),
    });
    start += count;
  }
  return flat;
}

export interface FactIndex {
  readonly facts: readonly IndexedFact[];
  readonly factPosition: ReadonlyMap<string, number>;
  readonly paraphrases: readonly Paraphrase[];
  readonly matchers: ConceptMatchers;
  /** The spellings that mean each one-syllable glossary word (src/engine/analyzer.ts conceptSpellings). */
  readonly conceptSpellings: ReadonlyMap<string, readonly string[]>;
  readonly typos: TypoCorrector;
  /** fuse.js over the words of names, for misspellings too far for the typo corrector. */
  readonly names: NameMatcher;
  /** Every stemmed token of the knowledge and the article: a question word outside it is unknown to the article. */
  readonly vocabulary: ReadonlySet<string>;
  /**
   * The stems of the knowledge's English texts (and of names): a word of an English question found only in Vietnamese
   * text ("pho" of "Phố Wall") is a Vietnamese syllable the English knowledge never uses, not a known word.
   */
  readonly englishVocabulary: ReadonlySet<string>;
  readonly entityTypes: ReadonlyMap<string, Entity['type']>;
  /**
   * A person's organisation (Musk → Tesla), for "Musk's car company": its name's folded words, and the stemmed words of
   * its aliases ("car" of "electric car maker"), the only words that may describe the company asked.
   */
  readonly organisations: ReadonlyMap<
    string,
    { readonly name: readonly string[]; readonly aliasWords: ReadonlySet<string> }
  >;
  /** Folded words of proper names (people, companies, products, publications), which are the same in both languages. */
  readonly nameWords: ReadonlySet<string>;
  /**
   * The terms of each entity's description (both languages): what the knowledge says the entity did ("jeans for
   * gold-rush miners"), which grounds a question about an entity a fact only lists.
   */
  readonly entityDescriptionTerms: ReadonlyMap<string, ReadonlySet<string>>;
  /** Pairs of adjacent words ("thoi_tiet") anywhere in the knowledge or the article: Vietnamese words are often two syllables. */
  readonly bigramVocabulary: ReadonlySet<string>;
  /** Entity names and aliases written without spaces or punctuation ("mag7", "gpt4"), to tell known identifiers. */
  readonly compactNames: ReadonlySet<string>;
  /** Stemmed words the knowledge uses for sums of money: the words of its money figures' labels and their glossary synonyms. */
  readonly moneyWords: ReadonlySet<string>;
  /**
   * Glossary concepts that some fact is about (in its paraphrases or keywords) and that are not question words: the
   * attributes the knowledge can answer for some subject (revenue, wage bill, layoffs). A question asking one of them
   * about a fact that never mentions it asks something that fact does not say.
   */
  readonly attributeConcepts: ReadonlySet<string>;
  /** term → fact positions and BM25F-normalised term frequencies. */
  readonly postings: PostingsLookup;
  /** term → positions of the facts whose `askedTermSet` has it. */
  readonly askedPostings: ReadonlyMap<string, readonly number[]>;
  /** concept term → positions of the facts whose `conceptSet` has it. */
  readonly conceptPostings: ReadonlyMap<string, readonly number[]>;
  /** term → paraphrase positions and the term's weight in each. */
  readonly paraphrasePostings: PostingsLookup;
  /** Per-paraphrase accumulators reused by every question (all zero between questions; the engine is synchronous). */
  readonly scratch: RankingScratch;
  /** Each paraphrase's fact position and mass, as flat arrays (read for every paraphrase a question touches). */
  readonly paraphraseFact: Int32Array;
  readonly paraphraseMass: Float64Array;
  readonly idf: (term: string) => number;
  /** The idf of every term some fact contains (what `idf` reads). */
  readonly idfByTerm: ReadonlyMap<string, number>;
  /** The idf given to a term no fact contains (the rarest possible). */
  readonly maxIdf: number;
  readonly k1: number;
}

function entityTexts(entity: Entity | undefined): string[] {
  if (!entity) return [];
  return [entity.name.en, entity.name.vi, ...entity.aliases];
}

type LangText = readonly [text: string, lang: Lang | undefined];

const inLang = (lang: Lang, texts: readonly string[]): LangText[] => texts.map((text) => [text, lang] as const);

/** The texts of each field with their language (so that each is read with its own stop words). */
function fieldTexts(fact: Fact, kb: KnowledgeBase): Record<FieldName, LangText[]> {
  return {
    questions: [...inLang('en', fact.questions.en), ...inLang('vi', fact.questions.vi)],
    keywords: [...inLang('en', fact.keywords.en), ...inLang('vi', fact.keywords.vi)],
    entities: fact.entities
      .flatMap((id) => entityTexts(kb.entitiesById.get(id)))
      .map((text) => [text, undefined] as const),
    answer: [
      [fact.answer.en, 'en'],
      [fact.answer.vi, 'vi'],
    ],
    quote: [
      [fact.quote, 'vi'],
      [fact.quoteEn, 'en'],
    ],
    note: fact.translationNote
      ? [
          [fact.translationNote.en, 'en'],
          [fact.translationNote.vi, 'vi'],
        ]
      : [],
    figures: fact.figures.flatMap((figure): LangText[] => [
      [figure.label.en, 'en'],
      [figure.label.vi, 'vi'],
    ]),
  };
}

// The build's loops over maps of terms use forEach: `for (const [term, weight] of map)` makes an entry array per term,
// and these loops visit some 150,000 entries per build (forEach measured twice as fast, and allocation-free).

function mergeTerms(into: Map<string, number>, from: ReadonlyMap<string, number>, factor = 1): void {
  from.forEach((weight, term) => into.set(term, (into.get(term) ?? 0) + weight * factor));
}

/**
 * A term's idf, `maxIdf` for a term no fact contains. Made outside the build: a closure made inside it would keep the
 * build's scope alive with the index, and with it every cache of the build (measured with five engines kept: 17.5 MB
 * of heap each with the caches, 11.3 to 13.3 MB without).
 */
export function idfLookup(idfByTerm: ReadonlyMap<string, number>, maxIdf: number): (term: string) => number {
  return (term) => idfByTerm.get(term) ?? maxIdf;
}

/** Builds the index at once (start-up, tests). */
export function buildFactIndex(kb: KnowledgeBase): FactIndex {
  return runSteps(factIndexSteps(kb));
}

/**
 * The index build as a series of steps (each a few milliseconds at most): `yield` marks where a caller that must keep
 * answering meanwhile (a knowledge reload) may pause; `runSteps` runs them all at once.
 */
export function* factIndexSteps(kb: KnowledgeBase): BuildSteps<FactIndex> {
  const matchers = buildConceptMatchers(kb);
  const spellings = conceptSpellings(kb);
  yield;
  // Many texts are read twice (as a field and for the vocabulary); their tokens are worked out once.
  const foldedCache = new Map<string, string[]>();
  const stemCache = new Map<string, string>();
  const tokenCache = new Map<string, string[]>();
  const foldedOf = (text: string): string[] => {
    let folded = foldedCache.get(text);
    if (!folded) {
      folded = foldedTokens(text, 100_000);
      foldedCache.set(text, folded);
    }
    return folded;
  };
  const stemOf = (token: string): string => {
    let stem = stemCache.get(token);
    if (stem === undefined) {
      stem = stemToken(token);
      stemCache.set(token, stem);
    }
    return stem;
  };
  const tokensOf = (text: string): string[] => {
    let tokens = tokenCache.get(text);
    if (!tokens) {
      tokens = foldedOf(text).map(stemOf);
      tokenCache.set(text, tokens);
    }
    return tokens;
  };
  // A fact's questions are read as a field and as paraphrases; each text is analysed once per language it is read in.
  // Keyed by language, then by the text itself (no key string made per lookup: the text's hash is worked out once).
  const analysisCache = new Map<Lang | undefined, Map<string, TextTerms>>();
  const join = sharedTerms();
  const analyze = (text: string, lang: Lang | undefined): TextTerms => {
    let ofLang = analysisCache.get(lang);
    if (!ofLang) {
      ofLang = new Map();
      analysisCache.set(lang, ofLang);
    }
    let analysis = ofLang.get(text);
    if (!analysis) {
      analysis = analyzeTerms(tokensOf(text), matchers, lang, join);
      ofLang.set(text, analysis);
    }
    return analysis;
  };
  const entityConceptCache = new Map<string, string[]>();
  const entityConcepts = (id: string): string[] => {
    let concepts = entityConceptCache.get(id);
    if (!concepts) {
      const entity = kb.entitiesById.get(id);
      const texts = entity
        ? ([
            [entity.description.en, 'en'],
            [entity.description.vi, 'vi'],
            [entity.role?.en ?? '', 'en'],
            [entity.role?.vi ?? '', 'vi'],
          ] as const)
        : [];
      concepts = texts.flatMap(([text, lang]) =>
        analyze(text, lang).glossary.map((concept) => `${GLOSSARY_PREFIX}${concept}`),
      );
      entityConceptCache.set(id, concepts);
    }
    return concepts;
  };
  const n = kb.facts.length;
  // Per fact, per field: term frequencies and length.
  const fieldTerms: Record<FieldName, Map<string, number>>[] = [];
  const fieldLengthSum = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, 0])) as Record<FieldName, number>;
  const documentFrequency = new Map<string, number>();
  const facts: IndexedFact[] = [];
  const analyzedQuestions: { factIndex: number; lang: Lang; text: string; analysis: TextTerms }[] = [];
  // Each fact's field texts, read again below for the vocabulary.
  const textsOfFacts: Record<FieldName, LangText[]>[] = [];

  for (const [factIndex, fact] of kb.facts.entries()) {
    yield;
    const texts = fieldTexts(fact, kb);
    textsOfFacts.push(texts);
    const perField = {} as Record<FieldName, Map<string, number>>;
    const termSet = new Set<string>();
    const askedTermSet = new Set<string>();
    const entityIds = new Set<string>(fact.entities);
    const askedEntityIds = new Set<string>(fact.entities.slice(0, 1));
    for (const field of Object.keys(FIELDS) as FieldName[]) {
      const terms = new Map<string, number>();
      for (const [text, lang] of texts[field]) {
        const analysis = analyze(text, lang);
        mergeTerms(terms, analysis.terms);
        // Entities named in the quote count as what the fact is about (answers may name others to rule them out).
        if (field === 'quote') for (const id of analysis.entities) entityIds.add(id);
        if (field === 'questions') for (const id of analysis.entities) askedEntityIds.add(id);
      }
      if (field === 'entities')
        for (const id of fact.entities)
          terms.set(`${ENTITY_PREFIX}${id}`, (terms.get(`${ENTITY_PREFIX}${id}`) ?? 0) + 2);
      perField[field] = terms;
      let length = 0;
      const asked = field === 'questions' || field === 'keywords';
      terms.forEach((weight, term) => {
        termSet.add(term);
        if (asked) askedTermSet.add(term);
        length += weight;
      });
      fieldLengthSum[field] += length;
    }
    for (const id of entityIds) termSet.add(`${ENTITY_PREFIX}${id}`);
    for (const term of termSet) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    fieldTerms.push(perField);
    for (const id of askedEntityIds) entityIds.add(id);
    const primaryEntityIds = new Set<string>(fact.entities.slice(0, 1));
    const primaryOrganisation = fact.entities[0] ? kb.entitiesById.get(fact.entities[0])?.organisation : undefined;
    if (primaryOrganisation) primaryEntityIds.add(primaryOrganisation);
    const measures = factMeasures(fact.figures, [foldedOf(fact.answer.en), foldedOf(fact.answer.vi)]);
    const conceptSet = new Set<string>([...termSet].filter((term) => term.startsWith(GLOSSARY_PREFIX)));
    for (const id of fact.entities) for (const concept of entityConcepts(id)) conceptSet.add(concept);
    const periods = new Set<string>();
    for (const field of ['questions', 'keywords', 'answer', 'quote'] as const) {
      for (const [text] of texts[field]) for (const period of relativePeriods(foldedOf(text))) periods.add(period);
    }
    facts.push({
      fact,
      entityIds,
      askedEntityIds,
      primaryEntityIds,
      paraphrasePositions: [],
      termSet,
      askedTermSet,
      measures,
      conceptSet,
      periods,
      hasFigures: fact.figures.some((f) => f.unit !== 'date' && f.unit !== 'year'),
      hasDate: fact.kind === 'date' || fact.figures.some((f) => f.unit === 'date' || f.unit === 'year'),
      people: fact.entities.flatMap((id) => {
        const entity = kb.entitiesById.get(id);
        return entity?.type === 'person' ? [entity] : [];
      }),
      figureOtherMeasures: [],
    });
    for (const lang of LANGS) {
      for (const text of fact.questions[lang])
        analyzedQuestions.push({ factIndex, lang, text, analysis: analyze(text, lang) });
    }
  }
  yield;
  fillFigureOtherMeasures(facts, (text, lang) => analyze(text, lang).glossary);

  const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const maxIdf = idfOf(0);
  const idfByTerm = new Map<string, number>();
  documentFrequency.forEach((df, term) => idfByTerm.set(term, idfOf(df)));
  const idf = idfLookup(idfByTerm, maxIdf);

  // BM25F: each field's frequency is length-normalised on its own, then the fields are summed with their weights.
  const postings = new Map<string, GrowingPostings>();
  for (const [factIndex, perField] of fieldTerms.entries()) {
    if (factIndex % 8 === 7) yield;
    const combined = new Map<string, number>();
    for (const field of Object.keys(FIELDS) as FieldName[]) {
      const { weight, b } = FIELDS[field];
      const terms = perField[field];
      let length = 0;
      for (const value of terms.values()) length += value;
      const average = fieldLengthSum[field] / n || 1;
      const norm = 1 - b + (b * length) / average;
      terms.forEach((tf, term) => combined.set(term, (combined.get(term) ?? 0) + (weight * tf) / norm));
    }
    for (const id of facts[factIndex]?.entityIds ?? []) {
      const term = `${ENTITY_PREFIX}${id}`;
      if (!combined.has(term)) combined.set(term, BM25F.entityTermWeight);
    }
    combined.forEach((tf, term) => addPosting(postings, term, factIndex, tf));
  }

  yield;
  // The per-fact sets inverted, so that ranking visits only the facts that have a term.
  const invert = (setOf: (indexed: IndexedFact) => ReadonlySet<string>) => {
    const inverted = new Map<string, number[]>();
    facts.forEach((indexed, position) => {
      for (const term of setOf(indexed)) {
        const list = inverted.get(term) ?? [];
        list.push(position);
        inverted.set(term, list);
      }
    });
    return inverted;
  };
  const askedPostings = invert((indexed) => indexed.askedTermSet);
  const conceptPostings = invert((indexed) => indexed.conceptSet);

  const paraphrases: Paraphrase[] = [];
  const paraphrasePostings = new Map<string, GrowingPostings>();
  yield;
  for (const { factIndex, lang, text, analysis } of analyzedQuestions) {
    if (paraphrases.length % 200 === 0) yield;
    let mass = 0;
    analysis.terms.forEach((weight, term) => {
      mass += idf(term) * weight;
    });
    const position = paraphrases.length;
    paraphrases.push({ factIndex, lang, text, terms: analysis.terms, mass });
    (facts[factIndex]?.paraphrasePositions as number[] | undefined)?.push(position);
    analysis.terms.forEach((weight, term) => addPosting(paraphrasePostings, term, position, weight));
  }

  // Vocabulary: everything the knowledge and the article say, so that "unknown" means unknown to the article.
  const vocabulary = new Set<string>();
  const englishVocabulary = new Set<string>();
  const bigramVocabulary = new Set<string>();
  // The pairs already in bigramVocabulary, by first word: a pair met again (most are) is found without building its string.
  const bigramsAfter = new Map<string, Set<string>>();
  const surfaceWords = new Map<string, { stem: string; frequency: number }>();
  // Facts share texts (their entities' names): a text already added, in English if asked, only counts its words again.
  const added = new Map<string, boolean>();
  const addVocabulary = (text: string, countForTypos: boolean, english = false) => {
    const stems = tokensOf(text);
    const surfaces = foldedOf(text);
    const addedInEnglish = added.get(text);
    if (addedInEnglish === undefined || (english && !addedInEnglish)) {
      let previous: string | undefined;
      for (let position = 0; position < surfaces.length; position += 1) {
        const stem = stems[position] ?? '';
        vocabulary.add(stem);
        if (english) englishVocabulary.add(stem);
        if (previous !== undefined) {
          let after = bigramsAfter.get(previous);
          if (!after) {
            after = new Set();
            bigramsAfter.set(previous, after);
          }
          if (!after.has(stem)) {
            after.add(stem);
            bigramVocabulary.add(`${previous}_${stem}`);
          }
        }
        previous = stem;
      }
      added.set(text, english);
    }
    if (!countForTypos) return;
    for (let position = 0; position < surfaces.length; position += 1) {
      const surface = surfaces[position] ?? '';
      const entry = surfaceWords.get(surface);
      if (entry) entry.frequency += 1;
      else surfaceWords.set(surface, { stem: stems[position] ?? '', frequency: 1 });
    }
  };
  for (const texts of textsOfFacts) {
    yield;
    for (const field of Object.values(texts))
      for (const [text, lang] of field) addVocabulary(text, true, lang === 'en');
  }
  yield;
  for (const entity of kb.entities) {
    for (const text of entityTexts(entity)) addVocabulary(text, true);
    addVocabulary(`${entity.description.vi} ${entity.role?.vi ?? ''}`, false);
    addVocabulary(`${entity.name.en} ${entity.description.en} ${entity.role?.en ?? ''}`, false, true);
    // An alias is English unless it is Vietnamese: with diacritics, or a Vietnamese name typed without them ("pho wall").
    const vietnamese = new Set(
      [entity.name.vi, ...entity.aliases]
        .filter((a) => foldDiacritics(a) !== a)
        .map((a) => foldDiacritics(a).toLowerCase()),
    );
    for (const alias of entity.aliases)
      if (foldDiacritics(alias) === alias && !vietnamese.has(alias.toLowerCase())) addVocabulary(alias, false, true);
  }
  yield;
  for (const term of kb.glossary) {
    for (const text of term.en) addVocabulary(text, true, true);
    for (const text of term.vi) addVocabulary(text, true);
  }
  for (const quote of kb.quotes) {
    addVocabulary(`${quote.text} ${quote.role.vi}`, false);
    addVocabulary(`${quote.en} ${quote.role.en}`, false, true);
  }
  yield;
  addVocabulary(kb.articleText, false);
  yield;
  addVocabulary(kb.meta.title.en, false, true);
  addVocabulary(kb.meta.title.vi, false);
  for (const lang of LANGS)
    for (const sentence of kb.summaries.full[lang]) addVocabulary(sentence.text, false, lang === 'en');

  const nameWords = new Set<string>();
  for (const entity of kb.entities) {
    if (entity.type === 'term' || entity.type === 'event' || entity.type === 'place') continue;
    for (const name of [entity.name.en, ...entity.aliases])
      for (const word of foldedTokens(name, 200)) nameWords.add(word);
  }
  const compactNames = new Set<string>();
  for (const entity of kb.entities) {
    for (const name of entityTexts(entity)) compactNames.add(foldedTokens(name, 200).join(''));
  }

  // A concept that names the sum in the money figures of two facts or more, and in no other figure, is a kind of money
  // (cost, revenue, spending); one that names a single figure ("labour cost") may be what is counted ("how many employees").
  const moneyConceptFacts = new Map<string, Set<number>>();
  const otherFigureConcepts = new Set<string>();
  kb.facts.forEach((fact, factIndex) => {
    for (const figure of fact.figures) {
      for (const label of [figure.label.en, figure.label.vi]) {
        for (const id of analyze(label, undefined).glossary) {
          if (figure.unit === 'currency')
            moneyConceptFacts.set(id, (moneyConceptFacts.get(id) ?? new Set()).add(factIndex));
          else otherFigureConcepts.add(id);
        }
      }
    }
  });
  yield;
  const moneyWords = new Set<string>();
  for (const term of kb.glossary) {
    if ((moneyConceptFacts.get(term.id)?.size ?? 0) < 2 || otherFigureConcepts.has(term.id)) continue;
    for (const variant of [...term.en, ...term.vi])
      for (const token of tokensOf(variant)) if (!isStopword(token) && !/^\d/.test(token)) moneyWords.add(token);
  }

  const attributeConcepts = new Set<string>();
  for (const indexed of facts)
    for (const term of indexed.askedTermSet) if (term.startsWith(GLOSSARY_PREFIX)) attributeConcepts.add(term);
  for (const [position, term] of kb.glossary.entries()) {
    if (position % 32 === 31) yield;
    const isQuestionWord = [...term.en, ...term.vi].some((variant) => {
      const tokens = foldedTokens(variant, 200);
      return tokens.every((token) => isStopword(token)) || answerKinds(tokens).size > 0;
    });
    // Units and scales ("billion", "percent") are read as numbers, not as what is asked.
    const isUnit = [...term.en, ...term.vi].some(
      (variant) => queryNumbers(['1', ...foldedTokens(variant, 200)])[0]?.unit !== undefined,
    );
    if (isQuestionWord || isUnit) attributeConcepts.delete(`${GLOSSARY_PREFIX}${term.id}`);
  }

  yield;
  const typos = new TypoCorrector(surfaceWords);
  yield;
  const names = new NameMatcher(kb);
  yield;
  const termPostings = yield* postingsSteps(postings);
  yield;
  const paraphrasePostingsFlat = yield* postingsSteps(paraphrasePostings);
  yield;
  return {
    moneyWords,
    attributeConcepts,
    entityTypes: new Map(kb.entities.map((entity) => [entity.id, entity.type])),
    organisations: new Map(
      kb.entities.flatMap((entity) => {
        const organisation = entity.organisation ? kb.entitiesById.get(entity.organisation) : undefined;
        if (!organisation) return [];
        const aliasWords = new Set(organisation.aliases.flatMap((alias) => foldedTokens(alias).map(stemToken)));
        return [[entity.id, { name: foldedTokens(organisation.name.en), aliasWords }] as const];
      }),
    ),
    nameWords,
    entityDescriptionTerms: new Map(
      kb.entities.map((entity) => [
        entity.id,
        new Set([
          ...analyze(entity.description.en, 'en').terms.keys(),
          ...analyze(entity.description.vi, 'vi').terms.keys(),
        ]),
      ]),
    ),
    bigramVocabulary,
    compactNames,
    facts,
    factPosition: new Map(kb.facts.map((fact, i) => [fact.id, i])),
    paraphrases,
    matchers,
    conceptSpellings: spellings,
    typos,
    names,
    vocabulary,
    englishVocabulary,
    postings: termPostings,
    askedPostings,
    conceptPostings,
    paraphrasePostings: paraphrasePostingsFlat,
    scratch: rankingScratch(n, paraphrases.length),
    paraphraseFact: Int32Array.from(paraphrases, (p) => p.factIndex),
    paraphraseMass: Float64Array.from(paraphrases, (p) => p.mass),
    idf,
    idfByTerm,
    maxIdf,
    k1: BM25F.k1,
  };
}

/**
 * Fills each fact's `figureOtherMeasures`: per figure, the concepts that label another figure of its subject in the same
 * unit (a sum of money beside a sum of money) and that neither its own label nor its fact's paraphrases and keywords
 * name ("share" is asked of Nvidia's 82% though its label says "acceleration"). Dates and years place a figure in time
 * and measure nothing: they are left out. Figures are few (a few dozen), so every pair is compared once, at build time.
 */
function fillFigureOtherMeasures(
  facts: readonly IndexedFact[],
  conceptsOf: (text: string, lang: Lang) => readonly string[],
): void {
  const labelled = facts.flatMap((indexed) =>
    indexed.fact.figures.map((figure) => ({
      subject:
        figure.unit === 'date' || figure.unit === 'year' ? undefined : (figure.subject ?? indexed.fact.entities[0]),
      unit: figure.unit,
      concepts: new Set(
        LANGS.flatMap((lang) => conceptsOf(figure.label[lang], lang)).map((id) => `${GLOSSARY_PREFIX}${id}`),
      ),
    })),
  );
  let position = 0;
  for (const indexed of facts) {
    const others: ReadonlySet<string>[] = indexed.fact.figures.map(() => {
      const own = labelled[position];
      position += 1;
      const other = new Set<string>();
      if (!own || own.subject === undefined) return other;
      for (const item of labelled)
        if (item !== own && item.subject === own.subject && item.unit === own.unit)
          for (const concept of item.concepts)
            if (!own.concepts.has(concept) && !indexed.askedTermSet.has(concept)) other.add(concept);
      return other;
    });
    (indexed.figureOtherMeasures as ReadonlySet<string>[]).push(...others);
  }
}
