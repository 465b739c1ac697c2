// The decide stage: from the ranked facts and what the question asks, which fact answers (if any) and with what verdict.
// Pure: the engine hands it the question's analysis, the ranking and the folded texts it needs; it returns a Decision.
import { mapped } from '../text/packed.js';
import type { Fact, Figure } from '../knowledge/schema.js';
import { expandAbbreviations } from '../text/abbreviations.js';
import { stemToken } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import {
  AFFILIATION_WORDS,
  ROLE_WORDS,
  CLAIMED_ROLE,
  CLAIMED_SHARE,
  EMPLOYER_PERSON_NOUNS,
  EMPLOYER_PREPOSITIONS,
  APPOSITIVE_EMPLOYER_WORDS,
  LESS_THAN,
  MORE_THAN,
} from '../text/words/yes-no.js';
import type { Lang } from '../text/lang.js';
import { foldDiacritics, normalizeForMatch } from '../text/normalize.js';
import { ANSWER_THRESHOLD } from './confidence.js';
import type { QueryAnalysis } from './query.js';
import type { FactScore } from './ranking.js';
import { ATTRIBUTE_RESCUE, RANKING, YES_NO } from './tuning.js';
import { missingAttributes, type AskedAttribute } from './understand/attributes.js';
import { claimsOtherActor, claimsOtherInSlot } from './understand/actors.js';
import { scaledValue } from './understand/comparison.js';
import { asksAdvice, asksInstructions, speaksOfAdvice, type Intent } from './understand/intents.js';
import {
  askedWordsOf,
  asksNegated,
  claimsOtherFormerEmployer,
  claimsOtherSource,
  claimsOtherMeasure,
  comparisonOrder,
  hasDiacritics,
  numberVerdict,
  statesOpposite,
  unsettledComparison,
  unsupportedDefinition,
  verdictOf,
  judgementVerdict,
  judgementWordsOf,
  statesSame,
  factHasOtherWord,
  factWordsOf,
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
  /** The folded words a fact's translation note calls a mistranslation ("mapping" of "AI mapping"; `misreadWords`). */
  readonly misread: (fact: Fact) => ReadonlySet<string>;
  /** Whether a folded word is part of a name the knowledge knows. */
  readonly isName: (word: string) => boolean;
  /** The type of an entity the knowledge knows (person, organisation…). */
  readonly entityType: (id: string) => string | undefined;
  /** The organisation a person the knowledge knows works for (entities.json), if given. */
  readonly organisationOf?: (id: string) => string | undefined;
  /** An entity's English name (entities.json), if given. */
  readonly nameOf?: (id: string) => string | undefined;
  /** An entity's names and aliases (entities.json), normalised (`normalizeForMatch`); if given. */
  readonly namesOf?: (id: string) => readonly string[];
  /** A person's role as the knowledge records it (entities.json), both languages, folded; if given. */
  readonly roleOf?: (id: string) => string | undefined;
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
  /**
   * A yes/no question answered by the fact that states the opposite (a loss for a profit), or naming a subject the fact
   * puts another in place of.
   */
  readonly byOpposite: boolean;
  /** What the question asks that the best fact does not give (a decline names the first). */
  readonly missing: readonly AskedAttribute[];
  /** Yes / No / unknown for a yes/no question that is answered; undefined otherwise. */
  readonly verdict: Verdict | undefined;
}

/** One check of the decide stage: reads the input and the decision so far, returns the decision it leaves. */
export type DecideStep = (input: DecideInput, decision: Decision) => Decision;

/** A yes/no answered "no" by a fact that states otherwise, at least as confidently as an answer needs. */
function answeredNo(decision: Decision, fact: FactScore): Decision {
  return { ...decision, chosen: fact, byOpposite: true, confidence: Math.max(decision.confidence, ANSWER_THRESHOLD) };
}

/** The best fact answers when its confidence reaches the threshold; a question about the source gets the source. */
const byConfidence: DecideStep = (input, decision) => {
  const { query, ranked, confidence, intent } = input;
  if (intent === 'source' && !query.injection) {
    const sources = ranked.filter((s) => s.fact.kind === 'source');
    // Advice asked ("should i go all in on nvda") is answered by the source fact that speaks of advice, however the
    // rest of its words rank the others.
    const advice = asksAdvice(input.folded) ? sources.find((s) => speaksOfAdvice(input.factText(s.fact))) : undefined;
    return {
      ...decision,
      chosen: advice ?? sources[0],
      confidence: Math.max(confidence, ANSWER_THRESHOLD),
    };
  }
  const top = ranked[0];
  return top && confidence >= ANSWER_THRESHOLD ? { ...decision, chosen: top } : decision;
};

/**
 * Whether to act is asked ("should i buy nvda right now?", "có nên mua không") and the source fact that speaks of advice
 * answers: the disclaimer is the whole reply. It gets no Yes or No (a "Yes" would read as "buy"), and the period the
 * question names ("now") is the stock's, which no reply about the article gives. A claim that the article is advice ("is
 * this financial advice?") keeps its "No".
 */
function answersAdvice(input: DecideInput, chosen: FactScore | undefined): boolean {
  return (
    input.intent === 'source' &&
    chosen?.fact.kind === 'source' &&
    asksAdvice(input.folded) &&
    !speaksOfAdvice(input.folded) &&
    speaksOfAdvice(input.factText(chosen.fact))
  );
}

/** Instructions asked ("how to make ripped jeans at home", "cách làm … tại nhà"): no fact is a manual, so none answers. */
const instructionsAsked: DecideStep = (input, decision) => {
  if (!decision.chosen || input.intent !== undefined || !asksInstructions(input.folded)) return decision;
  input.note(() => 'instructions asked → decline');
  return { ...decision, chosen: undefined };
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
  // A fact about the subject ranked above it that states what is asked ("Cisco's value plummeted" for "cisco's stock
  // fell") is the one the claim is about; the opposite in a lower one is another subject's ("Nvidia's rise").
  if (!byFigure && about.slice(0, about.indexOf(rescued)).some((s) => statesSame(folded, factText(s.fact))))
    return decision;
  return answeredNo(decision, rescued);
};

