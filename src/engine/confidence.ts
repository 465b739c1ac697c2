// Turns the ranking of a question into a calibrated confidence that the best fact answers it (a logistic model).
import type { FactScore } from './ranking.js';
import type { QueryAnalysis } from './query.js';

/** Answers below this confidence are declined. */
export const ANSWER_THRESHOLD = 0.5;

/** The evidence the model weighs, in the order the logit sums it. */
export const CONFIDENCE_FEATURES = [
  'paraphrase',
  'predicateCoverage',
  'askedPredicateCoverage',
  'knownPairs',
  'margin',
  'unknownWord',
  'unknownName',
  'unknownSubject',
  'numberConflict',
  'numberUnmatched',
  'measureMismatch',
  'missingAttribute',
  'periodMismatch',
  'yearMismatch',
] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];
/** One question's evidence: coverages and shares in 0..1, flags as 0 or 1. */
export type ConfidenceFeatures = Readonly<Record<ConfidenceFeature, number>>;
export type ConfidenceWeights = Readonly<Record<'bias' | ConfidenceFeature, number>>;

/**
 * Weights of a logistic model over the best fact's evidence. They were fitted by logistic regression on both
 * development sets (dev and dev-b; target: the best fact is the expected one; an unanswerable question counts as
 * wrong) and checked by 5-fold cross-validation there; the held-out questions were never used. So the confidence
 * reads as an estimated probability that the answer is right. Some weights were fixed rather than fitted: the three
 * mismatches (measure, period, year) are logical contradictions and get a strong weight, and the unknown-word weights
 * keep their values from the first fit, on questions about subjects the article never names (dev-b's paraphrases use
 * words the knowledge lacks, which would otherwise teach the model to ignore unknown subjects such as "bitcoin").
 * Reproduce with `npm run fit:confidence`.
 */
export const CONFIDENCE_WEIGHTS = {
  bias: -1.09,
  /** Best paraphrase similarity, 0..1: it adds nothing once the coverages and the margin are known (fitted freely it came out slightly negative), so it is fixed at 0. */
  paraphrase: 0,
  /** Share of what is asked about the named entities found in the fact, 0..1. */
  predicateCoverage: 0.03,
  /** The same, in the fact's paraphrases and keywords only. */
  askedPredicateCoverage: 3.29,
  /** Share of the question's word pairs that the article or the knowledge also has, 0..1. */
  knownPairs: 0.38,
  /** Lead over the runner-up, 0..1. */
  margin: 1.94,
  unknownWord: -1.07,
  unknownName: -1.05,
  /** An unknown word and no known person or organisation: the question is probably about something else. */
  unknownSubject: -1.32,
  numberConflict: -0.31,
  numberUnmatched: -1.0,
  /** The question asks for a measure (a count, a duration…) none of the fact's figures or answers gives. */
  measureMismatch: -6,
  /** The question asks for an attribute (revenue, salary, CEO…) the fact never mentions though other facts do. */
  missingAttribute: -2.25,
  /** The question names a period before or after the article's time ("next year") the fact does not speak of. */
  periodMismatch: -6,
  /** The question names a calendar year the fact never mentions. */
  yearMismatch: -3,
} as const satisfies ConfidenceWeights;

/** A score lead this large over the runner-up counts fully. */
const FULL_MARGIN = 0.3;
/**
 * When the question names entities, the best fact must be about them, not only list them ("Meta's stock price" is
 * not answered by "Nvidia's customers include Meta; Nvidia's share price hit records").
 */
const MIN_ENTITY_COVERAGE = 0.6;

/** 0..1: the estimated probability that `top` answers the question. */
export function confidenceOf(query: QueryAnalysis, top: FactScore | undefined, second: FactScore | undefined): number {
  const features = confidenceFeatures(query, top, second);
  return features ? 1 / (1 + Math.exp(-confidenceLogit(features, CONFIDENCE_WEIGHTS))) : 0;
}

/** The model's evidence about `top`, or undefined when the question is declined before any weighing. */
export function confidenceFeatures(
  query: QueryAnalysis,
  top: FactScore | undefined,
  second: FactScore | undefined,
): ConfidenceFeatures | undefined {
  if (!top || query.injection || query.smallTalk || top.entityCoverage <= MIN_ENTITY_COVERAGE) return undefined;
  const unknown = query.unknownWords.length > 0;
  const flag = (on: boolean) => (on ? 1 : 0);
  return {
    paraphrase: top.paraphrase,
    predicateCoverage: top.predicateCoverage,
    askedPredicateCoverage: top.askedPredicateCoverage,
    knownPairs: query.knownBigramShare,
    margin: Math.min(1, Math.max(0, top.score - Math.max(0, second?.score ?? 0)) / FULL_MARGIN),
    unknownWord: flag(unknown),
    unknownName: flag(query.unknownNames.length > 0),
    unknownSubject: flag(unknown && query.subjects.length === 0),
    numberConflict: flag(top.numberConflict),
    numberUnmatched: flag(query.numbers.length > 0 && !top.numberMatch),
    measureMismatch: flag(top.measureMismatch),
    missingAttribute: flag(top.missingAttributes > 0),
    periodMismatch: flag(top.periodMismatch),
    yearMismatch: flag(top.yearMismatch),
  };
}

/** The log-odds that the answer is right, summed in CONFIDENCE_FEATURES order (so a refit sees exactly what the engine computes). */
export function confidenceLogit(features: ConfidenceFeatures, weights: ConfidenceWeights): number {
  let z = weights.bias;
  for (const name of CONFIDENCE_FEATURES) z += weights[name] * features[name];
  return z;
}
