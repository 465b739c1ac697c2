// Reads what kind of answer a question wants (a figure, a person, a date, a reason, a definition) and the numbers it names.
import type { Figure } from '../knowledge/schema.js';
import { PhraseSet } from '../text/phrase-set.js';
import { scaleFactor } from './understand/comparison.js';
import { EN_AUXILIARIES, NOT_YES_NO } from '../text/words/yes-no.js';
import {
  ANSWER_KIND_CUES,
  COUNT_CLASSIFIERS,
  CURRENCY_WORDS,
  DURATION_WORDS,
  ENGLISH_RELATIONS as ENGLISH_RELATION_WORDS,
  PERCENT_WORDS,
  PERIOD_UNITS as PERIOD_UNIT_WORDS,
  SCALE_WORDS as SCALE_WORD_LIST,
  UNIT_WORDS as UNIT_WORD_LIST,
  VIETNAMESE_LINKS,
  VIETNAMESE_RELATIONS as VIETNAMESE_RELATION_WORDS,
  VI_WHO_VERBS,
} from '../text/words/question-cues.js';

export type AnswerKind = 'figure' | 'person' | 'date' | 'reason' | 'quote' | 'definition';

const KIND_CUES: Readonly<Record<AnswerKind, readonly string[]>> = ANSWER_KIND_CUES;

// Every cue with its kind, found as whole words in the question's tokens.
const KIND_CUE_SET = new PhraseSet(
  (Object.entries(KIND_CUES) as [AnswerKind, readonly string[]][]).flatMap(([kind, cues]) =>
    cues.map((cue) => [cue, kind] as const),
  ),
);

/** The answer kinds a question asks for, from its folded tokens; the first cue found wins ties. */
export function answerKinds(tokens: readonly string[]): Set<AnswerKind> {
  // In the order of KIND_CUES, as the kinds were always listed.
  const kinds = new Set<AnswerKind>(KIND_CUE_SET.found(tokens));
  // "what is X's share / how much" is a figure question, not a definition.
  if (kinds.has('figure')) kinds.delete('definition');
  // "sao" opening a question is "why" ("sao Meta vẫn chi"); elsewhere it is also "how" ("ra sao") or "what about" ("thì sao").
  if (tokens[0] === 'sao' && tokens.length > 2) kinds.add('reason');
  // "…, sao các ông lớn lại sợ": "sao X lại Y" (why does X Y) anywhere, as long as "sao" is no "ra sao"/"thì sao".
  if (!kinds.has('reason') && whySaoLai(tokens)) kinds.add('reason');
  // "ra mắt năm bao nhiêu", "ngày bao nhiêu": a date asked, unless a rate ("mỗi năm bao nhiêu") or a count ("2 năm").
  if (kinds.has('figure') && askedDate(tokens)) {
    kinds.delete('figure');
    kinds.add('date');
  }
  // "why do they keep spending when it hurts earnings": a "when" with no auxiliary after it tells a premise, no date.
  if (kinds.has('reason') && kinds.has('date') && premiseWhen(tokens)) kinds.delete('date');
  // "ai mở ngân hàng …", "ai bảo …": an opening "ai" before what a person does is "who", not AI.
  const [opening, verb, object] = tokens;
  if (opening === 'ai' && (VI_WHO_VERBS.has(verb ?? '') || VI_WHO_VERBS.has(`${verb} ${object}`))) kinds.add('person');
  // "who said …" asks for the person, not for what was said.
  if (kinds.has('person')) kinds.delete('quote');
  // "did Pichai say Google overspent?" checks a claim, it does not ask what was said.
  const [first, second] = tokens;
  if (first !== undefined && EN_AUXILIARIES.has(first) && (second === undefined || !NOT_YES_NO.has(second)))
    kinds.delete('quote');
  return kinds;
}

/** Words before "sao" that make it "how" or "what about" ("ra sao", "thì sao", "làm sao"), not "why". */
const NOT_WHY_BEFORE_SAO: ReadonlySet<string> = new Set(['ra', 'thi', 'lam', 'the', 'nhu', 'ngoi', 'sao']);

/** "sao X lại Y" (why does X Y): "sao" with "lại" one to four words after it. */
function whySaoLai(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('sao');
  if (at <= 0 || NOT_WHY_BEFORE_SAO.has(tokens[at - 1] ?? '')) return false;
  return tokens.slice(at + 2, at + 6).includes('lai');
}

/** A "when" inside the question with no auxiliary after it ("… when it tanks profits"): a premise. */
function premiseWhen(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('when');
  return at > 0 && !EN_AUXILIARIES.has(tokens[at + 1] ?? 'did');
}