/**
 * A yes/no claim judging its subject ("zuck called meta's ai spending a mistake") that no fact answers confidently: a
 * fact about the subject, high in the ranking, that judges that sense the other way ("rational") answers it: "no". Only
 * when every word the knowledge does not know is the judgement's own ("mistake"), and the fact shares another word the
 * claim asks: else the claim judges something else ("the metaverse was a mistake"), which the fact does not judge.
 */
const yesNoOtherJudgement: DecideStep = (input, decision) => {
  const { query, ranked, folded, yesNo, lang } = input;
  if (decision.chosen || !yesNo || query.subjects.length === 0 || query.unknownNames.length > 0) return decision;
  const judgementWords = judgementWordsOf(folded);
  if (judgementWords.size === 0 || query.unknownWords.some((w) => !judgementWords.has(w))) return decision;
  const fold = !hasDiacritics(query.cleaned);
  const asked = askedWordsOf(query.cleaned, input.isName, lang);
  const rescued = ranked.slice(0, YES_NO.oppositeCandidates).find((s) => {
    if (s.entityCoverage < 1 || s.yearMismatch || s.periodMismatch) return false;
    const factWords = factWordsOf(s.fact.answer[lang], fold);
    // It speaks of what is judged too ("AI" of "meta's ai spending"), not only of the subject.
    return judgementVerdict(folded, factWords, lang) === 'no' && factHasOtherWord(asked, factWords, judgementWords);
  });
  if (!rescued) return decision;
  input.note(() => `yes/no judges ${rescued.fact.id}'s subject the other way`);
  return answeredNo(decision, rescued);
};

/**
 * "Is Covello at Morgan Stanley?", "ông X làm ở Y à": a yes/no that asks only where a person works, naming an employer
 * the knowledge does not know, of a person whose organisation it records: "no", with the best fact naming both.
 */
const yesNoOtherEmployer: DecideStep = (input, decision) => {
  if (decision.chosen || !input.yesNo) return decision;
  const claimed = otherEmployerClaimed(input);
  if (claimed === undefined) return decision;
  const { person, organisation } = claimed;
  const rescued = input.ranked
    .slice(0, YES_NO.oppositeCandidates)
    .find((s) => s.fact.entities.includes(person) && s.fact.entities.includes(organisation));
  if (!rescued) return decision;
  input.note(() => `yes/no names another employer than ${organisation}`);
  return answeredNo(decision, rescued);
};

/**
 * The one person a yes/no names, placed "at"/"ở" an employer the knowledge does not know, with nothing else asked but
 * working or a role there ("a partner at …"): the person and the organisation the knowledge records for them.
 */
function otherEmployerClaimed(input: DecideInput): { person: string; organisation: string } | undefined {
  const { query, folded, lang } = input;
  if (query.subjects.length !== 1 || query.unknownWords.length === 0) return undefined;
  const person = query.subjects[0] ?? '';
  const organisation = input.organisationOf?.(person);
  if (organisation === undefined || input.entityType(person) !== 'person') return undefined;
  // Every unknown word is a name after "at"/"ở" (or its second word), and nothing else is asked but working.
  const words = folded.split(' ');
  const unknown = new Set(query.unknownWords);
  // After "at"/"ở", or between "the" and a word for a person ("the morgan stanley guy").
  const personAfter = (i: number) =>
    words[i - 1] === 'the' &&
    (EMPLOYER_PERSON_NOUNS.has(words[i + 1] ?? '') || EMPLOYER_PERSON_NOUNS.has(words[i + 2] ?? ''));
  const employer = words.findIndex(
    (w, i) => i > 0 && unknown.has(stemToken(w)) && (EMPLOYER_PREPOSITIONS.has(words[i - 1] ?? '') || personAfter(i)),
  );
  if (employer < 0) return undefined;
  const named = new Set([stemToken(words[employer] ?? ''), stemToken(words[employer + 1] ?? '')]);
  if (query.unknownWords.some((w) => !named.has(w))) return undefined;
  const asked = askedWordsOf(query.cleaned, input.isName, lang)
    .map((w) => foldDiacritics(w))
    .filter((w) => !named.has(stemToken(w)));
  return asked.every((w) => AFFILIATION_WORDS.has(w)) ? { person, organisation } : undefined;
}

/**
 * A person the yes/no names, placed right after their name at an employer the knowledge does not know ("Jim Covello of
 * Morgan Stanley said …", "Cahn from a16z says …"), whatever else it claims: the person and the organisation the
 * knowledge records for them.
 */
function appositiveEmployerClaimed(input: DecideInput): { person: string; organisation: string } | undefined {
  const { query, folded } = input;
  if (query.unknownWords.length === 0) return undefined;
  const words = folded.split(' ');
  const unknown = new Set(query.unknownWords);
  for (const person of query.subjects) {
    const organisation = input.organisationOf?.(person);
    if (organisation === undefined || input.entityType(person) !== 'person') continue;
    for (const name of input.namesOf?.(person) ?? []) {
      const nameWords = name.split(' ');
      for (let i = 0; i + nameWords.length + 1 < words.length; i += 1) {
        if (!nameWords.every((w, k) => words[i + k] === w)) continue;
        const after = i + nameWords.length;
        if (APPOSITIVE_EMPLOYER_WORDS.has(words[after] ?? '') && unknown.has(stemToken(words[after + 1] ?? '')))
          return { person, organisation };
      }
    }
  }
  return undefined;
}

/**
 * "Was Norvig Google's CEO?", "Brooks là giám đốc điều hành của Goldman à": a yes/no claiming a top role of a person whose
 * recorded role is another ("director at Google Research"): "no", with the best fact about the person.
 */
