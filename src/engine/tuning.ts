// Every weight and threshold of the answer engine, each with its reason: the one place to tune it.
// (Autocomplete's weights stay with the autocomplete path in suggest.ts/lookups.ts; Discord's limits are not weights.)
import type { ConfidenceWeights } from './confidence.js';

// ── retrieve: ranking (ranking.ts) ────────────────────────────────────────────────────────────────────────────────
export const RANKING = {
  /** Similarity to a hand-written paraphrase is the strongest single sign of the question a fact answers. */
  paraphraseWeight: 0.4,
  /** Share of the question's weight found anywhere in the fact: rewards facts that say everything asked. */
  coverageWeight: 0.3,
  /** BM25F over the fact's fields: the long tail of wordings no paraphrase has. */
  bm25Weight: 0.3,
  /** A fact about every entity named gets ahead of one that only shares words. */
  entityBonus: 0.15,
  /** A fact about none of the named entities almost never answers ("Meta's revenue" is not Google's). */
  entityMissingPenalty: 0.5,
  /** A number in the question that a figure of the fact has is strong evidence (the four different 600s). */
  numberMatchBonus: 0.25,
  /** A number the fact contradicts (a different amount of the same unit) rules it out more than a match rules in. */
  numberConflictPenalty: 0.4,
  /** A number the fact does not have at all weighs a little against it. */
  numberMissingPenalty: 0.1,
  /** The answer kind asked (figure, date, reason, person, definition) nudges between facts that say the same words. */
  kindBonus: 0.06,
  /** A fact of the wrong kind (no figure for "how much") is pushed down slightly more than the right one is raised. */
  kindPenalty: 0.08,
  /** A measure or period the fact does not give: a rank penalty here; the confidence model does the hard decline. */
  measurePenalty: 0.12,
  /** A fact that only lists an entity (a customer among others) is partly about it. */
  listedEntityStrength: 0.6,
  /** Entities from this position of a fact's `entities` on are the ones it may only list. */
  listedFromPosition: 2,
  /** Time words weigh less than this as predicates ("this quarter"): the period check reads them, not the attribute check. */
  attributeTermWeight: 0.5,
  /** A listed entity counts fully only when a paraphrase naming it shares this much of what is asked. */
  groundedPredicateShare: 0.5,
} as const;

/** How much each field of a fact counts, and how strongly its length is normalised (BM25F; fact-index.ts). */
export const BM25F = {
  fields: {
    /** Paraphrases are written as questions: the field closest to what users type. */
    questions: { weight: 1.0, b: 0.5 },
    /** Keywords are few and chosen by hand: each one counts most, and short lists are not penalised. */
    keywords: { weight: 1.4, b: 0.3 },
    /** Entity names are already matched exactly by the entity bonus: counted lightly here. */
    entities: { weight: 0.6, b: 0.3 },
    /** Answers also say what a fact is not ("not to be confused with Tesla's $600 million"), so they count less. */
    answer: { weight: 0.5, b: 0.5 },
    /** The verbatim quote is the article's own wording (machine-translated): useful, noisier than paraphrases. */
    quote: { weight: 0.7, b: 0.5 },
    /** Notes explain and disambiguate; their words are often about other facts. */
    note: { weight: 0.3, b: 0.5 },
    /** Figure labels name the measure ("inference cost"), short and to the point. */
    figures: { weight: 0.6, b: 0.3 },
  },
  /** A fact's own entity counts as half a word in its vector even when no field repeats the name. */
  entityTermWeight: 0.5,
  /** The usual BM25 saturation: a word repeated in a field soon stops adding. */
  k1: 1.2,
} as const;

// ── understand: query analysis (analyzer.ts, name-matcher.ts, typo-corrector.ts) ───────────────────────────────────
export const ANALYSIS = {
  /** Time words (quarter, year, now) are checked as periods; as plain words they would match every dated fact. */
  timeWordShare: 0.3,
  /** A question where this share of words or more is capitalised is shouting, not naming: capitals do not mark names. */
  allCapitalisedShare: 0.6,
  /** Facts: a word pair counts half a word (it repeats its two words); names and time words count fully. */
  factTermWeights: { unigram: 1, bigram: 0.5, concept: 1, entityWord: 1, timeWord: 1 },
  /** Questions: a name counts once (as its entity), so the rest keeps its weight; time words place, not ask. */
  queryTermWeights: { unigram: 1, bigram: 0.5, concept: 1, entityWord: 0.3, timeWord: 0.5 },
  /** A question with this many of the article's content words asks about it: its chat words ("btw") are no subject. */
  chatContentWords: 3,
} as const;

