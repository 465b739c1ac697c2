// The engine's built indexes as bytes and back, so that a fresh process reads them (src/engine-cache.ts) instead of
// analysing every fact again. One v8.serialize call over the knowledge base and the indexes keeps the objects they
// share shared (an indexed fact's `fact` is the knowledge base's fact). Pure: no file is read or written here.
import { deserialize, serialize } from 'node:v8';
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { ConceptMatchers } from './analyzer.js';
import { idfLookup, rankingScratch, type FactIndex, type Postings, type PostingsLookup } from './fact-index.js';
import type { EngineIndexes } from './index.js';
import { NameMatcher } from './name-matcher.js';
import { PhraseMatcher, type PhraseMatcherData } from './phrase-matcher.js';
import type { LanguageIndex, SuggesterIndex } from './suggest.js';
import { TypoCorrector, type TypoCorrectorData } from './typo-corrector.js';

/** Bumped whenever the shape below changes (the engine cache also keys on a hash of the code itself). */
const SNAPSHOT_FORMAT = 4;

/** Many small typed arrays cost v8.deserialize one buffer each: a map of postings is stored as one array of each. */
interface FlatPostings {
  /** Each term's position i: its entries are ids/values[offsets[i] .. offsets[i + 1]). */
  readonly position: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly values: Float64Array;
}

type StoredIndex = Omit<
  FactIndex,
  'idf' | 'scratch' | 'typos' | 'names' | 'matchers' | 'postings' | 'paraphrasePostings' | 'factPosition'
> & {
  /** TypoCorrectorData, serialized on its own: decoded when a question first has a word outside the vocabulary. */
  readonly typos: Uint8Array;
  readonly matchers: { readonly entities: PhraseMatcherData; readonly glossary: PhraseMatcherData };
  readonly postings: FlatPostings;
  readonly paraphrasePostings: FlatPostings;
};

interface StoredLanguageIndex {
  readonly records: LanguageIndex['records'];
  readonly vocabulary: LanguageIndex['vocabulary'];
  readonly postings: { readonly offsets: Int32Array; readonly ids: Int32Array };
}

interface Stored {
  readonly format: number;
  readonly kb: KnowledgeBase;
  readonly index: StoredIndex;
  /** The autocomplete's index (a Record of StoredLanguageIndex), serialized on its own: decoded by the first autocomplete. */
  readonly suggester: Uint8Array;
}

function flatPostings(map: PostingsLookup): FlatPostings {
  const terms = [...map.keys()];
  const offsets = new Int32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, i) => {
    offsets[i] = total;
    total += map.get(term)?.ids.length ?? 0;
  });
  offsets[terms.length] = total;
  const ids = new Int32Array(total);
  const values = new Float64Array(total);
  terms.forEach((term, i) => {
    const postings = map.get(term);
    if (!postings) return;
    ids.set(postings.ids, offsets[i]);
    values.set(postings.values, offsets[i]);
  });
  return { position: new Map(terms.map((term, i) => [term, i])), offsets, ids, values };
}

/** Postings over the flat arrays: a term's two views are made when it is looked up (a few per question). */
class FlatPostingsLookup implements PostingsLookup {
  constructor(private readonly flat: FlatPostings) {}

  has(term: string): boolean {
    return this.flat.position.has(term);
  }

  keys(): Iterable<string> {
    return this.flat.position.keys();
  }

  get(term: string): Postings | undefined {
    const { position, offsets, ids, values } = this.flat;
    const i = position.get(term);
    if (i === undefined) return undefined;
    const start = offsets[i] ?? 0;
    const end = offsets[i + 1] ?? start;
    return { ids: ids.subarray(start, end), values: values.subarray(start, end) };
  }
}

function storedLanguageIndex(index: LanguageIndex): StoredLanguageIndex {
  const offsets = new Int32Array(index.postings.length + 1);
  let total = 0;
  index.postings.forEach((list, i) => {
    offsets[i] = total;
    total += list.length;
  });
  offsets[index.postings.length] = total;
  const ids = new Int32Array(total);
  index.postings.forEach((list, i) => ids.set(list, offsets[i]));
  return { records: index.records, vocabulary: index.vocabulary, postings: { offsets, ids } };
}

function languageIndex(stored: StoredLanguageIndex): LanguageIndex {
  const { offsets, ids } = stored.postings;
  const postings: Int32Array[] = [];
  for (let i = 0; i + 1 < offsets.length; i += 1) postings.push(ids.subarray(offsets[i], offsets[i + 1]));
  return { records: stored.records, vocabulary: stored.vocabulary, postings };
}

