// The decide stage: from the ranked facts and what the question asks, which fact answers (if any) and with what verdict.
// Pure: the engine hands it the question's analysis, the ranking and the folded texts it needs; it returns a Decision.
import type { Fact } from '../knowledge/schema.js';
import type { Lang } from '../text/lang.js';
import { foldDiacritics } from '../text/normalize.js';
import { ANSWER_THRESHOLD } from './confidence.js';
import type { QueryAnalysis } from './query.js';
import type { FactScore } from './ranking.js';
import { ATTRIBUTE_RESCUE, YES_NO } from './tuning.js';
import { missingAttributes, type AskedAttribute } from './understand/attributes.js';
import type { Intent } from './understand/intents.js';
import {
  askedWordsOf,
  hasDiacritics,
  numberVerdict,
  statesOpposite,
  unsettledComparison,
  verdictOf,
  wordsOf,
  type Verdict,
} from './understand/yes-no.js';

/** What the decide stage reads. */
export interface DecideInput {
  readonly query: QueryAnalysis;
  /** Every fact with a score, best first (`rankFacts`). */
  readonly ranked: readonly FactScore[];
  /** The calibrated confidence of the best fact (`confidenceOf`). */
  readonly confidence: number;
  /** The question, cleaned and folded (`normalizeForMatch(query.cleaned)`). */
  readonly folded: string;
  readonly intent: Intent | undefined;
  readonly yesNo: boolean;
  /** The language of the reply. */
  readonly lang: Lang;
  /** A fact's answers in both languages, folded. */
  readonly factText: (fact: Fact) => string;
  /** A fact's figure labels in both languages, folded. */
  readonly figureText: (fact: Fact) => string;
  /** Whether a folded word is part of a name the knowledge knows. */
  readonly isName: (word: string) => boolean;
  /** The type of an entity the knowledge knows (person, organisation…). */
  readonly entityType: (id: string) => string | undefined;
  /** The calibrated confidence that `fact` answers, against `runnerUp` (`confidenceOf` for another fact than the best). */
  readonly confidenceOf: (fact: FactScore, runnerUp: FactScore | undefined) => number;
  /** Called with each step's note (only read by `ask --explain`). */
  readonly note: (text: () => string) => void;
}

/** What the decide stage concluded. */
export interface Decision {
  /** The fact that answers, or undefined for a decline. */
  readonly chosen: FactScore | undefined;
  readonly confidence: number;
  /** A yes/no question about a profit answered by the fact that states the opposite (a loss), or naming a subject the fact puts another in place of. */
  readonly byOpposite: boolean;
  /** What the question asks that the best fact does not give (a decline names the first). */
  readonly missing: readonly AskedAttribute[];
  /** Yes / No / unknown for a yes/no question that is answered; undefined otherwise. */
  readonly verdict: Verdict | undefined;
}

/** One check of the decide stage: reads the input and the decision so far, returns the decision it leaves. */
export type DecideStep = (input: DecideInput, decision: Decision) => Decision;

/** The best fact answers when its confidence reaches the threshold; a question about the source gets the source. */
const byConfidence: DecideStep = (input, decision) => {
  const { query, ranked, confidence, intent } = input;
  if (intent === 'source' && !query.injection)
    return {
      ...decision,
      chosen: ranked.find((s) => s.fact.kind === 'source'),
      confidence: Math.max(confidence, ANSWER_THRESHOLD),
    };
  const top = ranked[0];
  return top && confidence >= ANSWER_THRESHOLD ? { ...decision, chosen: top } : decision;
};

