// Scores every fact for an analysed question and turns the best score into a calibrated confidence.
import type { Entity, Fact, Figure } from '../knowledge/schema.js';
import { ENTITY_PREFIX, GLOSSARY_PREFIX, isBigram } from './analyzer.js';
import type { FactIndex, IndexedFact, Postings } from './fact-index.js';
import type { QueryAnalysis } from './query.js';
import { askedPeriods, numberFit, periodsFit, type QueryNumber } from './question-cues.js';
import { mapped } from '../text/packed.js';
import { RANKING } from './tuning.js';

export { RANKING };

export interface FactScore {
  readonly factIndex: number;
  readonly fact: Fact;
  /** The ranking score (higher is better; not a probability). */
  readonly score: number;
  /** Best paraphrase similarity, 0..1. */
  readonly paraphrase: number;
  /** Share of the question's weight found anywhere in the fact, 0..1. */
  readonly coverage: number;
  readonly bm25: number;
  /** How well the fact is about the named entities: 1 = each is one of its main entities; 0 = none (1 when none is named). */
  readonly entityCoverage: number;
  /** Share of the question's non-entity weight (what it asks about the entities) found in the fact, 0..1 (1 when there is none). */
  readonly predicateCoverage: number;
  /** The same, against the fact's paraphrases and keywords only. */
  readonly askedPredicateCoverage: number;
  readonly numberConflict: boolean;
  readonly numberMatch: boolean;
  /** A "who" question names an organisation, and the fact's people belong to another. */
  readonly personMismatch: boolean;
  /** The question asks for a measure (an amount, a count, a duration, a percentage) that none of the fact's figures has. */
  readonly measureMismatch: boolean;
  /** How many attributes the question asks (revenue, salary, CEO…) the fact never mentions, though other facts do. */
  readonly missingAttributes: number;
  /** The question names a period before or after the article's time ("next year") that the fact does not speak of. */
  readonly periodMismatch: boolean;
  /** The question names a calendar year the fact never mentions. */
  readonly yearMismatch: boolean;
}

/** Entity types that identify what a question is about (a "term" such as AI itself does not). */
const CONSTRAINING_TYPES: ReadonlySet<Entity['type']> = new Set([
  'person',
  'organisation',
  'product',
  'publication',
  'place',
]);

export function constrainingEntities(query: QueryAnalysis, entitiesById: ReadonlyMap<string, Entity>): string[] {
  return query.entities.filter((id) => {
    const type = entitiesById.get(id)?.type;
    return type !== undefined && CONSTRAINING_TYPES.has(type);
  });
}

/**
 * How much a fact is about an entity: 1 when its paraphrases ask about it (or it is its main entity, or the main
 * person's organisation: Covello's view is Goldman's), 0.6 when the fact only names it (a customer in a list), 0 when
 * absent.
 */
function entityStrength(indexed: IndexedFact, id: string): number {
  if (indexed.askedEntityIds.has(id) || indexed.primaryEntityIds.has(id)) return 1;
  return indexed.entityIds.has(id) ? RANKING.listedEntityStrength : 0;
}

/** The question's predicate terms as parallel arrays, each with its weight × idf (read once per ranking). */
interface PredicateTerms {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
  readonly masses: readonly number[];
}

/** The most of the question's predicate weight that one paraphrase naming the entity also has. */
function groundedPredicateShare(
  predicate: PredicateTerms,
  index: FactIndex,
  indexed: IndexedFact,
  entityId: string,
): number {
  const entityTerm = `${ENTITY_PREFIX}${entityId}`;
  let best = 0;
  for (const position of indexed.paraphrasePositions) {
    const paraphrase = index.paraphrases[position];
    if (!paraphrase?.terms.has(entityTerm)) continue;
    let share = 0;
    for (let t = 0; t < predicate.terms.length; t += 1)
      if (paraphrase.terms.has(predicate.terms[t] ?? '')) share += predicate.masses[t] ?? 0;
    if (share > best) best = share;
  }
  return best;
}