const yesNoOtherRole: DecideStep = (input, decision) => {
  const { query, ranked, folded, yesNo } = input;
  if (decision.chosen || !yesNo || query.unknownWords.length > 0) return decision;
  const claimed = CLAIMED_ROLE.exec(folded)?.[0];
  if (claimed === undefined) return decision;
  const people = query.subjects.filter((id) => input.entityType(id) === 'person');
  if (people.length !== 1) return decision;
  const person = people[0] ?? '';
  const role = input.roleOf?.(person);
  if (role === undefined || CLAIMED_ROLE.test(role)) return decision;
  const rescued = ranked.slice(0, YES_NO.oppositeCandidates).find((s) => s.fact.entities.includes(person));
  if (!rescued) return decision;
  input.note(() => `yes/no claims "${claimed}" of ${person}, whose role is another`);
  return answeredNo(decision, rescued);
};

/** A place of work named after "at" / "ở" / "tại". Folded. */
const AT_EMPLOYER = /\b(?:at|o|tai)\b/;

/**
 * "Does Cahn work at Sequoia?", "is Brooks at Goldman Sachs?": a yes/no asking only where a person it names works, no
 * fact confident enough. At the organisation the knowledge records: the best fact naming both (the verdict says yes). At
 * another organisation it knows, no part of the recorded one ("Google" of "Google Research"): "no", with the best fact
 * naming the person and their organisation.
 */
const yesNoAffiliation: DecideStep = (input, decision) => {
  const { query, ranked } = input;
  if (decision.chosen || !input.yesNo || query.unknownWords.length > 0) return decision;
  const asked = askedWordsOf(query.cleaned, input.isName, input.lang);
  // A top role claimed there ("is Pichai Meta's CEO") is a place of work too, when it is another organisation.
  const roleless = asked.filter((w) => !ROLE_WORDS.has(foldDiacritics(w)));
  const roleAsked = CLAIMED_ROLE.test(input.folded);
  // Or nothing asked but being there ("is Cahn at XTB?", "Brooks ở Sequoia à").
  const placed = asked.length === 0 && AT_EMPLOYER.test(input.folded);
  const affiliation =
    asksAffiliation(asked, input, placed) ??
    (roleAsked && asksAffiliation(roleless, input, true) === 'no' ? 'no' : undefined);
  if (affiliation !== 'yes' && affiliation !== 'no') return decision;
  const person = query.subjects.find((id) => input.organisationOf?.(id) !== undefined) ?? '';
  const organisation = input.organisationOf?.(person) ?? '';
  const rescued = ranked
    .slice(0, YES_NO.oppositeCandidates)
    .find((s) => s.fact.entities.includes(person) && s.fact.entities.includes(organisation));
  if (!rescued) return decision;
  input.note(() => `yes/no asks whether ${person} works at ${affiliation === 'yes' ? organisation : 'another'}`);
  return affiliation === 'no'
    ? answeredNo(decision, rescued)
    : { ...decision, chosen: rescued, confidence: Math.max(decision.confidence, ANSWER_THRESHOLD) };
};

/**
 * A yes/no question that dates a one-time event in another year ("ChatGPT ra đời tháng 11 năm 2023 hả") is about the
 * fact that dates it: the year asked is the claim, not a sign of another fact. When the fact about the subject is
 * declined only for that year, and its date figure says another year, it answers: "no".
 */
/** A year asked as a bound, not as the date of the event: "by 2030", "before 2000", "từ năm 2020", "đến 2026". Folded. */
const YEAR_BOUND = /\b(?:by|until|till|before|after|since|from|den|truoc|sau|tu|toi)(?: (?:nam|the year))? \d{4}\b/;

const yesNoOtherYear: DecideStep = (input, decision) => {
  const { query, ranked, yesNo, folded } = input;
  const top = ranked[0];
  if (decision.chosen || !yesNo || !top || !top.yearMismatch || top.entityCoverage < 1) return decision;
  // A launch date, or the year of a one-time event ("most valuable in 2000"); a year asked as a bound ("by 2030") is
  // not a date that contradicts it.
  if (!top.fact.figures.some((f) => f.unit === 'date' || (f.unit === 'year' && f.measure === 'date'))) return decision;
  if (YEAR_BOUND.test(folded)) return decision;
  if (numberVerdict(folded, query.numbers, top.fact.figures) !== 'no') return decision;
  // Weighed as if the year matched: the mismatch is the answer here, not a sign of another subject.
  const asIfMatched = { ...top, yearMismatch: false, numberMatch: true, numberConflict: false };
  const confidence = input.confidenceOf(asIfMatched, ranked[1]);
  if (confidence < ANSWER_THRESHOLD) return decision;
  input.note(() => `yes/no dates ${top.fact.id}'s event in another year (confidence ${confidence.toFixed(3)})`);
  return { ...decision, chosen: top, confidence };
};

/** A number named as a figure already told ("the 600 billion", "con số 600 tỷ"); folded. */
const DEFINITE_NUMBER = /\b(?:the|that|this|con so|khoan|so tien|muc|cai)\s+\$?\d/;

/**
 * A yes/no claim whose number the fact about its subject gives otherwise ("nvidia chiếm 50% thị trường đào tạo AI à"
 * against 95%): the claimed number drew up a fact about someone else that has it (Norvig's 50%) and weighed against this
 * one, so nothing was confident. The fact about every subject asked, of the time asked, whose figure in the number's
 * unit says another value, answers "no" — only as confidently as it would answer had the number been its own, and at
 * the bar of a subject put in another's place: a wrong "no" costs as much as a wrong "yes".
 */