/** A yes/no question about a profit that the fact about the same subject answers with a loss: "no". */
const yesNoOpposite: DecideStep = (input, decision) => {
  const { query, ranked, folded, yesNo, factText, figureText } = input;
  if (decision.chosen || !yesNo || query.subjects.length === 0) return decision;
  // The fact whose own figure is the opposite (a loss) comes first, then one whose answer states it.
  // A figure is structured data: any fact about the subject whose figure is the opposite measure says it.
  // A fact of another year or period ("có lãi năm 2023" against this year's loss) says nothing of the one asked.
  const sameTime = (s: FactScore) => !s.yearMismatch && !s.periodMismatch;
  const byFigure = ranked.find(
    (s) => s.entityCoverage === 1 && sameTime(s) && statesOpposite(folded, figureText(s.fact)),
  );
  const about = ranked.slice(0, YES_NO.oppositeCandidates).filter((s) => s.entityCoverage === 1 && sameTime(s));
  const rescued = byFigure ?? about.find((s) => statesOpposite(folded, factText(s.fact)));
  if (!rescued) return decision;
  return {
    ...decision,
    chosen: rescued,
    byOpposite: true,
    confidence: Math.max(decision.confidence, ANSWER_THRESHOLD),
  };
};

/**
 * A yes/no question that dates a one-time event in another year ("ChatGPT ra đời tháng 11 năm 2023 hả") is about the
 * fact that dates it: the year asked is the claim, not a sign of another fact. When the fact about the subject is
 * declined only for that year, and its date figure says another year, it answers: "no".
 */
const yesNoOtherYear: DecideStep = (input, decision) => {
  const { query, ranked, yesNo, folded } = input;
  const top = ranked[0];
  if (decision.chosen || !yesNo || !top || !top.yearMismatch || top.entityCoverage < 1) return decision;
  if (!top.fact.figures.some((f) => f.unit === 'date')) return decision;
  if (numberVerdict(folded, query.numbers, top.fact.figures) !== 'no') return decision;
  const confidence = input.confidenceOf({ ...top, yearMismatch: false }, ranked[1]);
  if (confidence < ANSWER_THRESHOLD) return decision;
  input.note(() => `yes/no dates ${top.fact.id}'s event in another year (confidence ${confidence.toFixed(3)})`);
  return { ...decision, chosen: top, confidence };
};

/**
 * A yes/no question that puts one organisation (or person) where the fact about its other subjects puts another ("did
 * the Inflection AI founder go to Google?" against "its founder joined Microsoft"): the fact answers "no". Only when the
 * fact is about every other subject named, never mentions the one it replaces, and names one of that type the question
 * does not, and would answer confidently had the question named that one.
 */
const yesNoOtherSubject: DecideStep = (input, decision) => {
  const { query, ranked, yesNo, entityType } = input;
  const top = ranked[0];
  if (decision.chosen || !yesNo || !top || query.subjects.length < 2) return decision;
  const absent = query.subjects.filter((id) => !top.fact.entities.includes(id));
  const replaced = absent[0];
  if (absent.length !== 1 || replaced === undefined || top.fact.entities[0] === undefined) return decision;
  if (!query.subjects.includes(top.fact.entities[0])) return decision;
  const type = entityType(replaced);
  const instead = top.fact.entities.find(
    (id) => id !== top.fact.entities[0] && !query.subjects.includes(id) && entityType(id) === type,
  );
  if (instead === undefined || (type !== 'organisation' && type !== 'person')) return decision;
  const confidence = input.confidenceOf({ ...top, entityCoverage: 1 }, ranked[1]);
  if (confidence < YES_NO.otherSubjectConfidence) return decision;
  input.note(() => `yes/no names ${replaced} where ${top.fact.id} names ${instead} → no`);
  return { ...decision, chosen: top, byOpposite: true, confidence: Math.max(ANSWER_THRESHOLD, confidence) };
};

/**
 * A fact that does not give the attribute asked (profit, revenue, share price, age, another market…) is declined, unless
 * a runner-up close behind it, about the same subjects and the measure and period asked, gives it ("bao nhiêu doanh
 * thu" ranked the spending fact a hair above the revenue fact beside it): that one answers, if confident enough against
 * the fact it replaces.
 */