/**
 * Whether a fact that has the term really has it: a bound Vietnamese syllable counts only inside the same word, so a
 * fact covers it when its terms have one of the question's bound pairs for it (`query.boundSyllables.get(term)`).
 * Worked out once per term and ranking, for every fact at once, from the pairs' postings (the facts whose terms have
 * the pair): three passes (coverage, predicate coverage, asked coverage) ask it of the same facts.
 */
function syllableCover(index: FactIndex) {
  const known = new Map<string, Uint8Array>();
  /** The facts that cover a term with these bound pairs (1 = covers), or undefined when the term is not bound. */
  return (term: string, pairs: readonly string[] | undefined): Uint8Array | undefined => {
    if (!pairs) return undefined;
    let covered = known.get(term);
    if (!covered) {
      covered = new Uint8Array(index.facts.length);
      for (const pair of pairs) {
        const ids = index.postings.get(pair)?.ids;
        if (ids) for (let i = 0; i < ids.length; i += 1) covered[ids[i] ?? 0] = 1;
      }
      known.set(term, covered);
    }
    return covered;
  };
}

/** What ranking reads of one term the index knows: five lookups (postings, paraphrases, asked facts, idf, attribute) made one. */
interface TermEntry {
  readonly postings: Postings | undefined;
  readonly paraphrases: Postings | undefined;
  readonly asked: readonly number[] | undefined;
  readonly idf: number;
  /** The facts that mention the attribute the term is (`attributeConcepts`), or undefined when it is none. */
  readonly attributeFacts: readonly number[] | undefined;
}

/**
 * Each index's entries for the terms it knows, filled as questions use them: bounded by the index's own vocabulary (a
 * term no fact, paraphrase or keyword has is looked up anew each time and not kept).
 */
const termEntries = new WeakMap<FactIndex, Map<string, TermEntry>>();

function termEntriesOf(index: FactIndex): Map<string, TermEntry> {
  let entries = termEntries.get(index);
  if (!entries) {
    entries = new Map();
    termEntries.set(index, entries);
  }
  return entries;
}

function termEntry(index: FactIndex, entries: Map<string, TermEntry>, term: string): TermEntry {
  const known = entries.get(term);
  if (known) return known;
  const entry: TermEntry = {
    postings: index.postings.get(term),
    paraphrases: index.paraphrasePostings.get(term),
    asked: index.askedPostings.get(term),
    idf: index.idf(term),
    attributeFacts: index.attributeConcepts.has(term) ? (index.conceptPostings.get(term) ?? []) : undefined,
  };
  if (entry.postings || entry.paraphrases || entry.asked) entries.set(term, entry);
  return entry;
}

/** The organisations among the entities a question is about. */
function wantedOrganisations(query: QueryAnalysis, entitiesById: ReadonlyMap<string, Entity>): string[] {
  return constrainingEntities(query, entitiesById).filter((id) => entitiesById.get(id)?.type === 'organisation');
}

/** Whether the question names the fact's first entity, when that is an event or a topic (not a subject of its own). */
function namesTopicOf(fact: Fact, wanted: readonly string[], query: QueryAnalysis): boolean {
  const first = fact.entities[0];
  return first !== undefined && !wanted.includes(first) && query.entities.includes(first);
}

/**
 * Whether the knowledge describes the entity by the event the fact is about (Levi's: "jeans for gold-rush miners"):
 * the article names it only within that event's story, so any question about it asks about that story.
 */
function describedByEventOf(
  fact: Fact,
  id: string,
  index: FactIndex,
  entitiesById: ReadonlyMap<string, Entity>,
): boolean {
  const first = fact.entities[0];
  return (
    first !== undefined &&
    entitiesById.get(first)?.type === 'event' &&
    (index.entityDescriptionTerms.get(id)?.has(`${ENTITY_PREFIX}${first}`) ?? false)
  );
}