const yesNoOtherFigure: DecideStep = (input, decision) => {
  const { query, ranked, yesNo, folded } = input;
  if (decision.chosen || !yesNo || query.numbers.length === 0 || query.subjects.length === 0) return decision;
  // "is the 600 billion what tesla spent": a number named as one already told asks what that figure is, and a fact has
  // it; the subject's other figure does not answer that.
  if (DEFINITE_NUMBER.test(folded) && ranked.slice(0, YES_NO.oppositeCandidates).some((s) => s.numberMatch))
    return decision;
  const claimed = ranked
    .slice(0, YES_NO.oppositeCandidates)
    .find(
      (s) =>
        s.entityCoverage === 1 &&
        !s.numberMatch &&
        !s.yearMismatch &&
        !s.periodMismatch &&
        !s.measureMismatch &&
        numberVerdict(folded, query.numbers, s.fact.figures) === 'no',
    );
  if (!claimed) return decision;
  const asIfMatched: FactScore = {
    ...claimed,
    numberMatch: true,
    numberConflict: false,
    score: claimed.score + RANKING.numberMatchBonus,
  };
  const confidence = input.confidenceOf(
    asIfMatched,
    ranked.find((s) => s !== claimed),
  );
  if (confidence < YES_NO.otherFigureConfidence) return decision;
  input.note(
    () => `yes/no claims a figure ${claimed.fact.id} gives otherwise → no (confidence ${confidence.toFixed(3)})`,
  );
  return { ...decision, chosen: claimed, confidence };
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
 * A yes/no naming something the article never does where the fact about its subject names one of its organisations
 * ("meta gom chip amd" against "Zuckerberg tích trữ chip Nvidia"): "no", with that fact, when it ranks first with the
 * question's subjects and the unknown name sits in the organisation's slot (`claimsOtherInSlot`).
 */
const yesNoOtherInSlot: DecideStep = (input, decision) => {
  const top = input.ranked[0];
  if (decision.chosen || !input.yesNo || !top || decision.confidence < YES_NO.otherInSlotConfidence) return decision;
  if (!namesOtherInSlot(input, top.fact)) return decision;
  input.note(() => `yes/no names what the article does not where ${top.fact.id} names its organisation → no`);
  return answeredNo(decision, top);
};

/** `claimsOtherInSlot` for a fact about every subject the question names, against its organisations the question does not name. */
function namesOtherInSlot(input: DecideInput, fact: Fact): boolean {
  const { query, entityType, namesOf } = input;
  if (!namesOf || query.unknownWords.length === 0 || query.subjects.length === 0) return false;
  if (!query.subjects.every((id) => fact.entities.includes(id))) return false;
  const organisations = fact.entities
    .filter((id) => entityType(id) === 'organisation' && !query.entities.includes(id))
    .map((id) => namesOf(id));
  const answer = normalizeForMatch(fact.answer[input.lang]);
  return claimsOtherInSlot(input.folded, answer, query.unknownWords, organisations);
}

/**
 * A yes/no that gives a figure to the wrong person ("did Covello say AI needs $600 billion a year?", "wasn't it Covello
 * who …"): the one person it names is not in the fact whose figure it claims, which names another person. That fact
 * answers "no", when it would answer confidently had the question named its own person.
 */
const yesNoOtherOwner: DecideStep = (input, decision) => {
  const { query, ranked, yesNo, entityType } = input;
  if (decision.chosen || !yesNo || query.numbers.length === 0 || query.subjects.length !== 1) return decision;
  const person = query.subjects[0] ?? '';
  if (entityType(person) !== 'person') return decision;
  const owner = ranked
    .slice(0, YES_NO.oppositeCandidates)
    .find(
      (s) =>
        s.numberMatch &&
        !s.measureMismatch &&
        !s.periodMismatch &&
        !s.fact.entities.includes(person) &&
        s.fact.entities.some((id) => entityType(id) === 'person'),
    );
  if (!owner) return decision;
  const runnerUp = ranked.find((s) => s !== owner);
  const confidence = input.confidenceOf({ ...owner, entityCoverage: 1 }, runnerUp);
  if (confidence < YES_NO.otherSubjectConfidence) return decision;
  input.note(() => `yes/no gives ${owner.fact.id}'s figure to ${person} → no`);
  return { ...decision, chosen: owner, byOpposite: true, confidence: Math.max(ANSWER_THRESHOLD, confidence) };
};

/**
 * A yes/no comparison of two figures of one series ("does OpenAI spend more on staff than on training?"): the two best
 * facts each give one figure of the same series and measure; the words only one of them has tell which side of "than"
 * each is. The verdict is their comparison, and the fact that states both (the series' total, related to both) answers.
 */
const yesNoMoreThan: DecideStep = (input, decision) => {
  if (!input.yesNo) return decision;
  const more = MORE_THAN.exec(input.folded);
  const less = more ? null : LESS_THAN.exec(input.folded);
  const cue = more ?? less;
  const [a, b] = input.ranked;
  if (!cue || !a || !b || a.fact.figures.length !== 1 || b.fact.figures.length !== 1) return decision;
  const [fa] = a.fact.figures;
  const [fb] = b.fact.figures;
  if (!fa || !fb || fa.series === undefined || fa.series !== fb.series) return decision;
  if (fa.measure !== fb.measure || fa.unit !== fb.unit || a.entityCoverage < 1 || b.entityCoverage < 1) return decision;
  const stemsOf = (text: string) =>
    new Set(
      text
        .split(' ')
        .filter((w) => w !== '' && !isStopword(w))
        .map((w) => stemToken(w)),
    );
  const left = stemsOf(input.folded.slice(0, cue.index + cue[0].length - (more ? 4 : 0)));
  const right = stemsOf(input.folded.slice(cue.index + cue[0].length));
  const textA = stemsOf(input.factText(a.fact));
  const textB = stemsOf(input.factText(b.fact));
  const only = (words: ReadonlySet<string>, mine: ReadonlySet<string>, theirs: ReadonlySet<string>) =>
    [...words].filter((w) => mine.has(w) && !theirs.has(w)).length;
  const aLeft = only(left, textA, textB) > 0 && only(right, textA, textB) === 0;
  const bLeft = only(left, textB, textA) > 0 && only(right, textB, textA) === 0;
  const aRight = only(right, textA, textB) > 0 && only(left, textA, textB) === 0;
  const bRight = only(right, textB, textA) > 0 && only(left, textB, textA) === 0;
  if (!((aLeft && bRight) || (bLeft && aRight))) return decision;
  const [first, second] = aLeft ? [fa, fb] : [fb, fa];
  const holds = more ? scaledValue(first) > scaledValue(second) : scaledValue(first) < scaledValue(second);
  const states = (fact: Fact) =>
    [fa, fb].every(
      (f) => input.factText(fact).includes(`$${f.value} `) || input.factText(fact).includes(` ${f.value} `),
    );
  const both = input.ranked.find(
    (s) =>
      a.fact.related.includes(s.fact.id) &&
      b.fact.related.includes(s.fact.id) &&
      s.fact.figures.some((f) => f.series === fa.series) &&
      states(s.fact),
  );
  const chosen = both ?? (aLeft ? a : b);
  input.note(
    () =>
      `compares ${a.fact.id} and ${b.fact.id} (${fa.series}): ${holds ? 'holds' : 'does not hold'}; answered by ${chosen.fact.id}`,
  );
  return {
    ...decision,
    chosen,
    confidence: Math.max(decision.confidence, ANSWER_THRESHOLD),
    verdict: holds ? 'yes' : 'no',
  };
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
  if (!chosen || decision.byOpposite || answersAdvice(input, chosen)) return decision;
  const whoAsked = input.query.kinds.has('person');
  // A yes/no claim without a number that shares several words with the fact ("is AI capex driven by real revenue?")
  // asks what the fact says of the measure, not its figure; "does Sequoia make revenue?" shares only the measure.
  const claimAsked = (score: FactScore) => {
    if (!input.yesNo || input.query.numbers.length > 0) return false;
    const text = ` ${input.factText(score.fact)} `;
    const asked = mapped(askedWordsOf(input.query.cleaned, input.isName, input.lang), (w) => foldDiacritics(w));
    return new Set(asked.filter((w) => text.includes(` ${w} `))).size >= YES_NO.claimSharedWords;
  };
  const missingIn = (score: FactScore) =>
    missingAttributes(
      input.folded,
      input.factText(score.fact),
      input.figureText(score.fact),
      whoAsked,
      claimAsked(score),
    );
  const missing = missingIn(chosen);
  if (missing.length === 0) return decision;
  const position = input.ranked.indexOf(chosen);
  // A number the question compares against ("will revenue exceed the $60 billion spent") matches the other side's
  // figure: a runner-up whose answer states that number too is weighed as if it matched it.
  const statesNumbers = (s: FactScore) =>
    !s.numberMatch &&
    chosen.numberMatch &&
    input.query.numbers.every((n) => ` ${input.factText(s.fact)} `.includes(` ${n.value} `));
  // So is, for a yes/no claim, one whose own figure says another value ("does openai lose 8.5 billion" matched the $8.5
  // billion of costs; the loss fact says $5 billion): the claim is about its measure, and it answers "no".
  const contradicts = (s: FactScore) =>
    input.yesNo && !s.numberMatch && numberVerdict(input.folded, input.query.numbers, s.fact.figures) === 'no';
  const asIfMatched = (s: FactScore): FactScore =>
    statesNumbers(s) || contradicts(s) ? { ...s, numberMatch: true, score: s.score + RANKING.numberMatchBonus } : s;
  // A claim's figure the runner-up gives otherwise is no sign that it is further from the question: the score gap is not
  // asked of it, but the bar of a "no" from another figure is (yesNoOtherFigure).
  let claimed = false;
  let runnerUp: FactScore | undefined;
  // A fact that contradicts the claim is looked for as far down as the opposite of a profit is ("openai lỗ 3 tỷ" ranks
  // the cost facts that have $3 billion above the loss fact that has $5 billion).
  const reach = Math.max(ATTRIBUTE_RESCUE.candidates, YES_NO.oppositeCandidates);
  for (const [k, ranked] of input.ranked.slice(position + 1, position + 1 + reach).entries()) {
    const claim = contradicts(ranked);
    if (!claim && k >= ATTRIBUTE_RESCUE.candidates) continue;
    const s = asIfMatched(ranked);
    if (
      (claim || s.score >= chosen.score - ATTRIBUTE_RESCUE.maxScoreGap) &&
      s.entityCoverage >= chosen.entityCoverage &&
      !s.measureMismatch &&
      !s.periodMismatch &&
      !s.yearMismatch &&
      missingIn(s).length === 0
    ) {
      runnerUp = s;
      claimed = claim;
      break;
    }
  }
  // The best fact matched the claim's number as a figure of another measure ("lỗ 8,5 tỷ" against $8.5 billion of costs):
  // that match is no evidence against the runner-up that gives the measure claimed.
  const mismeasured =
    claimed && chosen.numberMatch && claimsOtherMeasure(input.folded, input.query.numbers, chosen.fact.figures);
  const against = mismeasured
    ? { ...chosen, numberMatch: false, score: chosen.score - RANKING.numberMatchBonus }
    : chosen;
  const confidence = runnerUp ? input.confidenceOf(runnerUp, against) : 0;
  // The fact as ranked answers (its own score), weighed above as if it matched the number it states.
  const rescued = runnerUp && input.ranked.find((s) => s.fact === runnerUp.fact);
  if (rescued && confidence >= (claimed ? YES_NO.otherFigureConfidence : ANSWER_THRESHOLD)) {
    input.note(
      () =>
        `the fact does not give: ${missing.map((m) => m.id).join(', ')}; ${rescued.fact.id} close behind gives it (confidence ${confidence.toFixed(3)})`,
    );
    return { ...decision, chosen: rescued, confidence };
  }
  input.note(() => `the fact does not give: ${missing.map((m) => m.id).join(', ')} → decline`);
  return { ...decision, chosen: undefined, missing };
};

/** A yes/no question that is answered gets Yes or No from the fact's own words (or from the opposite it states). */
/**
 * A fact whose answer opens by posing a question the article leaves open ("The article asks whether …", "The debate over
 * whether …", "Bài viết đặt câu hỏi …"); a fact that only mentions a question further on states something else ("liệu"
 * is no cue: it is also the "liệu" of "dữ liệu", data).
 */
function posesQuestion(fact: Fact): boolean {
  const opening = (text: string) => text.slice(0, YES_NO.openQuestionOpening);
  return /\bwhether\b/i.test(opening(fact.answer.en)) || /câu hỏi/iu.test(opening(fact.answer.vi));
}

/** A claim about the question or the debate itself (settled, concluded, answered), which the fact does speak to; folded. */
const ASKS_ABOUT_THE_DEBATE =
  /\b(?:settle|settled|conclude|concludes|concluded|conclusion|answer|answered|answers|stop|stopped|debate|debated|ask|asks|asked|question|questions|ket luan|giai quyet|dung|tranh cai|cau hoi|tra loi|hoi|ngung)\b/;

/**
 * A fact's figures, with those of its series that its answer states though another fact holds them ("$20 billion of
 * revenue against $60 billion a year spent"): a claim of both numbers ("spending 60 billion to earn 20 billion") is
 * read against both, not contradicted by the one the fact does not hold.
 */
function withStatedFigures(input: DecideInput, fact: Fact): readonly Figure[] {
  const series = new Set(fact.figures.map((f) => f.series).filter((id) => id !== undefined));
  if (series.size === 0) return fact.figures;
  const text = ` ${input.factText(fact)} `;
  const stated = input.ranked.flatMap((s) =>
    s.fact === fact
      ? []
      : s.fact.figures.filter(
          (f) =>
            f.series !== undefined &&
            series.has(f.series) &&
            (text.includes(` ${f.value} `) || text.includes(`$${f.value} `)),
        ),
  );
  return stated.length === 0 ? fact.figures : [...fact.figures, ...stated];
}

/**
 * An unknown word right after "to", "by", "from", "at", "with" or "for" ("sell itself to apple", "bought by adobe"): in
 * English typed in lower case, the name of whom the claim is about. `stem` is the word as the query keeps it.
 */
function namedAfterPreposition(folded: string, stem: string): boolean {
  const words = folded.split(' ');
  return words.some((w, i) => i > 0 && w.startsWith(stem) && NAME_PREPOSITIONS.has(words[i - 1] ?? ''));
}
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'by', 'from', 'at', 'with', 'for']);