/** The knowledge base and its engine's indexes as bytes (v8's serialization format). */
export function encodeEngine(kb: KnowledgeBase, indexes: EngineIndexes): Uint8Array {
  const {
    idf: _idf,
    scratch: _scratch,
    names: _names,
    factPosition: _factPosition,
    typos,
    matchers,
    postings,
    paraphrasePostings,
    ...plain
  } = indexes.index;
  const suggester = indexes.suggester();
  const stored: Stored = {
    format: SNAPSHOT_FORMAT,
    kb,
    index: {
      ...plain,
      typos: serialize(typos.toData()),
      matchers: { entities: matchers.entities.toData(), glossary: matchers.glossary.toData() },
      postings: flatPostings(postings),
      paraphrasePostings: flatPostings(paraphrasePostings),
    },
    suggester: serialize({ en: storedLanguageIndex(suggester.en), vi: storedLanguageIndex(suggester.vi) }),
  };
  return serialize(stored);
}

/**
 * The view itself when it is all of its buffer, else a copy. v8.deserialize returns some typed arrays (Uint8Array,
 * Float64Array) as views into the bytes it read: one kept for the process's life would keep all ~3 MB of the engine
 * cache's payload alive with it (measured in a heap snapshot of the bot at idle: 2.8 MB).
 */
function owned<T extends Uint8Array | Int32Array | Float64Array>(view: T, copy: (view: T) => T): T {
  return view.byteLength === view.buffer.byteLength ? view : copy(view);
}
// Constructed, not sliced: these bytes come back as Buffers, whose slice() is another view.
const ownedBytes = (view: Uint8Array) => owned(view, (v) => new Uint8Array(v));

function ownedPostings(flat: FlatPostings): FlatPostings {
  return {
    ...flat,
    offsets: owned(flat.offsets, (v) => new Int32Array(v)),
    ids: owned(flat.ids, (v) => new Int32Array(v)),
    values: owned(flat.values, (v) => new Float64Array(v)),
  };
}

/**
 * The knowledge base (not yet frozen) and the indexes that encodeEngine stored; throws when the bytes are not such a
 * snapshot. It trusts the bytes: the caller checks that they are the ones it wrote (src/engine-cache.ts).
 */
export function decodeEngine(bytes: Uint8Array): { kb: KnowledgeBase; indexes: EngineIndexes } {
  const stored = deserialize(bytes) as Partial<Stored> | undefined;
  if (stored?.format !== SNAPSHOT_FORMAT || !stored.kb || !stored.index || !stored.suggester)
    throw new Error('not an engine snapshot of this format');
  const { kb, index: plain } = stored;
  const { matchers, ...rest } = plain;
  // What the engine keeps of the bytes is copied out, so that the whole input can be collected (owned, below).
  const typos = ownedBytes(plain.typos);
  const suggester = ownedBytes(stored.suggester);
  const postings = ownedPostings(plain.postings);
  const paraphrasePostings = ownedPostings(plain.paraphrasePostings);
  const { idfByTerm, maxIdf } = rest;
  const conceptMatchers: ConceptMatchers = {
    entities: new PhraseMatcher(matchers.entities),
    glossary: new PhraseMatcher(matchers.glossary),
  };
  const index: FactIndex = {
    ...rest,
    factPosition: new Map(kb.facts.map((fact, i) => [fact.id, i])),
    matchers: conceptMatchers,
    typos: new TypoCorrector(() => deserialize(typos) as TypoCorrectorData),
    names: new NameMatcher(kb),
    postings: new FlatPostingsLookup(postings),
    paraphrasePostings: new FlatPostingsLookup(paraphrasePostings),
    scratch: rankingScratch(kb.facts.length, rest.paraphrases.length),
    idf: idfLookup(idfByTerm, maxIdf),
  };
  let suggesterIndex: SuggesterIndex | undefined;
  const decodeSuggester = (): SuggesterIndex => {
    if (!suggesterIndex) {
      const storedIndex = deserialize(suggester) as Record<keyof SuggesterIndex, StoredLanguageIndex>;
      suggesterIndex = { en: languageIndex(storedIndex.en), vi: languageIndex(storedIndex.vi) };
    }
    return suggesterIndex;
  };
  return { kb, indexes: { index, suggester: decodeSuggester } };
}