/**
 * A question about where or why the text names something (as typed, lower-cased; with or without diacritics). Bounded by
 * letters of any script: `\b` knows only ASCII letters, so it finds no edge before "đề cập".
 */
const MENTION =
  /(?<![\p{L}\p{N}])(?:mention|mentions|mentioned|brought up|bring up|brings up|cited|cites|nhắc đến|nhắc tới|nhac den|nhac toi|đề cập|de cap|xuất hiện|xuat hien)(?![\p{L}\p{N}])/u;

/** Every fact with a non-trivial score, best first. */
export function rankFacts(
  query: QueryAnalysis,
  index: FactIndex,
  entitiesById: ReadonlyMap<string, Entity>,
): FactScore[] {
  const n = index.facts.length;
  const { bm25, covered, paraphraseBest, predicateCovered, askedCovered, missingAttributeCount } = index.scratch;
  for (const scratch of [bm25, covered, paraphraseBest, predicateCovered, askedCovered, missingAttributeCount])
    scratch.fill(0);
  const covers = query.boundSyllables.size > 0 ? syllableCover(index) : undefined;
  let bm25Mass = 0;
  let coverageMass = 0;
  // Each term is looked up once (`termEntry`); indexed loops over the terms keep the ask's garbage small.
  const entries = termEntriesOf(index);
  const terms = [...query.terms.keys()];
  const weights = [...query.terms.values()];
  const termInfo = mapped(terms, (term) => termEntry(index, entries, term));
  for (let t = 0; t < terms.length; t += 1) {
    const term = terms[t] ?? '';
    const weight = weights[t] ?? 0;
    const info = termInfo[t] as TermEntry;
    const { idf, postings } = info;
    if (postings) {
      bm25Mass += weight * idf;
      const { ids, values } = postings;
      for (let i = 0; i < ids.length; i += 1) {
        const factIndex = ids[i] ?? 0;
        const tf = values[i] ?? 0;
        bm25[factIndex] = (bm25[factIndex] ?? 0) + (weight * idf * tf) / (index.k1 + tf);
      }
    }
    if (isBigram(term)) continue;
    // A word no fact has already gets the rarest word's idf; a syllable of a word the article never uses ("thời tiết")
    // weighs as much, since no fact can cover it.
    const orphan = query.orphanSyllables.has(term);
    const coverageIdf = orphan ? index.maxIdf : idf;
    coverageMass += weight * coverageIdf;
    if (postings && !orphan) {
      const { ids } = postings;
      const bound = covers?.(term, query.boundSyllables.get(term));
      for (let i = 0; i < ids.length; i += 1) {
        const factIndex = ids[i] ?? 0;
        if (!bound || bound[factIndex] === 1) covered[factIndex] = (covered[factIndex] ?? 0) + weight * coverageIdf;
      }
    }
  }

  // Paraphrase similarity: how much of the question one paraphrase explains, and how much of the paraphrase is asked.
  // Only the paraphrases that share a term are visited; the scratch arrays are reset through the touched list.
  const { paraphraseMatched, paraphraseOwnMatched, touched } = index.scratch;
  let touchedCount = 0;
  let paraphraseQueryMass = 0;
  for (let t = 0; t < terms.length; t += 1) {
    const term = terms[t] ?? '';
    const weight = weights[t] ?? 0;
    const { idf, postings, paraphrases: positions } = termInfo[t] as TermEntry;
    // An unknown pair of words says nothing; an unknown word counts with the rarest word's idf.
    if (!isBigram(term) || postings) paraphraseQueryMass += weight * idf;
    if (!positions) continue;
    const { ids, values } = positions;
    for (let i = 0; i < ids.length; i += 1) {
      const position = ids[i] ?? 0;
      const ownWeight = values[i] ?? 0;
      if (paraphraseMatched[position] === 0) touched[touchedCount++] = position;
      paraphraseMatched[position] = (paraphraseMatched[position] ?? 0) + weight * idf;
      paraphraseOwnMatched[position] = (paraphraseOwnMatched[position] ?? 0) + ownWeight * idf;
    }
  }
  const { paraphraseFact, paraphraseMass } = index;
  for (let k = 0; k < touchedCount; k += 1) {
    const position = touched[k] ?? 0;
    const matched = paraphraseMatched[position] ?? 0;
    const ownMatched = paraphraseOwnMatched[position] ?? 0;
    paraphraseMatched[position] = 0;
    paraphraseOwnMatched[position] = 0;
    const mass = paraphraseMass[position] ?? 0;
    if (matched === 0 || paraphraseQueryMass === 0 || mass === 0) continue;
    const queryShare = Math.min(1, matched / paraphraseQueryMass);
    const ownShare = Math.min(1, ownMatched / mass);
    const similarity = (2 * queryShare * ownShare) / (queryShare + ownShare);
    const factIndex = paraphraseFact[position] ?? 0;
    if (similarity > (paraphraseBest[factIndex] ?? 0)) paraphraseBest[factIndex] = similarity;
  }

  const predicateTerms = [...query.predicateTerms.keys()];
  const predicateWeights = [...query.predicateTerms.values()];
  const predicateInfo = mapped(predicateTerms, (term) => termEntry(index, entries, term));
  const predicateMasses: number[] = [];
  for (let t = 0; t < predicateTerms.length; t += 1)
    predicateMasses.push((predicateWeights[t] ?? 0) * (predicateInfo[t] as TermEntry).idf);
  const predicate: PredicateTerms = { terms: predicateTerms, weights: predicateWeights, masses: predicateMasses };
  let predicateMass = 0;
  for (let t = 0; t < predicateTerms.length; t += 1) {
    const term = predicateTerms[t] ?? '';
    const weight = predicateWeights[t] ?? 0;
    const info = predicateInfo[t] as TermEntry;
    const postings = query.orphanSyllables.has(term) ? undefined : info.postings;
    const idf = postings ? info.idf : index.maxIdf;
    predicateMass += weight * idf;
    if (postings) {
      const { ids } = postings;
      const bound = covers?.(term, query.boundSyllables.get(term));
      for (let i = 0; i < ids.length; i += 1) {
        const factIndex = ids[i] ?? 0;
        if (!bound || bound[factIndex] === 1)
          predicateCovered[factIndex] = (predicateCovered[factIndex] ?? 0) + weight * idf;
      }
    }
  }
  // What the question asks found in each fact's paraphrases and keywords, and the attributes it asks that each lacks.
  let askedAttributes = 0;
  const askedConcepts: string[] = [];
  for (let t = 0; t < predicate.terms.length; t += 1) {
    const term = predicate.terms[t] ?? '';
    const weight = predicate.weights[t] ?? 0;
    if (!query.orphanSyllables.has(term)) {
      const { asked } = predicateInfo[t] as TermEntry;
      const mass = predicate.masses[t] ?? 0;
      if (asked) {
        const bound = covers?.(term, query.boundSyllables.get(term));
        for (let i = 0; i < asked.length; i += 1) {
          const factIndex = asked[i] ?? 0;
          if (!bound || bound[factIndex] === 1) askedCovered[factIndex] = (askedCovered[factIndex] ?? 0) + mass;
        }
      }
    }
    // Time words weigh less as predicates ("this quarter"): the time check reads them.
    // What the question says of its numbers: the concepts it asks outright (not time words, not names).
    if (weight >= RANKING.attributeTermWeight && term.startsWith(GLOSSARY_PREFIX)) askedConcepts.push(term);
    const { attributeFacts } = predicateInfo[t] as TermEntry;
    if (weight >= RANKING.attributeTermWeight && attributeFacts) {
      askedAttributes += 1;
      for (const factIndex of attributeFacts)
        missingAttributeCount[factIndex] = (missingAttributeCount[factIndex] ?? 0) - 1;
    }
  }
  const organisations = wantedOrganisations(query, entitiesById);
  // The facts that have each number as a term (its postings: a fact's terms are what it is posted under).
  const withNumber = mapped(query.numbers, (number) => {
    const has = new Uint8Array(n);
    const ids = index.postings.get(String(number.value))?.ids;
    if (ids) for (let i = 0; i < ids.length; i += 1) has[ids[i] ?? 0] = 1;
    return has;
  });

  const wanted = constrainingEntities(query, entitiesById);
  // "why is deepmind mentioned", "DeepMind được nhắc đến trong bài vì sao": where the text names it is what is asked, so
  // a fact that merely lists it answers.
  const asksMention = MENTION.test(query.cleaned.toLowerCase());
  // What the question asks of every fact, read once rather than once per fact.
  const { numbers } = query;
  const asksFigure = query.kinds.has('figure');
  const asksDate = query.kinds.has('date');
  const asksReason = query.kinds.has('reason');
  const asksDefinition = query.kinds.has('definition');
  const asksQuote = query.kinds.has('quote');
  const asksPerson = query.kinds.has('person');
  const periods = query.periods.size > 0 ? askedPeriods(query.periods) : undefined;
  const scores: FactScore[] = [];
  for (let factIndex = 0; factIndex < n; factIndex += 1) {
    const indexed = index.facts[factIndex];
    if (!indexed) continue;
    const { fact } = indexed;
    const paraphrase = paraphraseBest[factIndex] ?? 0;
    const coverage = coverageMass > 0 ? Math.min(1, (covered[factIndex] ?? 0) / coverageMass) : 0;
    const bm25Share = bm25Mass > 0 ? (bm25[factIndex] ?? 0) / bm25Mass : 0;
    let score =
      RANKING.paraphraseWeight * paraphrase + RANKING.coverageWeight * coverage + RANKING.bm25Weight * bm25Share;

    const predicateCoverage = predicateMass > 0 ? Math.min(1, (predicateCovered[factIndex] ?? 0) / predicateMass) : 1;
    const askedPredicateCoverage = predicateMass > 0 ? Math.min(1, (askedCovered[factIndex] ?? 0) / predicateMass) : 1;
    let entityCoverage = 1;
    if (wanted.length > 0) {
      let strength = 0;
      for (const id of wanted) {
        let value = entityStrength(indexed, id);
        // A secondary entity ("Oracle" in "Nvidia's customers include Oracle") counts fully only when one of the
        // fact's paraphrases asks what the question asks about it; otherwise the fact merely lists it.
        // Unless the question also names the event or topic the fact is about ("Levi's in the gold rush"): then it asks
        // about the entity within that fact's own story.
        if (
          value === 1 &&
          predicateMass > 0 &&
          !asksMention &&
          !indexed.primaryEntityIds.has(id) &&
          fact.entities.indexOf(id) >= RANKING.listedFromPosition &&
          !namesTopicOf(fact, wanted, query) &&
          !describedByEventOf(fact, id, index, entitiesById)
        ) {
          const grounded = groundedPredicateShare(predicate, index, indexed, id) / predicateMass;
          if (grounded < RANKING.groundedPredicateShare) value = RANKING.listedEntityStrength;
        }
        strength += value;
      }
      entityCoverage = strength / wanted.length;
      score += RANKING.entityBonus * entityCoverage;
      if (entityCoverage === 0) score -= RANKING.entityMissingPenalty;
    }

    let numberConflict = false;
    let numberMatch = false;
    for (let position = 0; position < numbers.length; position += 1) {
      const number = numbers[position] as QueryNumber;
      let fit: 'match' | 'conflict' | 'none' = 'none';
      for (let k = 0; k < fact.figures.length; k += 1) {
        let found = numberFit(number, fact.figures[k] as Figure);
        // The number of one figure asked with another figure's measure ("lose $3 billion" against the $3 billion
        // training cost): the question says something else of this number, which contradicts the fact.
        if (found === 'match' && namesOtherMeasure(askedConcepts, indexed.figureOtherMeasures[k])) found = 'conflict';
        if (found === 'match') fit = 'match';
        else if (found === 'conflict' && fit === 'none') fit = 'conflict';
      }
      if (fit === 'match') {
        numberMatch = true;
        // A calendar year places a figure in time; it is weaker evidence than the figure itself.
        score += number.unit === 'year' ? RANKING.numberMatchBonus / 3 : RANKING.numberMatchBonus;
      } else if (fit === 'conflict') {
        numberConflict = true;
        score -= RANKING.numberConflictPenalty;
      } else if (withNumber[position]?.[factIndex] !== 1) {
        score -= RANKING.numberMissingPenalty;
      }
    }

    if (asksFigure) score += indexed.hasFigures ? RANKING.kindBonus : -RANKING.kindPenalty;
    if (asksDate) score += indexed.hasDate ? RANKING.kindBonus : -RANKING.kindPenalty / 2;
    if (asksReason && fact.kind === 'reason') score += RANKING.kindBonus;
    if (asksDefinition && fact.kind === 'definition') score += RANKING.kindBonus;
    // "What did Musk say…": the opinion that quotes the person named, not a figure about them.
    const speaker = fact.entities[0];
    if (asksQuote && fact.kind === 'opinion' && speaker !== undefined && query.subjects.includes(speaker))
      score += RANKING.kindBonus;
    let personMismatch = false;
    if (asksPerson) {
      const { people } = indexed;
      if (fact.kind === 'person' || people.length > 0) score += RANKING.kindBonus;
      // "Who runs X?" answered with a person of another organisation is the wrong person.
      if (
        organisations.length > 0 &&
        people.length > 0 &&
        !people.some((p) => p.organisation !== undefined && organisations.includes(p.organisation))
      ) {
        personMismatch = true;
        score -= RANKING.kindPenalty;
      }
    }

    const measureMismatch = query.measure !== undefined && !indexed.measures.has(query.measure);
    const periodMismatch = periods !== undefined && !periodsFit(periods, indexed.periods);
    let yearMismatch = false;
    for (let position = 0; position < numbers.length && !yearMismatch; position += 1) {
      const number = numbers[position] as QueryNumber;
      yearMismatch =
        number.unit === 'year' &&
        withNumber[position]?.[factIndex] !== 1 &&
        !fact.figures.some((f) => numberFit(number, f) === 'match');
    }
    if (periodMismatch) score -= RANKING.measurePenalty;
    const missingAttributes = askedAttributes + (missingAttributeCount[factIndex] ?? 0);
    if (measureMismatch) score -= RANKING.measurePenalty;

    if (score > 0 || paraphrase > 0 || coverage > 0) {
      insertByScore(scores, {
        factIndex,
        fact,
        score,
        paraphrase,
        coverage,
        bm25: bm25Share,
        entityCoverage,
        predicateCoverage,
        askedPredicateCoverage,
        numberConflict,
        numberMatch,
        personMismatch,
        measureMismatch,
        missingAttributes,
        periodMismatch,
        yearMismatch,
      });
    }
  }
  return scores;
}

/** Whether the question asks a concept that labels another figure of the subject and not this one. */
function namesOtherMeasure(asked: readonly string[], other: ReadonlySet<string> | undefined): boolean {
  if (!other || other.size === 0) return false;
  for (const concept of asked) if (other.has(concept)) return true;
  return false;
}

/**
 * Puts a score into a list kept best first, after the equal ones (a stable sort, as the facts come in order): the
 * list is a few dozen facts, for which this costs less than sorting it with a comparator at the end.
 */
function insertByScore(scores: FactScore[], entry: FactScore): void {
  let position = scores.length;
  scores.push(entry);
  while (position > 0 && (scores[position - 1] as FactScore).score < entry.score) {
    scores[position] = scores[position - 1] as FactScore;
    position -= 1;
  }
  scores[position] = entry;
}