/** Words of stopping or doing otherwise (folded); "đúng" folds to "dung", so only "dừng lại" is read. */
const REVERSAL =
  /\b(?:stop|stops|stopped|stopping|quit|quits|quitting|cease|ceases|ceased|halt|halts|halted|abandon|abandons|abandoned|ditch|ditches|ditched|instead|cancel|cancels|cancelled|canceled|give up|gives up|gave up|pull out|pulls out|pulled out|ngung|dung lai|thay vi|huy bo|tu bo|tu lam)\b/;

/** A claim of being the only one (folded). */
const EXCLUSIVE_CLAIM =
  /\b(?:the only|only one|only ones|alone in|duy nhat|chi (?:co |moi )?\S+(?: \S+){0,6} thoi|moi minh)\b/;
/** A fact's words that speak of being the only one, or not (folded answers). */
const EXCLUSIVE_WORDS = /\b(?:only|alone|duy nhat|chi|moi minh)\b/;

/** A fact's words that say its subject is not the only one ("not the only one struggling", "không phải là đơn vị duy nhất"). Folded. */
const NOT_THE_ONLY =
  /\b(?:not the only|not alone|khong phai (?:la )?(?:\S+ ){0,3}duy nhat|khong (?:he )?(?:don doc|mot minh))\b/;