export const NAMES = {
  /** Shorter words are too often ordinary words to be taken for a misspelt name ("china", "cover", "spree"). */
  minLength: 6,
  /** A name word more edits away is another word ("instead" is not "instagram"), however fuse.js scores it. */
  maxDistance: 2,
  /** Fuse's score is 0 for a perfect match; above this a word is not taken for a name. */
  maxScore: 0.3,
  /** A name match whose length differs by more than this is a different word ("meta" is not "metaverse"). */
  maxLengthDifference: 3,
} as const;

export const TYPOS = {
  /** Shorter words have too many one-edit neighbours to correct safely. */
  minLength: 4,
  /** Words this long tolerate two edits (one edit in a long word rarely reaches another real word). */
  longWord: 8,
  /** A word shorter than this is not corrected by dropping a letter: "huang", "tuoi", "chac" are words, not "hang", "toi", "cac". */
  keepLettersBelow: 6,
  /** A word shorter than this is not corrected by changing a letter: "full", "fine", "code" are words, not "fall", "fire", "come". */
  keepEachLetterBelow: 5,
} as const;

// ── decide: the confidence model (confidence.ts) ────────────────────────────────────────────────────────────────────
/** Answers below this confidence are declined: the model is calibrated, so 0.5 means "more likely right than not". */
export const ANSWER_THRESHOLD = 0.5;

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
  /** With no evidence at all the answer is more likely wrong than right (fitted intercept). */
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
  /** A content word no fact, paraphrase or glossary has: the question is probably about something else. */
  unknownWord: -1.07,
  /** A capitalised name the knowledge does not know ("Anthropic"): probably another subject. */
  unknownName: -1.05,
  /** An unknown word and no known person or organisation: the question is probably about something else. */
  unknownSubject: -1.32,
  /** The question's number contradicts the fact's (a different amount of the same unit). */
  numberConflict: -0.31,
  /** The question names a number the fact does not have: it probably asks about another figure. */
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

export const CONFIDENCE = {
  /** A score lead this large over the runner-up counts fully: beyond it, two facts are no longer close. */
  fullMargin: 0.3,
  /**
   * When the question names entities, the best fact must be about them, not only list them ("Meta's stock price" is
   * not answered by "Nvidia's customers include Meta; Nvidia's share price hit records").
   */
  minEntityCoverage: 0.6,
} as const;

// ── decide and compose: issue 9's checks (understand/*.ts, index.ts) ────────────────────────────────────────────────

export const YES_NO = {
  /** How far into a fact's answer a "whether" or "câu hỏi" makes it an open question (its opening clause, not a mention). */
  openQuestionOpening: 60,
  /**
   * A negator this many words or fewer before an asked word negates it ("has still not produced a truly transformative
   * app", "không có thời gian chờ xem công nghệ …").
   */
  negationWindow: 5,
  /** The determiner "no" negates a word this many words or fewer after it: its noun and one adjective ("no real revenue"). */
  determinerNegationWindow: 2,
  /** A fact chosen this confidently that negates none of the asked words says yes, even in other words ("layoffs"/"lay off"). */
  confidentYes: 0.9,
  /** Below this confidence a fact that gives no Yes or No is no answer to a yes/no question: it is declined, offered as the nearest. */
  unknownAnswerConfidence: 0.6,
  /** A profit question answered "no" looks this far down the ranking for a fact whose answer states a loss (a loss figure is looked for in every fact about the subject). */
  oppositeCandidates: 5,
  /** An estimate asked ("about 80%", "gần 50%") fits a figure within this share of it: rounding, not another figure (82% is about 80%; 70% is not about 50%). */
  estimateTolerance: 0.1,
  /** A subject put in place of the fact's own is answered "no" only this confidently (as if it named the fact's): a wrong "no" costs as much as a wrong "yes". */
  otherSubjectConfidence: 0.8,
  /** A name the article does not know in the slot of the fact's organisation ("chip amd" / "chip Nvidia") is answered "no" from this confidence: the slot is the evidence, the bar keeps out facts the ranking barely prefers. */
  otherInSlotConfidence: 0.25,
  /** A claimed number the fact about the subject gives otherwise is answered "no" only this confidently (as if it were its own): the same bar. */
  otherFigureConfidence: 0.8,
  /** A claim's measure word ("spend", "thu") counts for a number this many words or fewer from it ("spend $20 billion", "thu về tới 60 tỷ"); further off it names something else ("to pay back the chip spend"). */
  measureWordWindow: 3,
  /** A closing tag clause ("…, chuẩn không ae", "…, đúng ko mn") is at most this many characters; a longer last clause is not read as one (speed). */
  tagClauseMaxLength: 32,
  /** A yes/no claim shares this many words with a fact to be about what the fact says of a measure, not its figure ("driven by real revenue"). */
  claimSharedWords: 2,
  /** "according to Cahn, does …": an auxiliary this many words after a frame's opening word still opens the question. */
  frameWords: 5,
  /** A statement ending in "?" is a yes/no question from this many words: shorter ones are keyword queries ("nvidia share?"). */
  statementMinWords: 4,
  /** A wording the translation note explains, defined with this share of words neither the fact nor the note uses, is defined wrongly: a word or two may be said otherwise ("công ty" for stocks), most may not. */
  unsupportedDefinitionShare: 0.5,
  /** The same beside a figure the fact gives: the figure agrees, so most of the definition's other words must be foreign ("blows … on theoretical research"), not one ("inference bill"). */
  unsupportedDefinitionShareWithFigure: 0.75,
} as const;

