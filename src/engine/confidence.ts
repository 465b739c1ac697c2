// Turns the ranking of a question into a calibrated confidence that the best fact answers it (logistic model).
import type { FactScore } from './ranking.js';
import type { QueryAnalysis } from './query.js';

/** Answers below this confidence are declined. */
export const ANSWER_THRESHOLD = 0.5;

/**
 * Weights of a logistic model over the best fact's evidence. They were fitted once by logistic regression on the
 * development questions (target: the best fact is the expected one; unanswerable questions count as wrong), so the
 * confidence reads as an estimated probability of being right; the held-out questions are never used.
 */
export const CONFIDENCE_WEIGHTS = {
  bias: -6.0,
  paraphrase: 2.7,
  coverage: 1.7,
  predicateCoverage: 3.0,
  entityCoverage: 1.85,
  margin: 2.25,
  unknownWord: -1.0,
  unknownName: -1.1,
  numberConflict: -0.6,
  numberUnmatched: -1.3,
} as const;

/** A score margin this large over the runner-up counts fully. */
const FULL_MARGIN = 0.3;

/** 0..1: the estimated probability that `top` answers the question. */
export function confidenceOf(query: QueryAnalysis, top: FactScore | undefined, second: FactScore | undefined): number {
  if (!top || query.injection || query.smallTalk) return 0;
  const w = CONFIDENCE_WEIGHTS;
  const margin = Math.min(1, Math.max(0, top.score - Math.max(0, second?.score ?? 0)) / FULL_MARGIN);
  const z =
    w.bias +
    w.paraphrase * top.paraphrase +
    w.coverage * top.coverage +
    w.predicateCoverage * top.predicateCoverage +
    w.entityCoverage * top.entityCoverage +
    w.margin * margin +
    (query.unknownWords.length > 0 ? w.unknownWord : 0) +
    (query.unknownNames.length > 0 ? w.unknownName : 0) +
    (top.numberConflict ? w.numberConflict : 0) +
    (query.numbers.length > 0 && !top.numberMatch ? w.numberUnmatched : 0);
  return 1 / (1 + Math.exp(-z));
}