/**
 * "Is OpenAI the only one losing money?", "chỉ có openai lỗ thôi hả": a claim of being the only one, answered "no" by a
 * fact about the subject that says it is not the only one, wherever the ranking put it (with a score above zero).
 */
const yesNoNotTheOnly: DecideStep = (input, decision) => {
  const { query, ranked, yesNo, folded } = input;
  if (!yesNo || query.subjects.length === 0 || !EXCLUSIVE_CLAIM.test(folded)) return decision;
  const said = ranked.find(
    (s) =>
      s.score > 0 &&
      query.subjects.every((id) => s.fact.entities.includes(id)) &&
      NOT_THE_ONLY.test(input.factText(s.fact)),
  );
  if (!said) return decision;
  input.note(() => `yes/no claims the only one; ${said.fact.id} says it is not → no`);
  return answeredNo(decision, said);
};

const yesNoVerdict: DecideStep = (input, decision) => {
  const { chosen } = decision;
  if (!chosen || !input.yesNo || decision.verdict !== undefined || answersAdvice(input, chosen)) return decision;
  const { query, lang } = input;
  const fold = !hasDiacritics(query.cleaned);
  // Chat spellings read as the words they stand for ("started by ex-google ppl": "former", "people").
  const spelled = expandAbbreviations(wordsOf(query.cleaned)).join(' ');
  const asked = mapped(askedWordsOf(spelled, input.isName, lang), (w) => (fold ? foldDiacritics(w) : w));
  const figures = withStatedFigures(input, chosen.fact);
  const byFigures = numberVerdict(input.folded, query.numbers, figures);
  const factWords = factWordsOf(chosen.fact.answer[lang], fold);
  // A judgement claimed of the subject ("the results calmed investors", "made no sense"): the fact's own judgement in that
  // sense answers it ("did not satisfy the market": no); a fact that makes none is about the subject, not the claim.
  const judged = judgementVerdict(input.folded, factWords, lang);
  let verdict: Verdict = decision.byOpposite
    ? 'no'
    : verdictOf(input.folded, asked, factWords, lang, byFigures, judged, {
        bound: query.boundSyllables,
        written: fold ? factWordsOf(chosen.fact.answer[lang], false) : factWords,
      });
  // "A greater than B" against a fact that states "B greater than A" in words: the order asked is not the fact's.
  // The same order as the fact's clause: yes, whatever a negation near its words seemed to say ("no choice: the risk
  // of under-investing is greater…" does not negate the risk).
  const order = decision.byOpposite
    ? undefined
    : comparisonOrder(input.folded, [chosen.fact.answer.en, chosen.fact.answer.vi]);
  const reversed = verdict !== 'no' && order === 'no';
  if (reversed) verdict = 'no';
  // The fact's number claimed as another measure ("spend $20 billion" against $20 billion of revenue): no.
  const otherMeasure = verdict !== 'no' && claimsOtherMeasure(input.folded, query.numbers, figures);
  if (otherMeasure) verdict = 'no';
  if (order === 'agree' && byFigures !== 'no' && !statesOpposite(input.folded, input.factText(chosen.fact)))
    verdict = 'yes';
  // A wording the translation note explains, defined in words neither the fact nor its note uses ("chi phí lý luận là
  // tiền nghiên cứu lý thuyết à"): the note says what it means, and it is not that.
  const note = chosen.fact.translationNote;
  const undefinedShare =
    verdict !== 'no' && note
      ? unsupportedDefinition(
          query.cleaned,
          `${note.en} ${note.vi}`,
          `${chosen.fact.answer.en} ${chosen.fact.answer.vi} ${note.en} ${note.vi}`,
          input.isName,
        )
      : undefined;
  // A figure is no definition ("chi phí lý luận của openai là 4 tỷ đô": its words are not counted); beside a figure the
  // fact gives, the rest must be mostly words it does not use ("… means openai blows 4b on theoretical research").
  const misdefined =
    undefinedShare !== undefined &&
    undefinedShare >=
      (byFigures === 'agree' ? YES_NO.unsupportedDefinitionShareWithFigure : YES_NO.unsupportedDefinitionShare);
  if (misdefined) verdict = 'no';
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
  // A number or a share ("half its staff") claimed of a fact that gives no figure: the article does not say how many.
  if (
    verdict !== 'no' &&
    chosen.fact.figures.length === 0 &&
    (query.numbers.some((n) => n.unit !== 'year') || CLAIMED_SHARE.test(input.folded)) &&
    !CLAIMED_SHARE.test(input.factText(chosen.fact))
  ) {
    input.note(() => 'yes/no claims a quantity the fact does not give → decline');
    return { ...decision, chosen: undefined };
  }
  // Asked in the words the translation got wrong ("is Stability AI an AI mapping company"): the article means otherwise.
  // Not when the wording only names what the claim is about and its figure agrees ("chi phí lý luận của openai là 4 tỷ
  // đô"): the claim holds.
  const misread = input.misread(chosen.fact);
  const misreadAsked =
    verdict !== 'no' && byFigures !== 'agree' && misread.size > 0 && asked.some((w) => misread.has(foldDiacritics(w)));
  if (misreadAsked) verdict = 'no';
  // Founded by former staff of another company than the fact names ("ex-Meta folks" against former Google employees).
  if (verdict !== 'no' && claimsOtherFormerEmployer(input.folded, input.factText(chosen.fact))) verdict = 'no';
  // Reported by a source the fact does not name ("comes from Bloomberg" against "According to The Information").
  const unknown = new Set(query.unknownWords);
  if (
    verdict !== 'no' &&
    lang === 'en' &&
    claimsOtherSource(input.folded, input.factText(chosen.fact), (w) => unknown.has(stemToken(w)))
  )
    verdict = 'no';
  // The claim's words said of another of the fact's actors ("did Levi's open a bank?" against "…, Levi's made jeans for
  // miners and Darius Ogden Mills opened a bank"): no.
  const otherActor = verdict !== 'no' && otherActorClaimed(input, chosen.fact, asked);
  if (otherActor) verdict = 'no';
  // A name the article does not know where the fact names its organisation ("did meta buy amd chips?"): no.
  const otherInSlot = verdict !== 'no' && namesOtherInSlot(input, chosen.fact);
  if (otherInSlot) verdict = 'no';
  // A verdict the fact does not give ("unknown") leaves a confidently chosen fact's answer as it is, without Yes or No
  // (a fact chosen with little confidence is declined, below); unless the fact is chosen so confidently that it says
  // what is asked, in other words: yes, or no to a question that negates it.
  // "does X work at Y" / "X có làm ở Y không": what is asked is the person's organisation, which the knowledge records.
  const affiliation = verdict === 'unknown' ? asksAffiliation(asked, input) : undefined;
  if (affiliation === 'yes') verdict = 'yes';
  if (affiliation === 'no') verdict = 'no';
  if (affiliation === 'other') {
    input.note(() => 'yes/no asks an organisation the person is not recorded at → decline');
    return { ...decision, chosen: undefined };
  }
  if (verdict === 'unknown' && decision.confidence >= YES_NO.confidentYes)
    verdict = asksNegated(input.folded, asked, lang) ? 'no' : 'yes';
  // A claim about the source that names a person it does not ("was the article written by sam altman?"): no.
  const otherAuthor =
    verdict !== 'no' &&
    chosen.fact.kind === 'source' &&
    query.subjects.some((id) => input.entityType(id) === 'person' && !chosen.fact.entities.includes(id));
  if (otherAuthor) verdict = 'no';
  // A claim that the subject is the only one ("is openai the only ai company losing money", "chỉ có openai lỗ thôi hả")
  // is not confirmed by a fact that does not speak of being the only one.
  const exclusive =
    verdict === 'yes' && EXCLUSIVE_CLAIM.test(input.folded) && !EXCLUSIVE_WORDS.test(input.factText(chosen.fact));
  if (exclusive) verdict = 'unknown';
  // A claim that someone stops, quits or does otherwise ("will meta stop buying nvidia chips", "build its own instead")
  // reverses what a fact about the act says; a fact that never speaks of stopping cannot confirm it.
  const reversal = REVERSAL.exec(input.folded)?.[0];
  const otherwiseClaimed =
    verdict === 'yes' && reversal !== undefined && !` ${input.factText(chosen.fact)} `.includes(` ${reversal} `);
  if (otherwiseClaimed) verdict = 'unknown';
  // A claim naming something the article never does ("did character ai plan to sell itself to apple?"): the fact cannot
  // say yes to it; the article does not say (declined below, the fact offered as the nearest).
  const foreign =
    verdict === 'yes' &&
    byFigures !== 'agree' &&
    (query.unknownNames.length > 0 || query.unknownWords.some((w) => namedAfterPreposition(input.folded, w)));
  if (foreign) verdict = 'unknown';
  // The person placed at an employer the knowledge does not know ("cahn is a partner at andreessen horowitz", "covello of
  // morgan stanley said …"), against a fact about them: the knowledge records another employer, so no (a name the article never uses took the Yes away).
  const employed = verdict === 'no' ? undefined : (otherEmployerClaimed(input) ?? appositiveEmployerClaimed(input));
  const otherEmployer =
    employed !== undefined &&
    chosen.fact.entities.includes(employed.person) &&
    chosen.fact.entities.includes(employed.organisation);
  if (otherEmployer) verdict = 'no';
  if (judged === 'no') verdict = 'no';
  const unjudged = judged === 'unsupported' && verdict === 'yes';
  if (unjudged) verdict = 'unknown';
  // A fact that poses the question the claim asks ("the article asks whether demand will last", "…whether AI is worth
  // it"): the article leaves it open, so no Yes or No — unless the claim is about the asking itself ("has the bubble
  // debate been settled?") or figures settle it.
  const open =
    verdict !== 'unknown' &&
    byFigures === undefined &&
    !decision.byOpposite &&
    posesQuestion(chosen.fact) &&
    !ASKS_ABOUT_THE_DEBATE.test(input.folded);
  if (open) verdict = 'unknown';
  // Neither Yes nor No, from a fact chosen without much confidence ("openai đang gọi vốn từ softbank phải ko" against its
  // need for cash) or against a claim naming what the article never does ("is openai raising money from softbank"):
  // the claim is about something the article does not say, so the reply says so and offers the nearest fact. A fact
  // about the article itself (advice, author) answers such a question as it is, and so does one that poses the
  // question asked (the article leaves it open).
  if (
    verdict === 'unknown' &&
    !open &&
    chosen.fact.kind !== 'source' &&
    (foreign || decision.confidence < YES_NO.unknownAnswerConfidence)
  ) {
    input.note(
      () =>
        `yes/no verdict unknown${foreign ? ' (it names what the article does not)' : ' (little confidence)'} → decline`,
    );
    return { ...decision, chosen: undefined };
  }
  const said = verdict;
  input.note(
    () =>
      `yes/no verdict ${said}${open ? ' (the article leaves it open)' : ''}${judged === 'no' ? ' (the fact judges it the other way)' : ''}${unjudged ? ' (the fact does not judge what is claimed)' : ''}${decision.byOpposite ? ' (the fact states the opposite)' : ''}${misreadAsked ? ' (asked in a mistranslated wording)' : ''}${reversed ? ' (the fact compares the other way)' : ''}${otherMeasure ? ' (its number claimed as another measure)' : ''}${misdefined ? ' (a definition the fact does not give)' : ''}${foreign ? ' (it names what the article does not)' : ''}${otherEmployer ? ' (the knowledge records another employer)' : ''}${exclusive ? ' (the fact does not say it is the only one)' : ''}${otherAuthor ? ' (the source names no such person)' : ''}${otherActor ? ' (the fact says it of another)' : ''}${otherInSlot ? ' (the fact names its own organisation there)' : ''}${otherwiseClaimed ? ` (the fact does not say "${reversal ?? ''}")` : ''}`,
  );
  return { ...decision, verdict };
};

