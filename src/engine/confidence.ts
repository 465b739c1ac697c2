// Turns the ranking of a question into a calibrated confidence that the best fact answers it (a logistic model).
import type { FactScore } from './ranking.js';
import type { QueryAnalysis } from './query.js';
import { ANSWER_THRESHOLD, CONFIDENCE, CONFIDENCE_WEIGHTS } from './tuning.js';

// The weights and the threshold live in tuning.ts; re-exported here for the fit script and older imports.
export { ANSWER_THRESHOLD, CONFIDENCE_WEIGHTS };

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
  if (!top || query.injection || query.smallTalk || top.entityCoverage <= CONFIDENCE.minEntityCoverage)
    return undefined;
  const unknown = query.unknownWords.length > 0;
  const flag = (on: boolean) => (on ? 1 : 0);
  return {
    paraphrase: top.paraphrase,
    predicateCoverage: top.predicateCoverage,
    askedPredicateCoverage: top.askedPredicateCoverage,
    knownPairs: query.knownBigramShare,
    margin: Math.min(1, Math.max(0, top.score - Math.max(0, second?.score ?? 0)) / CONFIDENCE.fullMargin),
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