const DATE_UNITS: ReadonlySet<string> = new Set(['nam', 'ngay', 'thang']);

/** Particles that may close "năm bao nhiêu (vậy)" without naming a counted noun. */
const CLOSING_PARTICLES: ReadonlySet<string> = new Set(['vay', 'the', 'z', 'a', 'ha', 'nhi', 'ne', 'nhe', 'ta', 'nao']);

/** "ra mắt năm bao nhiêu": the date is asked; not a rate ("mỗi năm bao nhiêu") nor a count ("2 năm bao nhiêu"). */
function askedDate(tokens: readonly string[]): boolean {
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    if (tokens[i] !== 'bao' || tokens[i + 1] !== 'nhieu' || !DATE_UNITS.has(tokens[i - 1] ?? '')) continue;
    const before = tokens[i - 2] ?? '';
    const after = tokens[i + 2];
    if (RATE_OPENERS.has(before) || NUMBER.test(before)) continue;
    if (after === undefined || CLOSING_PARTICLES.has(after)) return true;
  }
  return false;
}

/** A number written in the question, with whatever unit and scale words stand beside it. */
export interface QueryNumber {
  readonly value: number;
  readonly unit?: Figure['unit'];
  readonly scale?: NonNullable<Figure['scale']>;
}

const SCALE_WORDS: ReadonlyMap<string, NonNullable<Figure['scale']>> = entries<NonNullable<Figure['scale']>>(
  SCALE_WORD_LIST,
);
const UNIT_WORDS: ReadonlyMap<string, Figure['unit']> = entries<Figure['unit']>(UNIT_WORD_LIST);

const NUMBER = /^\d+(?:\.\d+)?$/;
/** A calendar year as a token ("2026"). */
const YEAR = /^(?:19|20)\d\d$/;
const DURATION_UNITS: ReadonlySet<Figure['unit']> = new Set(['days', 'years', 'months']);

/** A Map, not an object: a typed word such as "constructor" must not reach Object.prototype. */
function entries<V>(record: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(record));
}

/** Numbers in the folded tokens with their unit ("600 ngày" → days, "$600m" → currency million, "600%" → percent). */
export function queryNumbers(tokens: readonly string[]): QueryNumber[] {
  const numbers: QueryNumber[] = [];
  tokens.forEach((token, index) => {
    if (!NUMBER.test(token)) return;
    const value = Number(token);
    // "tháng 11 năm 2023" names a month of a date, not eleven years: its year says when.
    if (tokens[index - 1] === 'thang' && Number.isInteger(value) && value >= 1 && value <= 12) return;
    // "the 1800s" names the 19th century, as "19th century" does (later hundreds are as often a decade: "the 2000s").
    if (tokens[index + 1] === 's' && Number.isInteger(value) && value >= 1000 && value <= 1800 && value % 100 === 0) {
      numbers.push({ value: value / 100 + 1 });
      return;
    }
    let unit: Figure['unit'] | undefined;
    let scale: NonNullable<Figure['scale']> | undefined;
    if (tokens[index - 1] === '$') unit = 'currency';
    for (let k = index + 1; k <= index + 3 && k < tokens.length; k += 1) {
      const word = tokens[k] ?? '';
      if (NUMBER.test(word)) break;
      // "nghìn tỷ" / "ngàn tỷ" (thousand billion) is a trillion.
      if ((word === 'nghin' || word === 'ngan') && tokens[k + 1] === 'ty') {
        scale = 'trillion';
        k += 1;
        continue;
      }
      const scaleWord = SCALE_WORDS.get(word);
      if (scaleWord && !scale) {
        scale = scaleWord;
        continue;
      }
      const unitWord = UNIT_WORDS.get(word);
      // "60 tỷ/năm", "12 tỷ mỗi quý": a time word after a sum is its rate ("a year"), not a duration of 60 years.
      if (unitWord && scale && DURATION_UNITS.has(unitWord)) break;
      if (unitWord && (!unit || (unit === 'currency' && unitWord !== 'currency' && !scale))) {
        // "phan" means percent only as "phần trăm"; "việc" means jobs only as "việc làm"; "đô" is "đô la".
        if (word === 'phan' && tokens[k + 1] !== 'tram') break;
        if (word === 'viec' && tokens[k + 1] !== 'lam') break;
        if (word === 'do' && k !== index + 1 && !scale) break;
        unit = unitWord;
      }
      break;
    }
    if (scale && !unit) unit = 'currency';
    if (!unit && Number.isInteger(value) && value >= 1900 && value <= 2100) unit = 'year';
    numbers.push({ value, ...(unit ? { unit } : {}), ...(scale ? { scale } : {}) });
  });
  return numbers;
}