/**
 * Whether a yes/no claims of the one person or organisation it asks about what the fact says another of its actors did
 * (`claimsOtherActor`); the others are the fact's people and organisations the question does not name.
 */
function otherActorClaimed(input: DecideInput, fact: Fact, asked: readonly string[]): boolean {
  const { namesOf, entityType, query } = input;
  if (!namesOf) return false;
  const actors = fact.entities.filter((id) => entityType(id) === 'person' || entityType(id) === 'organisation');
  const subjects = actors.filter((id) => query.subjects.includes(id));
  const subject = subjects[0];
  if (subjects.length !== 1 || subject === undefined) return false;
  const others = actors.filter((id) => !query.entities.includes(id)).map((id) => namesOf(id));
  // The words of what else the question names ("cơn sốt vàng", the gold rush) are no part of the claim.
  const named = new Set(query.entities.flatMap((id) => namesOf(id).flatMap((name) => name.split(' '))));
  const claimed = asked.filter((word) => !named.has(normalizeForMatch(word)));
  return claimsOtherActor(fact.answer[input.lang], namesOf(subject), others, claimed);
}

/**
 * The question asks only whether a person it names works for an organisation it names (its other words are words of
 * working: "work", "làm việc"; with `roleAsked`, a top role's words were taken out): 'yes' when the knowledge records
 * that organisation as the person's, 'no' when it records another that is no part of the one asked, 'other' when the
 * one asked is part of the recorded one or the reverse ("Google" of "Google Research": that may be meant), undefined
 * when it is not asked or not known.
 */