const attributeGiven: DecideStep = (input, decision) => {
  const { chosen } = decision;
  // A "who said …" question names a measure as its topic, not as what it asks for: only a person asked is checked.
  if (!chosen || decision.byOpposite) return decision;
  const whoAsked = input.query.kinds.has('person');
  const missingIn = (score: FactScore) =>
    missingAttributes(input.folded, input.factText(score.fact), input.figureText(score.fact), whoAsked);
  const missing = missingIn(chosen);
  if (missing.length === 0) return decision;
  const position = input.ranked.indexOf(chosen);
  const runnerUp = input.ranked
    .slice(position + 1, position + 1 + ATTRIBUTE_RESCUE.candidates)
    .find(
      (s) =>
        s.score >= chosen.score - ATTRIBUTE_RESCUE.maxScoreGap &&
        s.entityCoverage >= chosen.entityCoverage &&
        !s.measureMismatch &&
        !s.periodMismatch &&
        !s.yearMismatch &&
        missingIn(s).length === 0,
    );
  const confidence = runnerUp ? input.confidenceOf(runnerUp, chosen) : 0;
  if (runnerUp && confidence >= ANSWER_THRESHOLD) {
    input.note(
      () =>
        `the fact does not give: ${missing.map((m) => m.id).join(', ')}; ${runnerUp.fact.id} close behind gives it (confidence ${confidence.toFixed(3)})`,
    );
    return { ...decision, chosen: runnerUp, confidence };
  }
  input.note(() => `the fact does not give: ${missing.map((m) => m.id).join(', ')} → decline`);
  return { ...decision, chosen: undefined, missing };
};

/** A yes/no question that is answered gets Yes or No from the fact's own words (or from the opposite it states). */
const yesNoVerdict: DecideStep = (input, decision) => {
  const { chosen } = decision;
  if (!chosen || !input.yesNo) return decision;
  const { query, lang } = input;
  const fold = !hasDiacritics(query.cleaned);
  const asked = askedWordsOf(query.cleaned, input.isName, lang).map((w) => (fold ? foldDiacritics(w) : w));
  const byFigures = numberVerdict(input.folded, query.numbers, chosen.fact.figures);
  let verdict: Verdict = decision.byOpposite
    ? 'no'
    : verdictOf(input.folded, asked, wordsOf(chosen.fact.answer[lang], fold), lang, byFigures);
  // Two things compared, and the fact gives one of them: its words cannot say yes ("more on staff than on training").
  if (verdict !== 'no' && unsettledComparison(input.folded, chosen.fact.figures)) {
    input.note(() => 'yes/no comparison the fact cannot settle → decline');
    return { ...decision, chosen: undefined };
  }
  // A year the fact never mentions ("lose $5 billion in 2023" against this year's loss): it cannot say yes to it.
  if (verdict !== 'no' && chosen.yearMismatch) {
    input.note(() => 'yes/no about a year the fact does not mention → decline');
    return { ...decision, chosen: undefined };
  }
  // A verdict the fact does not give ("unknown") leaves the answer as it is, without Yes or No.
  if (verdict === 'unknown' && decision.confidence >= YES_NO.confidentYes) verdict = 'yes';
  const said = verdict;
  input.note(() => `yes/no verdict ${said}${decision.byOpposite ? ' (the fact states the opposite)' : ''}`);
  return { ...decision, verdict };
};

/**
 * The decide stage's checks, in order: each sees the decision the ones before it left. A new check on the chosen
 * fact (a kind of question the article cannot answer, a verdict) is a `DecideStep` added here.
 */
export const DECIDE_STEPS: readonly DecideStep[] = [
  byConfidence,
  yesNoOpposite,
  yesNoOtherYear,
  yesNoOtherSubject,
  attributeGiven,
  yesNoVerdict,
];

export function decide(input: DecideInput, steps: readonly DecideStep[] = DECIDE_STEPS): Decision {
  let decision: Decision = {
    chosen: undefined,
    confidence: input.confidence,
    byOpposite: false,
    missing: [],
    verdict: undefined,
  };
  for (const step of steps) decision = step(input, decision);
  return decision;
}
