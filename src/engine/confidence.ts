// Turns the ranking of a question into a confidence in the best fact, and the threshold under which the engine declines.
import type { FactScore } from './ranking.js';
import type { QueryAnalysis } from './query.js';

/** Answers below this confidence are declined. */
export const ANSWER_THRESHOLD = 0.35;

export const CONFIDENCE = {
  paraphraseWeight: 0.5,
  coverageWeight: 0.5,
  marginWeight: 0.15,
  /** A score margin this large over the runner-up counts fully. */
  fullMargin: 0.3,
  unknownNameFactor: 0.35,
  entityMissingFactor: 0.15,
  entityPartialFactor: 0.7,
  numberConflictFactor: 0.3,
  numberUnmatchedFactor: 0.8,
} as const;

/** 0..1: how sure the engine is that `top` answers the question. */
export function confidenceOf(query: QueryAnalysis, top: FactScore | undefined, second: FactScore | undefined, constrained: boolean): number {
  if (!top || query.injection) return 0;
  let confidence = CONFIDENCE.paraphraseWeight * top.paraphrase + CONFIDENCE.coverageWeight * top.coverage;
  const margin = top.score - Math.max(0, second?.score ?? 0);
  confidence += CONFIDENCE.marginWeight * (Math.min(1, Math.max(0, margin) / CONFIDENCE.fullMargin) - 0.5);
  if (query.unknownNames.length > 0) confidence *= CONFIDENCE.unknownNameFactor;
  if (constrained) {
    if (top.entityCoverage === 0) confidence *= CONFIDENCE.entityMissingFactor;
    else if (top.entityCoverage < 1) confidence *= CONFIDENCE.entityPartialFactor;
  }
  if (top.numberConflict) confidence *= CONFIDENCE.numberConflictFactor;
  else if (query.numbers.length > 0 && !top.numberMatch) confidence *= CONFIDENCE.numberUnmatchedFactor;
  return Math.max(0, Math.min(1, confidence));
}