function asksAffiliation(
  asked: readonly string[],
  input: DecideInput,
  roleAsked = false,
): 'yes' | 'no' | 'other' | undefined {
  const { subjects } = input.query;
  const words = asked.map((w) => foldDiacritics(w));
  if ((words.length === 0 && !roleAsked) || !words.every((w) => AFFILIATION_WORDS.has(w))) return undefined;
  let found: 'yes' | 'no' | 'other' | undefined;
  for (const person of subjects) {
    const organisation = input.organisationOf?.(person);
    if (organisation === undefined) continue;
    if (subjects.includes(organisation)) return 'yes';
    const others = subjects.filter((id) => id !== person && input.entityType(id) === 'organisation');
    if (others.length > 0) found = others.some((id) => related(id, organisation, input)) ? 'other' : 'no';
  }
  return found;
}

/** Two organisations one of which is part of the other, by their names ("Google" and "Google Research"). */
function related(a: string, b: string, input: DecideInput): boolean {
  const x = foldDiacritics((input.nameOf?.(a) ?? a).toLowerCase());
  const y = foldDiacritics((input.nameOf?.(b) ?? b).toLowerCase());
  return x.startsWith(`${y} `) || y.startsWith(`${x} `) || x === y;
}

/**
 * The decide stage's checks, in order: each sees the decision the ones before it left. A new check on the chosen
 * fact (a kind of question the article cannot answer, a verdict) is a `DecideStep` added here.
 */
export const DECIDE_STEPS: readonly DecideStep[] = [
  byConfidence,
  instructionsAsked,
  yesNoOpposite,
  yesNoOtherJudgement,
  yesNoOtherEmployer,
  yesNoOtherRole,
  yesNoAffiliation,
  yesNoOtherYear,
  yesNoOtherFigure,
  yesNoOtherSubject,
  yesNoOtherInSlot,
  yesNoOtherOwner,
  yesNoMoreThan,
  yesNoNotTheOnly,
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