/** How a question's number fits a figure: 'match', 'conflict' (same number, other unit or scale) or 'none'. */
export function numberFit(number: QueryNumber, figure: Figure): 'match' | 'conflict' | 'none' {
  // The same amount at another scale ("5000 triệu" for $5 billion, "0.6 billion" for $600 million) is the figure.
  if (
    number.scale &&
    figure.scale &&
    number.scale !== figure.scale &&
    (!number.unit || number.unit === figure.unit) &&
    sameAmount(number.value * scaleFactor(number.scale), figure)
  )
    return 'match';
  const sameValue = figure.value === number.value || figure.valueMax === number.value;
  if (!sameValue) return 'none';
  if (number.unit && number.unit !== figure.unit) {
    // "10 to 15 years" is a range of years; "year" (a calendar year) and "years" (a duration) are told apart.
    return 'conflict';
  }
  if (number.scale && figure.scale && number.scale !== figure.scale) return 'conflict';
  if (number.scale && !figure.scale) return 'conflict';
  return 'match';
}

/** An amount (scaled to units) equal to the figure's value, or to its upper value, up to floating point. */
export function sameAmount(amount: number, figure: Figure): boolean {
  const factor = scaleFactor(figure.scale);
  return [figure.value, figure.valueMax]
    .filter((v): v is number => v !== undefined)
    .some((v) => Math.abs(v * factor - amount) <= SAME_AMOUNT * Math.abs(v * factor));
}

/** Two amounts this close are one amount written at two scales (0.6 × 10⁹ against 600 × 10⁶ in floating point). */
const SAME_AMOUNT = 1e-9;

/**
 * The measure a figure question asks for: an amount ("how much", "bao nhiêu tiền"), a count of things ("how many
 * employees", "bao nhiêu người"), a duration ("how long", "bao lâu") or a percentage. A fact answers it only with a
 * figure of that measure: "how many employees" is not answered by a wage bill in dollars.
 */
export type AskedMeasure = 'amount' | 'count' | 'duration' | 'percent';

/** Words that make the period after them a rate ("mỗi quý", "một năm", "hằng năm"), folded. */
const RATE_OPENERS: ReadonlySet<string> = new Set(['moi', 'mot', 'hang', '1']);

/** "in dollars", "in US dollars", "in usd", "bằng đô (la)", "bằng USD": the currency a sum is asked in. */
const IN_CURRENCY = / (?:in (?:us )?(?:dollars?|usd|\$)|bang (?:do|dola|usd|do la)) /;

/**
 * The measure asked for, from folded tokens. `isMoneyWord` tells the words the knowledge uses for money
 * (revenue, cost, chi phí…): "how many dollars of revenue" and "bao nhiêu doanh thu" ask for an amount.
 */
export function askedMeasure(
  tokens: readonly string[],
  isMoneyWord: (token: string) => boolean,
  isFunctionWord: (token: string) => boolean,
): AskedMeasure | undefined {
  const padded = ` ${tokens.join(' ')} `;
  if (
    / (?:what|which) (?:percent|percentage|share|portion|fraction|proportion) | (?:bao nhieu|may) (?:phan tram|%) | ty le (?:bao nhieu|may)/.test(
      padded,
    )
  )
    return 'percent';
  if (/ how long | bao lau | how (?:old|many years) /.test(padded)) return 'duration';
  const nounAfter = (index: number): AskedMeasure => {
    const noun = tokens[index];
    if (noun === undefined) return 'amount';
    // "bao nhiêu phần (trăm)", "bao nhiêu phần thị trường": a share.
    // "bao nhiêu thị phần": a share.
    if (PERCENT_WORDS.has(noun) || noun === 'phan' || (noun === 'thi' && tokens[index + 1] === 'phan'))
      return 'percent';
    if (DURATION_WORDS.has(noun)) return 'duration';
    if (CURRENCY_WORDS.has(noun) || isMoneyWord(noun)) return 'amount';
    if (COUNT_CLASSIFIERS.has(noun)) return 'count';
    if (isFunctionWord(noun) || VIETNAMESE_LINKS.has(noun) || /^\d/.test(noun)) return 'amount';
    return 'count';
  };
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a === 'how' && b === 'much') return 'amount';
    if (a === 'how' && b === 'many') return nounAfter(i + 2);
    // "ngày bao nhiêu", "năm bao nhiêu": a date.
    // A share asked after "bao nhiêu" is a share even after "nắm" (holds), which folds to "nam" (year).
    // "mỗi quý bao nhiêu", "một năm bao nhiêu", "hằng năm bao nhiêu": a rate, the sum asked per period.
    if (a === 'bao' && b === 'nhieu') {
      const after = nounAfter(i + 2);
      const dated = DURATION_WORDS.has(tokens[i - 1] ?? '') && !RATE_OPENERS.has(tokens[i - 2] ?? '');
      return dated && after !== 'percent' ? 'duration' : after;
    }
  }
  // "what is its market cap in dollars", "tính bằng đô": a sum in a currency is an amount.
  if (IN_CURRENCY.test(padded)) return 'amount';
  return undefined;
}

