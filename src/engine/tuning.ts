// Every weight and threshold of the question-understanding stages added for issue 9, each with its reason.
// (Ranking weights stay in ranking.ts's RANKING and the confidence model in confidence.ts, which explains each weight.)

export const YES_NO = {
  /** A negator this many words or fewer before an asked word negates it ("has still not produced a truly transformative app"). */
  negationWindow: 4,
  /** A fact chosen this confidently that negates none of the asked words says yes, even in other words ("layoffs"/"lay off"). */
  confidentYes: 0.9,
  /** A profit question answered "no" by a loss looks this far down the ranking for the fact stating the loss. */
  oppositeCandidates: 5,
} as const;

/** A decline names the closest fact only when that fact is about every subject the question names (not merely lists one). */
export const NEAREST_ENTITY_COVERAGE = 1;

export const MESSAGE = {
  /** A message is answered in at most this many parts: more reads as a list, not a question (and costs latency). */
  maxParts: 3,
} as const;