/** When the best fact does not give the attribute asked, the runner-up that does may answer instead (decide.ts). */
export const ATTRIBUTE_RESCUE = {
  /** Only the next few facts: further down, a fact that gives the attribute is about something else. */
  candidates: 2,
  /** Only a fact this close in score: the two were nearly tied, and the attribute settles it. */
  maxScoreGap: 0.05,
} as const;

/** A decline names the closest fact only when that fact is about every subject the question names (not merely lists one). */
export const NEAREST_ENTITY_COVERAGE = 1;

export const INTENT = {
  /** A summary cue ("the gist", "recap") asks for the article unless a fact ranks this high on the rest of the words. */
  cuedSummaryMaxScore: 0.5,
} as const;

export const MESSAGE = {
  /** A message is answered in at most this many parts: more reads as a list, not a question (and costs latency). */
  maxParts: 3,
} as const;

export const REPLY = {
  /** Suggestions offered with a decline: enough to pick from, few enough to read on a phone. */
  didYouMean: 3,
  /** Example questions offered with the help text and small talk. */
  examples: 2,
  /** Runners-up within this share of the best score are offered beside an answer. */
  alternativeShare: 0.8,
  /**
   * A candidate is offered as "did you mean" only when it is about a subject the question names, holds at least this
   * share of the question's weight, or has a paraphrase at least `relatedMinParaphrase` similar; otherwise the decline
   * offers labelled example questions. Measured on the dev sets' declines (2026-12-03): unrelated questions
   * (off-topic, gibberish, injections) given did-you-mean 33 of 44 → 18 of 44, while answerable-but-declined questions
   * whose fact is among the suggestions went 19 of 22 → 16 of 22.
   */
  relatedMinCoverage: 0.3,
  relatedMinParaphrase: 0.3,
} as const;

export const COMPARISON = {
  /**
   * An alias of at most this many words names a comparison side's subject ("open ai", "deep mind"); a longer one is a
   * description ("gã khổng lồ tìm kiếm") whose words ("lỗ", "tìm kiếm") are what a side asks, not who it is about.
   */
  maxNameWords: 2,
} as const;

export const FOLLOW_UP = {
  /** "What came after that?" looks this many facts ahead for the next statement about the same subject. */
  nextWindow: 3,
  /** A pronoun after a turn that named no subject may mean any of the answer's first few entities (its main ones). */
  referenceEntities: 3,
  /** A series item within this share of the sum of the others is their total, not an item ("the biggest one?"). */
  totalTolerance: 0.01,
  /**
   * A follow-up refers to one of the last few turns: older ones are a topic the member has left. The shells keep this
   * many turns of a conversation (CLI, console, Discord memory), so memory stays bounded however long a chat runs.
   */
  contextTurns: 6,
} as const;

/** How many earlier turns the engine reads; the shells need keep no more. */
export const CONVERSATION_TURNS = FOLLOW_UP.contextTurns;