const MEASURES_OF_UNIT: Readonly<Record<Figure['unit'], readonly AskedMeasure[]>> = {
  currency: ['amount'],
  percent: ['amount', 'percent'],
  jobs: ['amount', 'count'],
  days: ['amount', 'duration'],
  months: ['amount', 'duration'],
  years: ['amount', 'duration'],
  year: ['duration'],
  date: ['duration'],
};

/**
 * The measures a fact can answer: those of its figures, and of the numbers its answers write out ("about 18 months"),
 * and an amount when they speak of sums without a number ("billions of dollars").
 */
export function factMeasures(
  figures: readonly Figure[],
  answerTokens: readonly (readonly string[])[],
): Set<AskedMeasure> {
  const measures = new Set<AskedMeasure>();
  for (const figure of figures) for (const measure of MEASURES_OF_UNIT[figure.unit]) measures.add(measure);
  for (const tokens of answerTokens) {
    for (const number of queryNumbers(tokens))
      for (const measure of number.unit ? MEASURES_OF_UNIT[number.unit] : ['amount' as const]) measures.add(measure);
    if (tokens.some((token) => SCALE_WORDS.has(token) && token.length > 2)) measures.add('amount');
  }
  return measures;
}

// Periods relative to the article's time ("next year", "quý trước"), over folded tokens.
const PERIOD_UNITS: ReadonlyMap<string, string> = entries(PERIOD_UNIT_WORDS);
const ENGLISH_RELATIONS: ReadonlyMap<string, 'next' | 'last'> = entries<'next' | 'last'>(ENGLISH_RELATION_WORDS);
const VIETNAMESE_RELATIONS: ReadonlyMap<string, 'next' | 'last'> = entries<'next' | 'last'>(VIETNAMESE_RELATION_WORDS);

/**
 * The periods before or after the article's time that a text names, as "next:year", "last:quarter"; "next:*" for
 * "the next 12 months" (some span ahead). A fact that speaks of this quarter does not answer a question about the next.
 */
export function relativePeriods(tokens: readonly string[]): Set<string> {
  const periods = new Set<string>();
  tokens.forEach((token, i) => {
    const relation = ENGLISH_RELATIONS.get(token);
    if (relation) {
      const next = tokens[i + 1] ?? '';
      const unit = PERIOD_UNITS.get(next);
      if (unit) periods.add(`${relation}:${unit}`);
      else if (NUMBER.test(next) || next === 'few' || next === 'several') periods.add(`${relation}:*`);
    }
    const unit = PERIOD_UNITS.get(token);
    const after = VIETNAMESE_RELATIONS.get(tokens[i + 1] ?? '');
    // "năm sau", "quý trước"; "12 tháng tới" is a span ahead. Before a year, "tới"/"trước"/"sau" is a preposition
    // ("mỗi năm tới 2026": each year until 2026), not the next or the last period.
    if (unit && after && !YEAR.test(tokens[i + 2] ?? ''))
      periods.add(NUMBER.test(tokens[i - 1] ?? '') ? `${after}:*` : `${after}:${unit}`);
  });
  return periods;
}

/**
 * The relative periods a question names, each with the wildcard of its relation ("next:year" with "next:*"): what
 * `periodsFit` reads, worked out once per ranking rather than once per fact.
 */
export function askedPeriods(asked: ReadonlySet<string>): readonly (readonly [string, string])[] {
  return [...asked].map((period) => [period, `${period.split(':')[0] ?? ''}:*`] as const);
}

/** Whether a fact naming `factPeriods` speaks of every relative period the question names (`askedPeriods`). */
export function periodsFit(asked: readonly (readonly [string, string])[], factPeriods: ReadonlySet<string>): boolean {
  for (const [period, wildcard] of asked) if (!factPeriods.has(period) && !factPeriods.has(wildcard)) return false;
  return true;
}
