// Understands yes/no questions ("does OpenAI turn a profit?", "OpenAI có lãi không") and reads the verdict off the fact
// that answers them: "no" when the fact negates what is asked or states its opposite (a loss for a profit), "yes" when it
// states it, "unknown" when the fact does not speak of what is asked at all (the engine then declines).
import { mapped } from '../../text/packed.js';
import { asInterjection } from '../../text/abbreviations.js';
import { cleanText, foldDiacritics } from '../../text/normalize.js';
import { stemToken } from '../../text/stem.js';
import { JUDGEMENTS } from '../../text/words/judgements.js';
import { isStopword } from '../../text/stopwords.js';
import { STRINGS } from '../../text/strings/index.js';
import { CURRENCY_WORDS, UNIT_WORDS } from '../../text/words/question-cues.js';

import { YES_NO } from '../tuning.js';
import type { Lang } from '../../text/lang.js';
import type { Figure } from '../../knowledge/schema.js';
import { sameAmount, type QueryNumber } from '../question-cues.js';
import { scaleFactor, scaledValue } from './comparison.js';
import {
  CLAIMED_MEASURES,
  CONTRAST_NEGATORS,
  EN_AUXILIARIES,
  EN_BARE_NEGATED_AUXILIARIES,
  EN_BARE_YES_NO_TAGS,
  EN_FRAME_OPENERS,
  EN_OPENERS,
  EN_STATEMENT_VERBS,
  EN_WH_WORDS,
  DETERMINER_NEGATORS,
  NEGATION_CONJUNCTIONS,
  NEGATION_COPULAS,
  EN_YES_NO_TAGS,
  FORMER_EMPLOYER,
  LESS_THAN,
  MORE_THAN,
  MULTIPLE,
  NEGATORS,
  NOT_YES_NO,
  ONLY_WORDS,
  PER_MONTH,
  PER_QUARTER,
  THIS_QUARTER,
  THIS_YEAR,
  A_DECADE,
  PER_YEAR,
  PREMISE_WORDS,
  REPORTED_BY,
  SAYS_MISTRANSLATED,
  TAG_CLAUSE_CORES,
  TAG_CLAUSE_WORDS,
  VI_CLOSING_WORDS,
  VI_NEGATED_OPENING,
  VI_NEGATED_OPENING_CLOSERS,
  VI_YES_NO_PARTICLES,
  VI_DOUBTING_OPENINGS,
  VI_PLAIN_YES_NO_TAGS,
  VI_YES_NO_TAGS,
  YES_NO_FRAMES,
} from '../../text/words/yes-no.js';

export type Verdict = 'yes' | 'no' | 'unknown';

/** Vietnamese question words: with one of them, a trailing "không" is part of a wh-question. */
const VI_WH = /\b(?:bao nhieu|bn|gi|j|nao|sao|the nao|ntn|o dau|khi nao|bao gio|bao lau)\b/;

/**
 * "không có … nào" / "chẳng … nào" is "no … at all" ("ko có lựa chọn nào khác"): its "nào" asks nothing, so it is read
 * before the wh-words are looked for.
 */
const VI_NEGATIVE_ANY = /\b(?:khong|ko|k|chang|chua) (?:co )?(?:\S+ ){0,3}nao\b/;

/** A tag ending a statement: its English words after a comma or before a question mark, or a Vietnamese particle. */
const tagPattern = (tags: readonly string[]) =>
  tags
    .map((t) =>
      t
        .replace(/n t(?= |$)/g, "n't")
        .replace(/ /g, '\\W+')
        .replace(/'/g, '\\W*'),
    )
    .join('|');
// A contraction's apostrophe may be left out ("didnt it"). A tag closes the line after a comma, before a question mark,
// or (a bare tag, or any negated one) alone at its end.
const EN_TAG = new RegExp(
  `(?:,\\s*(?:${tagPattern(EN_YES_NO_TAGS)})\\W*|\\s(?:${tagPattern(EN_YES_NO_TAGS)})\\s*\\?\\W*|\\s(?:${tagPattern([...EN_BARE_YES_NO_TAGS, ...EN_YES_NO_TAGS.filter((t) => / t /.test(t))])})\\s*[.!]*)$`,
  'iu',
);
/**
 * The last word of every English tag. EN_TAG's tag ends with it, after a "," or whitespace (or the "\W+" between a
 * tag's words) and before nothing but non-word characters: it can match only a text whose last word is one of these.
 */
const EN_TAG_LAST_WORDS: ReadonlySet<string> = new Set(
  [...EN_YES_NO_TAGS, ...EN_BARE_YES_NO_TAGS].map((tag) => {
    // A tag ending "n t" would end "n\W*t" in EN_TAG, whose last word may be longer than "t".
    if (/n t$|'/.test(tag)) throw new Error(`tag "${tag}" must not end in a contraction`);
    return tag.slice(tag.lastIndexOf(' ') + 1);
  }),
);

/** What "\w" matches under the flags "iu": ASCII letters, digits and "_", and "ſ" and the kelvin sign, their case pairs. */
const isWordCode = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 95 ||
  code === 0x17f ||
  code === 0x212a;

/** The text's last word as EN_TAG reads it: its last run of word characters, case-folded ("ſ" is "s", "K" is "k"). */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && !isWordCode(text.charCodeAt(end - 1))) end -= 1;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start -= 1;
  return text.slice(start, end).toLowerCase().replace(/ſ/g, 's');
}

/**
 * Words said after a Vietnamese tag ("… à với ạ", "… hả mn", "… à z", "… à mình cảm ơn"): an address, a particle or
 * thanks, not the claim.
 */
const AFTER_VI_TAG = String.raw`(?:\s+(?:với|voi|vậy|vay|z|mn|ae|ad|bot|nhé|nhe|nha|hic|huhu|(?:mình |minh |em )?(?:cảm ơn|cám ơn|cam on)))*`;
const VI_TAG = new RegExp(`\\s(?:${VI_YES_NO_TAGS.join('|')})${AFTER_VI_TAG}\\s*[?!.]*$`, 'iu');
const PLAIN_A_TAG = new RegExp(`\\s(?:${VI_PLAIN_YES_NO_TAGS.join('|')})${AFTER_VI_TAG}\\s*[?!.]*$`, 'iu');
/**
 * "… đúng không", "… đúng hem bạn", "… chuẩn ko": "right?" closing a statement with no comma before it. Folded, so its
 * index is the text's (folding keeps NFC text's length); its words are no words of the claim.
 */
const VI_RIGHT_TAG = new RegExp(
  `\\s(?:dung|chuan) (?:${[...VI_YES_NO_PARTICLES].join('|')})(?: (?:${[...VI_CLOSING_WORDS].join('|')}))*\\s*[?!.]*$`,
);
/** "bn" closing a message after its particle ("… hả bn") is "bạn", whom it is asked of, not "bao nhiêu". */
const ADDRESS_WORDS: ReadonlySet<string> = new Set([...VI_CLOSING_WORDS, 'bn']);

/**
 * A Vietnamese tag before whom it is asked of ("… hả bạn", "… ha bn", "… à mn ơi"): the tag read on the text without
 * the address after it.
 */
function viTagBeforeAddress(text: string): RegExpExecArray | null {
  const plain = !hasDiacritics(text);
  let head = text;
  for (;;) {
    const last = /\s+(\S+?)[\s?!.]*$/u.exec(head);
    if (last === null || !ADDRESS_WORDS.has(foldDiacritics((last[1] ?? '').toLowerCase()))) return null;
    head = head.slice(0, last.index);
    const tag = VI_TAG.exec(head) ?? (plain ? (PLAIN_A_TAG.exec(head) ?? PLAIN_PARTICLE_TAG.exec(head)) : null);
    if (tag !== null) return tag;
  }
}

/** The particle "hả" typed without diacritics ("… ha"), read as a tag only before whom it is asked of ("… ha bn"). */
const PLAIN_PARTICLE_TAG = /\sha\s*[?!.]*$/i;

function viRightTag(text: string): RegExpExecArray | null {
  const folded = foldDiacritics(text.toLowerCase());
  return folded.length === text.length ? VI_RIGHT_TAG.exec(folded) : null;
}
const EN_WH_OPENING = /^(?:what|which|who|whom|whose|how|why|when|where)\b/;

/**
 * A statement made a yes/no question by a tag at its end ("OpenAI could lose $5B this year, right?", "Goldman bảo GDP
 * tăng 10% à"): the statement without its tag, or undefined when there is no tag or the statement asks a wh-question.
 */
export function withoutYesNoTag(text: string): string | undefined {
  const framed = withoutYesNoFrame(text);
  if (framed !== undefined) return withoutYesNoTag(framed) ?? framed;
  const match =
    // EN_TAG tries every comma and space of the text; the last word rules most texts out first.
    (EN_TAG_LAST_WORDS.has(lastWord(text)) ? EN_TAG.exec(text) : null) ??
    VI_TAG.exec(text) ??
    (hasDiacritics(text) ? null : PLAIN_A_TAG.exec(text)) ??
    viRightTag(text) ??
    viTagBeforeAddress(text);
  const at = match?.index ?? tagClauseAt(text);
  if (at === undefined) return undefined;
  const statement = text.slice(0, at).replace(/[\s,]+$/u, '');
  const folded = foldDiacritics(statement.toLowerCase());
  if (statement === '' || EN_WH_OPENING.test(folded) || VI_WH.test(withoutNegativeAny(folded))) return undefined;
  // "did they get it right?" asks already: its last word is part of the question, not a tag.
  if (match && !match[0].startsWith(',') && EN_AUXILIARIES.has(folded.split(/\W+/u)[0] ?? '')) return undefined;
  return statement;
}

/** A frame opening the message that puts what follows to the test ("true or false: …", "correct me if i'm wrong but …"). */
const YES_NO_FRAME = new RegExp(
  `^\\s*(?:${YES_NO_FRAMES.map((f) => f.replace(/ /g, '\\W+')).join('|')})(?:[\\s,:;.!?]+|\\s*[-–—]\\s*)(?:(?:but|nhung|ma)\\s+)?`,
  'iu',
);

/**
 * The claim after a frame that asks whether it is so ("true or false: Cisco had 85% of switching" → "Cisco had 85% of
 * switching"); undefined without one, or when what follows asks a wh-question.
 */
function withoutYesNoFrame(text: string): string | undefined {
  const folded = foldDiacritics(text.toLowerCase());
  const match = folded.length === text.length ? YES_NO_FRAME.exec(folded) : null;
  if (match === null) return undefined;
  const claim = text.slice(match[0].length).trim();
  const rest = folded.slice(match[0].length).trim();
  if (claim === '' || EN_WH_OPENING.test(rest) || VI_WH.test(withoutNegativeAny(rest))) return undefined;
  return claim;
}

/**
 * The claim names another former employer than the fact does ("started by ex-Meta folks" against "founded by former
 * Google employees"). Only when both name one.
 */
export function claimsOtherFormerEmployer(folded: string, factText: string): boolean {
  const claimed = FORMER_EMPLOYER.exec(folded)?.[1];
  const stated = FORMER_EMPLOYER.exec(factText)?.[1];
  // "ex googlers", "ex-googler": the company's staff, called by its name.
  const staffOf = (word: string, company: string) =>
    word.startsWith(company) && /^e?rs?$/.test(word.slice(company.length));
  return claimed !== undefined && stated !== undefined && claimed !== stated && !staffOf(claimed, stated);
}

/**
 * The claim names another source than the fact ("comes from Bloomberg" against "According to The Information"), by a
 * word the engine does not know (`isUnknown`): "comes from inference costs" names a cause, not a source.
 */
export function claimsOtherSource(folded: string, factText: string, isUnknown: (word: string) => boolean): boolean {
  const claimed = REPORTED_BY.exec(folded)?.[1];
  const stated = REPORTED_BY.exec(factText)?.[1];
  return claimed !== undefined && stated !== undefined && claimed !== stated && isUnknown(claimed);
}

/** The text is a yes/no tag alone ("that accurate?", "đúng ko"): said after a claim, it asks whether the claim is so. */
export function isYesNoTagOnly(text: string): boolean {
  return withoutYesNoTag(`claim, ${text.trim()}`) === 'claim';
}

/**
 * Where a closing clause made only of a tag starts ("…, chuẩn không", "…, đúng ko ae", "…, phải hông"): after the last
 * comma, its words all tag words and one of them a tag's core. Undefined when the text has none.
 */
function tagClauseAt(text: string): number | undefined {
  const comma = text.lastIndexOf(',');
  // A tag clause is a few short words ("chuẩn không ae"); a longer last clause is read no further.
  if (comma < 0 || text.length - comma > YES_NO.tagClauseMaxLength) return undefined;
  const words = foldDiacritics(text.slice(comma + 1).toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  return words.some((w) => TAG_CLAUSE_CORES.has(w)) && words.every((w) => TAG_CLAUSE_WORDS.has(w)) ? comma : undefined;
}

function withoutNegativeAny(folded: string): string {
  return folded.replace(VI_NEGATIVE_ANY, ' ').replace(VI_SEE_HOW, ' ');
}

/**
 * "chờ xem AI phát triển thế nào" (wait and see how AI develops): a "how" after "xem" is the object of seeing, not what
 * is asked, so "… chờ xem … thế nào hả" is still a yes/no question.
 */
const VI_SEE_HOW = /\bxem\b(?: \S+){0,6}? (?:the nao|ra sao)\b/;

/**
 * A claim that puts a fact's number under another measure than the figure that has it ("big tech will spend $20 billion
 * on AI" against $20 billion of revenue, "big tech thu 60 tỷ" against $60 billion spent): it names a measure of another
 * kind than the figure's and none of the figure's own kind. Such a claim is false, whatever the number.
 */
export function claimsOtherMeasure(
  folded: string,
  numbers: readonly QueryNumber[],
  figures: readonly Figure[],
): boolean {
  const tokens = folded.split(' ');
  return numbers.some((number) => {
    // The measure words next to the number: "spend" in "to pay back the chip spend" is what is paid back, not the $600
    // billion asked.
    const at = numberPosition(tokens, number);
    const around =
      at < 0
        ? folded
        : tokens.slice(Math.max(0, at - YES_NO.measureWordWindow), at + YES_NO.measureWordWindow + 1).join(' ');
    const named = CLAIMED_MEASURES.filter((kind) => kind.words.test(around));
    if (named.length === 0) return false;
    return figures.some((figure) => {
      if (figure.measure === undefined || number.unit === undefined || !sameUnit(number, figure)) return false;
      const kind = CLAIMED_MEASURES.find((k) => k.measures.includes(figure.measure ?? ''));
      if (kind === undefined || named.includes(kind)) return false;
      const factor = number.scale !== undefined && figure.scale !== undefined ? scaleFactor(figure.scale) : 1;
      const asked =
        number.scale !== undefined && figure.scale !== undefined
          ? number.value * scaleFactor(number.scale)
          : number.value;
      return [figure.value, figure.valueMax].some((v) => v !== undefined && v * factor === asked);
    });
  });
}

/** Where a number of the question stands among its folded words ("$60", "60b", "8.5"), or -1. */
function numberPosition(tokens: readonly string[], number: QueryNumber): number {
  const value = String(number.value);
  return tokens.findIndex((t) => {
    const digits = t.replace(/^\$/, '');
    return digits.startsWith(value) && !/^[\d.]/.test(digits.slice(value.length));
  });
}

/** A number asked as a bound ("more than 10", "trên 5 tỷ"): another figure does not say no. */
const NUMBER_BOUND_WORD =
  /\b(?:more|less|fewer|over|under|above|below|at least|at most|exceed|exceeds|exceeded|hon|tren|duoi|vuot|it nhat|toi da|toi thieu)\b/;
/** A bound's direction: below ("less than", "dưới", "ít hơn") is read first, since "ít hơn" also has "hơn". */
const BOUND_BELOW_WORD = /\b(?:less|fewer|under|below|at most|it hon|duoi|toi da)\b/;
const BOUND_ABOVE_WORD = /\b(?:more|over|above|exceed|exceeds|exceeded|at least|hon|tren|vuot|it nhat|toi thieu)\b/;
/**
 * A bound word bounds a number only just before it ("more than 10", "vượt quá 1 nghìn tỷ", "over a trillion"): "raise
 * more money within 6 months" asks 6 months exactly. A number is digits or a number word, next or one word on ("than").
 */
const NUMBER_AHEAD = String.raw`(?: \S+)? (?:\S*\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|half|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\b`;
const bounding = (word: RegExp) => new RegExp(word.source + NUMBER_AHEAD);
const NUMBER_BOUND = bounding(NUMBER_BOUND_WORD);
const BOUND_BELOW = bounding(BOUND_BELOW_WORD);
const BOUND_ABOVE = bounding(BOUND_ABOVE_WORD);

/** A number asked as an estimate ("about 5 billion", "gần 50%"): the same figure within rounding, not any figure. */
const NUMBER_ESTIMATE = /\b(?:about|around|nearly|almost|roughly|approximately|like|khoang|gan|tam|xap xi)\b/;

/** A comparison asked with "more" or "exceed" ("sẽ vượt chi phí"): "only" in the fact says no. */
const MORE_WORDS = /\b(?:more|exceed|exceeds|outstrip|outstrips|surpass|surpasses|nhieu hon|vuot|vuot qua)\b/;

/** Two things compared ("more on staff than on training", "chi cho nhân sự nhiều hơn đào tạo"), not one against a number. */
const TWO_SIDED =
  /\b(?:more|less|fewer|bigger|larger|smaller|higher|lower|greater|cheaper)\b(?: \S+){0,6} than (?!\$?\d)|\b(?:nhieu hon|it hon|lon hon|cao hon|thap hon|nho hon)\b(?! \d)/;

/**
 * A yes/no question comparing two things that a figure fact cannot settle: it gives one figure of each unit, one side's,
 * so its words ("staff", "spend") would say yes to half of the question. A fact without figures (a view, "the risk of
 * underinvesting is greater") states its comparison in words.
 */
export function unsettledComparison(folded: string, figures: readonly Figure[]): boolean {
  if (!TWO_SIDED.test(folded)) return false;
  const units = figures.filter((f) => f.unit !== 'date' && f.unit !== 'year').map((f) => f.unit);
  return units.length > 0 && new Set(units).size === units.length;
}

/** A loss (not "losing its position"): what a question about a profit is answered "no" by. */
const LOSS = /\b(?:lose|loss|losses|losing money|lo)\b/;
/** A rise and a fall, of a share price, a value or a market ("cơ sở hạ tầng" is infrastructure, not a rise). */
const RISE =
  /\b(?:rise|rises|risen|rose|rising|increase|increased|grow|grew|grown|soar|soared|climb|climbed|climbing|surge|surged)\b|(?<!\bha )\btang\b/;
const FALL =
  /\b(?:fall|falls|fallen|fell|falling|drop|dropped|decline|declined|sink|sank|plunge|plunged|collapse|collapsed|giam|sut|lao doc)\b/;

/** Taking staff on against letting them go ("tuyển thêm người" / "sa thải"); "fire" alone is also "trial by fire". */
const HIRE =
  /\b(?:hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|tuyen dung|tuyen them|tuyen nguoi|tuyen nhan vien|tuyen nhan su)\b/;
const LAY_OFF =
  /\b(?:lay off|lays off|laid off|laying off|layoff|layoffs|(?:lay|lays|laid|laying) (?:people|staff|workers|employees|them|some people|many people) off|let (?:people|staff|workers|employees|them|some people|many people|some staff|folks) go|letting (?:people|staff|workers|employees|them|folks) go|fired|firing|job cuts|cut jobs|cut staff|staff cuts|sa thai|cat giam nhan su|cat giam nhan vien|cat giam nguoi|cho nghi viec|cho thoi viec)\b/;

const AGREES_WITH =
  /\b(?:in line with|consistent with|the same as|similar to|matches|in keeping with|exactly the pattern|the same pattern|the same way|just like|exactly like|giong het|y het|y nhu|dung kieu|phu hop voi|giong voi|giong nhu|tuong tu|dung nhu)\b/;
const CONTRARY = /\b(?:opposite|contrary|counter to|nguoc voi|nguoc lai|trai nguoc|trai voi)\b/;
const SETTLED = /\b(?:settle|settles|settled|resolve|resolves|resolved|giai quyet|nga ngu|ngu ngu|khep lai|dut diem)\b/;
const UNSETTLED =
  /\b(?:never stopped|no real conclusion|unresolved|still open|chua bao gio dung|kho di den ket luan|chua nga ngu)\b/;

/**
 * Opposite pairs: a question asking the first is answered "no" by a fact stating the second; for a direction, only by a
 * fact that does not also state the first ("soared, then collapsed" says both).
 */
const OPPOSITES: readonly (readonly [RegExp, RegExp, boolean])[] = [
  // Folded, "lãi" (profit) is also the "lại" (back, again) of "quay lại", "trở lại", "lặp lại": not after those verbs.
  [
    /\b(?:profit|profitable|profits|loi nhuan|make money|making money)\b|(?<!\b(?:quay|tro|lap|noi|nhac|doc|hoi|ke|viet|tinh|gap|mua|ban|lay|nhin|xem) )\blai\b/,
    LOSS,
    false,
  ],
  [RISE, FALL, true],
  [FALL, RISE, true],
  [HIRE, LAY_OFF, true],
  [LAY_OFF, HIRE, true],
  // Agreeing with something against being its opposite ("in line with what he has seen" / "the opposite of").
  [AGREES_WITH, CONTRARY, false],
  // A debate settled against one that goes on ("never stopped", "no real conclusion").
  [SETTLED, UNSETTLED, false],
];

/** The text (folded) states the opposite of what the question asks ("lose" for "profit", "rose" for "fell"). */
export function statesOpposite(folded: string, text: string): boolean {
  return OPPOSITES.some(
    ([asked, opposite, exclusive]) => asked.test(folded) && opposite.test(text) && !(exclusive && asked.test(text)),
  );
}

/** The text (folded) states what the question asks, of a pair `statesOpposite` reads ("plummeted" for "fell"). */
export function statesSame(folded: string, text: string): boolean {
  return OPPOSITES.some(([asked]) => asked.test(folded) && asked.test(text));
}

/**
 * A yes/no question: opens with an English auxiliary (after an opener such as "so" or "wait"), or ends in a Vietnamese
 * particle ("không", "hả") without a wh-word. A statement ending in a tag ("… right?") is read by `withoutYesNoTag`.
 */
export function isYesNoQuestion(folded: string): boolean {
  const all = folded.split(' ').filter((t) => t !== '');
  let start = 0;
  while (start < all.length - 1 && EN_OPENERS.has(asInterjection(all[start] ?? ''))) start += 1;
  // "according to Cahn, does AI need …": the auxiliary after a short frame, no wh-word before it.
  if (EN_FRAME_OPENERS.has(all[start] ?? '')) {
    const limit = Math.min(all.length - 1, start + YES_NO.frameWords + 1);
    for (let k = start + 1; k <= limit && !EN_WH_WORDS.has(all[k] ?? ''); k += 1)
      if (EN_AUXILIARIES.has(all[k] ?? '') && !NOT_YES_NO.has(all[k + 1] ?? '')) return true;
  }
  const tokens = all.slice(start);
  const first = tokens[0];
  const second = tokens[1];
  if (first !== undefined && EN_AUXILIARIES.has(first)) return second === undefined || !NOT_YES_NO.has(second);
  // "đúng không ạ", "phải ko mn": the particle comes before politeness and an address.
  let end = tokens.length;
  while (end > 2 && VI_CLOSING_WORDS.has(tokens[end - 1] ?? '') && !VI_YES_NO_PARTICLES.has(tokens[end - 1] ?? ''))
    end -= 1;
  const last = tokens[end - 1];
  // The wh-words are looked for before the closing words: "… có thật ko bn" closes on "bạn" (you), not "bao nhiêu".
  const asked = end === tokens.length ? folded : tokens.slice(0, end).join(' ');
  if (last !== undefined && VI_YES_NO_PARTICLES.has(last) && !VI_WH.test(withoutNegativeAny(asked)))
    return /\b(?:co|da|phai|dang)\b/.test(folded) || tokens.length >= 3;
  // "không phải Nvidia chiếm 82% sao": its "sao" closes the question, it does not ask why.
  if (negatedOpening(tokens) && VI_NEGATED_OPENING_CLOSERS.has(tokens[tokens.length - 1] ?? ''))
    return !VI_WH.test(withoutNegativeAny(tokens.slice(2, -1).join(' ')));
  // "chẳng lẽ Tesla chi tới 600 tỷ đô": the claim after the doubting opening is asked, unless it asks a wh-question.
  if (doubtingOpening(tokens)) return !VI_WH.test(withoutNegativeAny(tokens.slice(2).join(' ')));
  return false;
}

/** The question opens "chẳng lẽ …" / "lẽ nào …" (surely not …?), with a claim of a few words after it. */
function doubtingOpening(tokens: readonly string[]): boolean {
  return tokens.length > 3 && VI_DOUBTING_OPENINGS.some(([a, b]) => tokens[0] === a && tokens[1] === b);
}

/**
 * An English statement asked with a question mark ("Character AI was started by ex-Google people?", "Wall St expects
 * $20B a year?"): no wh-word, and a verb that makes it a claim (an auxiliary anywhere, or a listed verb). `folded` is the
 * text as `isYesNoQuestion` reads it.
 */
export function isStatementQuestion(text: string, folded: string): boolean {
  if (!/\?\s*$/u.test(text)) return false;
  const tokens = folded.split(' ').filter((t) => t !== '');
  if (tokens.length < YES_NO.statementMinWords) return false;
  const claims = (t: string) => EN_AUXILIARIES.has(t) || EN_STATEMENT_VERBS.has(t);
  // A wh-word asks, unless it opens a clause after a preposition, past the claim's verb and with words after it ("… is
  // in line with what he has seen?"); "… is in line with what?" still asks.
  // "… for how many years?" closing the message asks a quantity: no relative clause follows it.
  const asksQuantity = (t: string, i: number) =>
    t === 'how' && QUANTITY_AFTER_HOW.has(tokens[i + 1] ?? '') && i + 3 >= tokens.length;
  const asks = (t: string, i: number) =>
    EN_WH_WORDS.has(t) &&
    (asksQuantity(t, i) ||
      !(
        RELATIVE_PREPOSITIONS.has(tokens[i - 1] ?? '') &&
        i + 2 < tokens.length &&
        tokens.slice(1, i - 1).some(claims)
      ));
  if (tokens.some(asks)) return false;
  return tokens.slice(1).some(claims);
}

/** What follows "how" when it asks an amount ("how many", "how long"). */
const QUANTITY_AFTER_HOW: ReadonlySet<string> = new Set('many much long far big old'.split(' '));

/** Prepositions a wh-word may follow as a clause, not a question ("in line with what he has seen"). */
const RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set('with of to from than about on for at by'.split(' '));

/** The question opens "không phải …" / "chẳng phải …": what follows is asked, not negated. */
function negatedOpening(tokens: readonly string[]): boolean {
  return tokens.length > 3 && VI_NEGATED_OPENING.has(tokens[0] ?? '') && tokens[1] === 'phai';
}

/** How a question without diacritics is read against a fact (folded, letters of different words spell the same). */
export interface VerdictReading {
  /** The question's Vietnamese syllables bound in a word, with the word pairs (`QueryAnalysis.boundSyllables`). */
  readonly bound?: ReadonlyMap<string, readonly string[]>;
  /** The fact's words as written, with their diacritics (`factWords` when they are). */
  readonly written?: readonly string[];
}

/**
 * The verdict of a fact on a yes/no question. `askedWords` are the question's content words (folded, names and
 * question words left out); `factText` the fact's answer in the question's language, folded.
 */
export function verdictOf(
  folded: string,
  askedWords: readonly string[],
  factWords: readonly string[],
  lang: Lang,
  byFigures?: NumberVerdict,
  judged?: JudgementVerdict,
  read: VerdictReading = {},
): Verdict {
  const { bound, written = factWords } = read;
  const { text: factText, tokens, stems } = readFact(factWords);
  if (statesOpposite(folded, factText)) return 'no';
  if (byFigures === 'no') return 'no';
  // The fact's own figures settle the numbers asked: a number its words give for something else does not.
  if (byFigures === undefined && (NUMBER_ESTIMATE.test(folded) ? false : namesOtherNumber(folded, factWords)))
    return 'no';
  const comparing = MORE_WORDS.test(folded);
  // Read as written: folded, "chỉ" (only) is also "chi" (spend).
  if (comparing && written.some((w) => ONLY_WORDS.has(w))) return 'no';
  const negators = NEGATORS[lang];
  // The question's own negation ("Musk says Tesla has no choice?") agrees with the fact's; a negated opening
  // auxiliary ("doesn't Nvidia control…", "isn't it true…") asks the positive.
  const question = withoutGiants(folded.split(' '));
  const questionStems = mapped(question, (t) => stemToken(t));
  let found = 0;
  let negated = 0;
  for (const word of askedWords) {
    const stem = adverbBase(stemToken(word));
    // A Vietnamese syllable the question uses inside a word ("ra đời", typed "ra doi") is found only in that word, not
    // in another the same letters spell ("chưa đổi lại", folded "chua doi lai"): its negation is another word's.
    const pairs = bound?.get(foldDiacritics(word));
    const positions: number[] = [];
    stems.forEach((s, i) => {
      if (
        s === stem &&
        (!pairs || pairs.includes(`${tokens[i - 1]}_${tokens[i]}`) || pairs.includes(`${tokens[i]}_${tokens[i + 1]}`))
      )
        positions.push(i);
    });
    if (positions.length === 0) continue;
    found += 1;
    const isNegated = positions.some((i) => negatedBefore(tokens, i, negators));
    if (isNegated !== negatedInQuestion(question, questionStems, word, negators)) negated += 1;
  }
  // A judgement the fact makes the same way ("disappointed" against "did not satisfy"): the negation is the judgement's.
  if (negated > 0 && judged !== 'agree') return 'no';
  // No asked word in the fact, but the fact states what is asked in other words ("let people go" for "laid off"), and
  // the question negates nothing.
  if (found === 0 && statesSame(folded, factText) && !question.some((t) => negators.has(t))) return 'yes';
  return found > 0 ? 'yes' : 'unknown';
}

/**
 * Folded, "gã khổng lồ (công nghệ / điện toán)" (the giants) reads "ga khong lo": its "khong" is no "không" (not). A
 * folded "khong lo" alone stays a negation ("không lỗ", no loss). A contrast ("rather than") reads as "not".
 */
function withoutGiants(tokens: readonly string[]): string[] {
  return mapped(tokens, (t, i) =>
    t === 'khong' &&
    tokens[i + 1] === 'lo' &&
    (tokens[i - 1] === 'ga' || tokens[i + 2] === 'cong' || tokens[i + 2] === 'dien')
      ? 'khonglo'
      : CONTRAST_NEGATORS.has(t) && CONTRAST_NEGATORS.get(t) === tokens[i + 1]
        ? 'not'
        : t,
  );
}

/** What the fact's figures say of the numbers a yes/no question names: 'no', 'agree', or undefined when they do not speak of them. */
export type NumberVerdict = 'no' | 'agree' | undefined;

/** The figure units a number of the question can be read against ("in 2023" against a launch date). */
function sameUnit(number: QueryNumber, figure: Figure): boolean {
  return number.unit === figure.unit || (number.unit === 'year' && figure.unit === 'date');
}

/**
 * The question's numbers against the fact's figures of the same unit: a number no such figure has (another value, or
 * the same value at another scale: "600 billion" against $600 million) says no; an estimate ("about", "gần") matches a
 * figure within rounding. Numbers asked as bounds ("more than"), and numbers no figure of the fact measures in their
 * unit, are left to the fact's words.
 */
export function numberVerdict(
  folded: string,
  numbers: readonly QueryNumber[],
  figures: readonly Figure[],
): NumberVerdict {
  if (numbers.length === 0) return undefined;
  const direction = BOUND_BELOW.test(folded) ? 'below' : BOUND_ABOVE.test(folded) ? 'above' : undefined;
  if (direction === undefined && NUMBER_BOUND.test(folded)) return undefined;
  const estimate = NUMBER_ESTIMATE.test(folded);
  const perYear = PER_YEAR.test(folded);
  const perQuarter = PER_QUARTER.test(folded);
  const perMonth = PER_MONTH.test(folded);
  // The rate asked, when one: "12 tỷ mỗi năm" against $12 billion a quarter is another figure, and so is "a month".
  const rate =
    Number(perYear) + Number(perQuarter) + Number(perMonth) !== 1
      ? undefined
      : perYear
        ? 'year'
        : perQuarter
          ? 'quarter'
          : 'month';
  // The quarter or year an amount is placed in ("lỗ 5 tỷ trong quý này"), when no rate is asked and only one is named.
  const placed =
    rate !== undefined || THIS_QUARTER.test(folded) === THIS_YEAR.test(folded)
      ? undefined
      : THIS_QUARTER.test(folded)
        ? 'quarter'
        : 'year';
  // The span of years claimed ("over the next 10 yrs", "trong một thập kỷ").
  const span = numbers.find((n) => n.unit === 'years')?.value ?? (A_DECADE.test(folded) ? 10 : undefined);
  let verdict: NumberVerdict;
  const near = numbers.length > 1 ? wordsNearNumbers(folded, numbers) : undefined;
  const multiple = MULTIPLE.exec(folded);
  for (const [n, number] of numbers.entries()) {
    // "600 lần" against a rise of 600%: a multiple is read against the percentages (k times is a rise of k-1 or,
    // loosely, k hundred percent).
    if (number.unit === undefined && multiple !== null && Number(multiple[1]) === number.value) {
      const percents = figures.filter((f) => f.unit === 'percent');
      if (percents.length === 0) continue;
      const rises = [(number.value - 1) * 100, number.value * 100];
      if (percents.some((f) => rises.some((r) => Math.abs(r - f.value) <= YES_NO.estimateTolerance * f.value)))
        verdict = 'agree';
      else return 'no';
      continue;
    }
    const candidates = namedFigures(
      near?.[n] ?? folded,
      figures.filter((f) => number.unit !== undefined && sameUnit(number, f)),
    );
    if (candidates.length === 0) continue;
    const fits = candidates.map((f): Fit => {
      if (direction !== undefined && number.unit !== 'year') return boundFit(number, f, direction);
      if (number.scale !== undefined && f.scale === undefined && f.unit === 'currency') return 'contradicts';
      if (rate !== undefined && (f.period === 'year' || f.period === 'quarter') && f.period !== rate)
        return 'contradicts';
      if (placed !== undefined && (f.period === 'year' || f.period === 'quarter') && f.period !== placed)
        return 'contradicts';
      // A figure over "the next few years" is not one over ten years or more, and one over ten years is over no other span.
      if (
        span !== undefined &&
        f.unit !== 'years' &&
        ((f.period === 'few-years' && span >= 10) || (f.period === 'ten-years' && span !== 10))
      )
        return 'contradicts';
      // Both scaled: compared as amounts, so "0.6 tỷ" is $600 million and "600 billion" is not.
      const scaled = number.scale !== undefined && f.scale !== undefined;
      const factor = scaled ? scaleFactor(f.scale) : 1;
      const asked = scaled ? number.value * scaleFactor(number.scale) : number.value;
      const values = (f.valueMax === undefined ? [f.value] : [f.value, f.valueMax]).map((v) => v * factor);
      const same = estimate
        ? values.some((value) => Math.abs(value - asked) <= YES_NO.estimateTolerance * Math.abs(value))
        : scaled
          ? sameAmount(asked, f)
          : values.includes(asked);
      return same ? 'fits' : 'contradicts';
    });
    if (fits.includes('fits')) verdict = 'agree';
    else if (fits.every((fit) => fit === 'contradicts')) return 'no';
    else return undefined;
  }
  return verdict;
}

type Fit = 'fits' | 'contradicts' | 'unclear';

/**
 * Of several figures of one unit ("70% of switching, 85% of routers"), the ones the question names by a word only their
 * label has ("thị phần bộ định tuyến"); all of them when it names none.
 */
/**
 * Of a question with several numbers ("spending 60 billion to earn 20 billion"), the words nearest each number (each
 * word goes to the number it is closest to), so that a figure's label word names the figure of its own number; undefined
 * when a number cannot be found in the text.
 */
function wordsNearNumbers(folded: string, numbers: readonly QueryNumber[]): string[] | undefined {
  const tokens = folded.split(' ');
  const at = numbers.map((number) => numberPosition(tokens, number));
  if (at.some((i) => i < 0)) return undefined;
  const near: string[][] = numbers.map(() => []);
  tokens.forEach((token, i) => {
    let nearest = 0;
    for (let n = 1; n < at.length; n += 1)
      if (Math.abs((at[n] ?? 0) - i) < Math.abs((at[nearest] ?? 0) - i)) nearest = n;
    near[nearest]?.push(token);
  });
  return near.map((words) => words.join(' '));
}

function namedFigures(folded: string, figures: readonly Figure[]): readonly Figure[] {
  if (figures.length < 2) return figures;
  const asked = new Set(folded.split(' '));
  const labelWords = figures.map(
    (f) => new Set(wordsOf(`${f.label.en} ${f.label.vi}`, true).filter((w) => w.length > 2)),
  );
  const named = figures.filter((_, k) =>
    [...(labelWords[k] ?? [])].some((w) => asked.has(w) && labelWords.every((other, j) => j === k || !other.has(w))),
  );
  return named.length > 0 ? named : figures;
}

/**
 * A number asked as a bound ("more than $10 billion", "vượt 60 tỷ") against a figure, both scaled: the figure is on the
 * asked side, on the other, or too close to say (the same value, or a figure that is itself a bound the other way).
 */
function boundFit(number: QueryNumber, figure: Figure, direction: 'above' | 'below'): Fit {
  const scale = number.scale ?? figure.scale;
  const asked = number.value * scaleFactor(scale);
  const value = scaledValue(figure);
  const sign = direction === 'above' ? 1 : -1;
  const beyond = sign * (value - asked);
  // The figure's own bound: "more than 600%" is above 600; "up to" and "nearly" are below their value.
  const boundSide = figure.bound === 'more-than' ? 1 : figure.bound === 'up-to' || figure.bound === 'nearly' ? -1 : 0;
  if (beyond > 0) return boundSide === -sign ? 'unclear' : 'fits';
  if (beyond < 0) return boundSide === sign ? 'unclear' : 'contradicts';
  return boundSide === sign ? 'fits' : 'unclear';
}

function negatedBefore(words: readonly string[], i: number, negators: ReadonlySet<string>): boolean {
  // "không phải là đơn vị duy nhất": the copula between a negator and what it negates is not counted.
  let counted = 0;
  for (let j = i - 1; j >= 0 && counted < YES_NO.negationWindow; j -= 1) {
    const token = words[j] ?? '';
    if (negators.has(token)) return true;
    // A list's later item is negated as its first is ("không phải doanh thu hay ứng dụng thực tế").
    if (NEGATION_CONJUNCTIONS.has(token)) return negatedBefore(words, j, negators);
    if (!NEGATION_COPULAS.has(token)) counted += 1;
  }
  return false;
}

/**
 * A negator of the question this many words before an asked word negates it: "not" for the whole window, the determiner
 * "no" only its noun and an adjective before it ("no real revenue"), so "'we have no choice' on a call" asks of a call.
 * (The fact's longer sentences keep the whole window.)
 */
function negates(token: string, distance: number, negators: ReadonlySet<string>): boolean {
  return negators.has(token) && (!DETERMINER_NEGATORS.has(token) || distance <= YES_NO.determinerNegationWindow);
}

/**
 * The question negates this asked word itself ("did he say Google didn't overspend"), past an opening auxiliary and its
 * contraction ("doesn't Google…" asks the same as "does Google…").
 */
function negatedInQuestion(
  question: readonly string[],
  questionStems: readonly string[],
  word: string,
  negators: ReadonlySet<string>,
): boolean {
  const stem = stemToken(foldDiacritics(word));
  const opening = openingLength(question, negators);
  return questionStems.some((s, at) => s === stem && negatedInQuestionAt(question, at, opening, negators));
}

/** How many words open the question as an auxiliary ("does", "doesn t", "doesnt") or "không phải": they negate nothing. */
function openingLength(question: readonly string[], negators: ReadonlySet<string>): number {
  if (EN_BARE_NEGATED_AUXILIARIES.has(question[0] ?? '')) return 1;
  if (EN_AUXILIARIES.has(question[0] ?? '')) return negators.has(question[1] ?? '') ? 2 : 1;
  return negatedOpening(question) || doubtingOpening(question) ? 2 : 0;
}

/** The question negates its word at `at`: a negator shortly before it, past the opening and outside a premise. */
function negatedInQuestionAt(
  question: readonly string[],
  at: number,
  opening: number,
  negators: ReadonlySet<string>,
): boolean {
  // A negation in a premise ("if customers stop spending because they see no profit, …") is not what is asked.
  const from = Math.max(opening, at - YES_NO.negationWindow);
  return question
    .slice(from, at)
    .some(
      (t, k) =>
        negates(t, at - from - k, negators) &&
        !question.slice(Math.max(0, from + k - YES_NO.negationWindow), from + k).some((p) => PREMISE_WORDS.has(p)),
    );
}

export type JudgementVerdict = 'no' | 'unsupported' | 'agree' | undefined;

/** A judgement's words (stemmed) and which sense and polarity they say; keyed by the first word's stem. */
interface JudgementWords {
  readonly sense: number;
  readonly good: boolean;
  readonly stems: readonly string[];
}
const JUDGEMENT_WORDS = new Map<string, JudgementWords[]>();
JUDGEMENTS.forEach((sense, i) => {
  for (const [good, phrases] of [
    [true, sense.good],
    [false, sense.bad],
  ] as const)
    for (const phrase of phrases) {
      const stems = phrase.split(' ').map((w) => adverbBase(stemToken(w)));
      const first = stems[0] ?? '';
      JUDGEMENT_WORDS.set(first, [...(JUDGEMENT_WORDS.get(first) ?? []), { sense: i, good, stems }]);
    }
});

/** The judgements stated in stemmed words: sense, polarity as written, and where each starts. */
function judgementsIn(stems: readonly string[]): { sense: number; good: boolean; at: number; length: number }[] {
  const found: { sense: number; good: boolean; at: number; length: number }[] = [];
  stems.forEach((stem, at) => {
    for (const words of JUDGEMENT_WORDS.get(stem) ?? [])
      if (words.stems.every((s, k) => stems[at + k] === s))
        found.push({ sense: words.sense, good: words.good, at, length: words.stems.length });
  });
  return found;
}

/** The words (stemmed as the query stems them) of the judgements a claim makes ("a mistake", "made no sense"). */
export function judgementWordsOf(folded: string): Set<string> {
  const question = folded.split(' ');
  const words = new Set<string>();
  for (const { at, length } of judgementsIn(question.map((t) => adverbBase(stemToken(t)))))
    for (let k = at; k < at + length; k += 1) words.add(stemToken(question[k] ?? ''));
  return words;
}

/** The fact has one of the asked words other than the judgement's own: it speaks of what the claim judges. */
export function factHasOtherWord(
  askedWords: readonly string[],
  factWords: readonly string[],
  judgementWords: ReadonlySet<string>,
): boolean {
  const { tokens } = readFact(factWords);
  const stems = new Set(tokens.map((t) => adverbBase(stemToken(t))));
  return askedWords.some((w) => {
    const folded = foldDiacritics(w);
    return !judgementWords.has(stemToken(folded)) && stems.has(adverbBase(stemToken(folded)));
  });
}

/**
 * What the fact says of the judgement a yes/no claim makes ("the results calmed investors", "Meta's bet made no sense"):
 * 'no' when the fact judges the same sense the other way ("did not satisfy the market", "rational"); 'unsupported' when
 * it judges nothing in that sense (it is about the subject, not about what is claimed of it); 'agree' when it judges it
 * the same way; undefined when the claim judges nothing, or the fact judges that sense both ways (then its clauses, not
 * its words, say which is meant).
 */
export function judgementVerdict(folded: string, factWords: readonly string[], lang: Lang): JudgementVerdict {
  const question = withoutGiants(folded.split(' '));
  const claimed = judgementsIn(question.map((t) => adverbBase(stemToken(t))));
  if (claimed.length === 0) return undefined;
  const negators = NEGATORS[lang];
  const opening = openingLength(question, negators);
  const { tokens } = readFact(factWords);
  const written = judgementsIn(tokens.map((t) => adverbBase(stemToken(t))));
  const stated = written.map((j) => ({ ...j, good: j.good !== negatedBefore(tokens, j.at, negators) }));
  let verdict: 'unsupported' | 'agree' | undefined;
  for (const claim of claimed) {
    const good = claim.good !== negatedInQuestionAt(question, claim.at, opening, negators);
    const same = stated.filter((j) => j.sense === claim.sense);
    // A fact that writes both ("the risk of under-investing is greater than of over-investing") weighs them: its words
    // alone do not say which the claim has right.
    const both =
      written.some((j) => j.sense === claim.sense && j.good) && written.some((j) => j.sense === claim.sense && !j.good);
    if (same.length === 0) verdict = 'unsupported';
    else if (both) continue;
    else if (same.every((j) => j.good !== good)) return 'no';
    else if (same.every((j) => j.good === good)) verdict ??= 'agree';
  }
  return verdict;
}

/** The question negates one of the words it asks: a fact that states them (and negates none) answers "no". */
export function asksNegated(folded: string, askedWords: readonly string[], lang: Lang): boolean {
  const question = withoutGiants(folded.split(' '));
  const questionStems = mapped(question, (t) => stemToken(t));
  return askedWords.some((word) => negatedInQuestion(question, questionStems, word, NEGATORS[lang]));
}

/**
 * The question names a number and the fact gives numbers, none of them the question's ("did it rise 60%" against a
 * fact of 600%, "launched in 2023" against 2022): the fact says otherwise.
 */
function namesOtherNumber(folded: string, factWords: readonly string[]): boolean {
  if (!/\d/.test(folded) || NUMBER_BOUND.test(folded)) return false;
  // A word the fact has too, digits and all ("36kr"), is a name both use, not a number asked.
  const named = new Set(factWords);
  const asked = folded
    .split(' ')
    .filter((w) => !named.has(w))
    .flatMap((w) => w.match(/\d+/g) ?? []);
  if (asked.length === 0) return false;
  const given = new Set(factWords.filter((w) => /^\d+$/.test(w)));
  return given.size > 0 && !asked.some((n) => given.has(n));
}

/** The content words of a yes/no question (what it asks): no stopwords, no auxiliaries, no names. */
export function askedWordsOf(question: string, isName: (word: string) => boolean, lang: Lang): string[] {
  return wordsOf(question).filter((t) => {
    const folded = foldDiacritics(t);
    return (
      !isStopword(folded, lang) &&
      !EN_AUXILIARIES.has(folded) &&
      !isName(folded) &&
      !VI_YES_NO_PARTICLES.has(folded) &&
      folded.length > 1
    );
  });
}

/**
 * Lower-case words, with their diacritics when the text has any (so "đời" is not "đổi"), folded otherwise. The
 * question and the fact are read the same way: both folded when the question is typed without diacritics.
 */
export function wordsOf(text: string, fold = false): string[] {
  const words =
    cleanText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return fold ? words.map((w) => foldDiacritics(w)) : words;
}

// A fact's words are read for every yes/no question it answers: read once per answer text (a fact's answers are few
// and fixed; the bound only matters across knowledge reloads).
const FACT_WORDS_LIMIT = 2048;
const factWordsCache = new Map<string, readonly string[]>();

/** `wordsOf` of a fact's answer, remembered. */
export function factWordsOf(answer: string, fold: boolean): readonly string[] {
  const key = `${fold ? 1 : 0}${answer}`;
  let words = factWordsCache.get(key);
  if (words === undefined) {
    if (factWordsCache.size >= FACT_WORDS_LIMIT) factWordsCache.clear();
    // A fact is written with diacritics: a word that folds to a negator without being one ("khổng" of "khổng lồ", the
    // giants, is no "không") keeps its diacritics, so no folded question reads it as negating the words around it.
    words = fold
      ? wordsOf(answer).map((w) => {
          const folded = foldDiacritics(w);
          return NEGATORS.vi.has(folded) && !WRITTEN_NEGATORS.has(w) ? w : folded;
        })
      : wordsOf(answer);
    factWordsCache.set(key, words);
  }
  return words;
}

/** The Vietnamese negators as written with diacritics (and without, as chat types them). */
const WRITTEN_NEGATORS: ReadonlySet<string> = new Set([...NEGATORS.vi, 'không', 'chưa', 'chẳng']);

interface ReadFactWords {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly stems: readonly string[];
}
const readFactWords = new WeakMap<readonly string[], ReadFactWords>();

/**
 * An English adverb read as the word it is made from, for the verdict only ("returns are clear?" against "have not
 * clearly answered": the fact's negation reaches the word asked). The stemmer keeps "-ly"; a short word ("only",
 * "early") is left as it is.
 */
function adverbBase(stem: string): string {
  return stem.length > 5 && stem.endsWith('ly') ? stem.slice(0, -2) : stem;
}

/** The fact's words folded, joined and stemmed: worked out once per remembered word list. */
function readFact(factWords: readonly string[]): ReadFactWords {
  let read = readFactWords.get(factWords);
  if (read === undefined) {
    const tokens = factWords.map((w) => {
      const folded = foldDiacritics(w);
      return NEGATORS.vi.has(folded) && !WRITTEN_NEGATORS.has(w) ? w : folded;
    });
    read = { text: tokens.join(' '), tokens, stems: factWords.map((t) => adverbBase(stemToken(t))) };
    readFactWords.set(factWords, read);
  }
  return read;
}

export function hasDiacritics(text: string): boolean {
  return foldDiacritics(text) !== text;
}

/** "No: <the fact's answer>". */
export function withVerdict(verdict: 'yes' | 'no', lang: Lang, answer: string): string {
  return `${STRINGS[lang].verdict[verdict]}: ${answer}`;
}

/** Whether an answer opens with a verdict (`withVerdict`'s "Yes: " / "No: "). */
export function hasVerdict(answer: string, lang: Lang): boolean {
  return (['yes', 'no'] as const).some((v) => answer.startsWith(`${STRINGS[lang].verdict[v]}: `));
}

/** A quoted wording and its literal gloss in parentheses: "Lập bản đồ AI" ("AI mapping"), "X" (literally "Y"). */
const QUOTED_WITH_GLOSS = /["\u201c]([^"\u201d]+)["\u201d]\s*\((?:literally\s+)?["\u201c]([^"\u201d]+)["\u201d]\)/g;

/**
 * The words of a wording a translation note calls wrong, and of its literal gloss, that no answer in the knowledge uses
 * (`answerWords`, folded): "mapping" of "AI mapping". A yes/no question asking them is answered "no" by the fact. Folded.
 */
export function misreadWords(note: string, answerWords: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  if (!SAYS_MISTRANSLATED.test(note)) return words;
  for (const match of note.matchAll(QUOTED_WITH_GLOSS))
    for (const word of wordsOf(`${match[1] ?? ''} ${match[2] ?? ''}`, true))
      if (word.length > 2 && !answerWords.has(word) && !isStopword(word)) words.add(word);
  return words;
}

/**
 * A claim of what a term means ("X là Y", "X nghĩa là Y", "X means Y", "X refers to Y"): the copula splits the term from
 * its definition. Folded.
 */
const DEFINES =
  /\b(?:co nghia la|nghia la|tuc la|am chi|la|mean|means|refer to|refers to|stands for|is short for|is another word for)\b/;

/** Words that close a claim as a question ("… đúng không", "… phải ko", "…, right?"): not part of the definition. */
const CLOSING_TAG_WORDS: ReadonlySet<string> = new Set([
  ...VI_YES_NO_PARTICLES,
  ...VI_CLOSING_WORDS,
  ...EN_YES_NO_TAGS.flatMap((t) => t.split(' ')),
  ...'dung phai that vay sao chu nhi roi ha ho'.split(' '),
]);

/** The phrases a translation note quotes: the wordings it explains ("Bảy chị em", "Chi phí lý luận"), folded. */
function quotedPhrases(note: string): string[] {
  return [...note.matchAll(/["\u201c]([^"\u201d]+)["\u201d]/g)]
    .map((m) => wordsOf(m[1] ?? '', true).join(' '))
    .filter((p) => p.includes(' '));
}

/**
 * A claim defining a wording the fact's translation note explains ("chi phí lý luận là tiền nghiên cứu lý thuyết à",
 * "'Bảy chị em' là bảy công ty dầu mỏ hả"): the share of the definition's content words that neither the fact's answers
 * nor its note use, or undefined when the question defines no such wording. The note says what the wording means, so
 * a definition in other words is not it.
 */
export function unsupportedDefinition(
  question: string,
  note: string,
  supported: string,
  isName: (word: string) => boolean,
): number | undefined {
  // Read with diacritics when the question has them: folded, "dầu" (oil) would be "đầu" (head).
  const fold = !hasDiacritics(question);
  const words = wordsOf(question, fold);
  const folded = words.map((w) => foldDiacritics(w)).join(' ');
  const copula = DEFINES.exec(folded);
  if (copula === null) return undefined;
  const term = ` ${folded.slice(0, copula.index)} `;
  if (!quotedPhrases(note).some((p) => term.includes(` ${p} `))) return undefined;
  // Stems for words without diacritics ("investing" is "invest"); as written otherwise, since a stem is folded and
  // "vẽ" (draw) is not "về".
  const supportedWords = wordsOf(supported, fold);
  const known = new Set([
    ...supportedWords,
    ...supportedWords.filter((w) => !hasDiacritics(w)).map((w) => stemToken(w)),
  ]);
  const isKnown = (w: string) => known.has(w) || (!hasDiacritics(w) && known.has(stemToken(w)));
  const from = folded.slice(0, copula.index + copula[0].length).split(' ').length;
  // The term's own words repeated ("lập bản đồ" is "vẽ bản đồ") define nothing.
  const termWords = new Set(words.slice(0, from));
  let to = words.length;
  while (to > from && CLOSING_TAG_WORDS.has(foldDiacritics(words[to - 1] ?? ''))) to -= 1;
  const defined = words.slice(from, to).filter((w) => {
    const f = foldDiacritics(w);
    return (
      !termWords.has(w) &&
      f.length > 1 &&
      // A stopword list is folded: "vẽ" (draw) is no "về".
      (hasDiacritics(w) || !isStopword(f)) &&
      !isName(f) &&
      !VI_YES_NO_PARTICLES.has(f) &&
      !VI_CLOSING_WORDS.has(f) &&
      !EN_YES_NO_TAGS.includes(f) &&
      !isFigureWord(f)
    );
  });
  if (defined.length === 0) return undefined;
  return defined.filter((w) => !isKnown(w)).length / defined.length;
}

/**
 * A word of a figure ("4", "4b", "tỷ", "đô", "billion", "%"): a figure defines nothing, and whether it is right is the
 * figures' to say. Folded.
 */
function isFigureWord(folded: string): boolean {
  return /\d/.test(folded) || CURRENCY_WORDS.has(folded) || Object.hasOwn(UNIT_WORDS, folded);
}

/** The two sides of a comparison ("A lớn hơn B", "A is greater than B"): the more/less cue and the stems on each side. */
interface Compared {
  readonly more: boolean;
  readonly left: ReadonlySet<string>;
  readonly right: ReadonlySet<string>;
}

function comparedIn(folded: string): Compared | undefined {
  const more = MORE_THAN.exec(folded);
  const cue = more ?? LESS_THAN.exec(folded);
  if (cue === null) return undefined;
  // Vietnamese function words stay: "quá" (over) is what tells "đầu tư quá mức" from "đầu tư dưới mức". The words
  // between "more" and "than" belong to the left side ("more of a risk than").
  const stems = (text: string) =>
    new Set(
      text
        .split(' ')
        .filter((w) => w.length > 1 && !isStopword(w, 'en'))
        .map((w) => stemToken(w)),
    );
  return {
    more: more !== null,
    left: stems(`${folded.slice(0, cue.index)} ${cue[1] ?? ''}`),
    right: stems(folded.slice(cue.index + cue[0].length)),
  };
}

/** A side has the word, or its parts ("underinvest" against "under-investing", read as "under" and "invest"). */
function sideHas(side: ReadonlySet<string>, word: string): boolean {
  if (side.has(word)) return true;
  for (const part of side)
    if (part.length >= 3 && word.length > part.length && word.startsWith(part) && side.has(word.slice(part.length)))
      return true;
  return false;
}

/**
 * A yes/no comparison against a fact that states one in words ("the risk of under-investing is far greater than the risk
 * of over-investing"): the words only one side of the question has are found on the fact's same side (agree), on the
 * other side (the order is reversed), or not at all. 'no' when the question's order and direction together contradict
 * the fact's, 'agree' when they match, undefined when the sides cannot be told.
 */
export function comparisonOrder(folded: string, factAnswers: readonly string[]): NumberVerdict {
  const asked = comparedIn(folded);
  if (asked === undefined) return undefined;
  const askedLeft = [...asked.left].filter((w) => !asked.right.has(w));
  const askedRight = [...asked.right].filter((w) => !asked.left.has(w));
  for (const answer of factAnswers) {
    for (const clause of foldDiacritics(answer.toLowerCase()).split(/[.,;:!?()"\u201c\u201d]+/u)) {
      const stated = comparedIn(wordsOf(clause).join(' '));
      if (stated === undefined) continue;
      const onlyLeft = (w: string) => sideHas(stated.left, w) && !sideHas(stated.right, w);
      const onlyRight = (w: string) => sideHas(stated.right, w) && !sideHas(stated.left, w);
      const aligned = askedLeft.filter(onlyLeft).length + askedRight.filter(onlyRight).length;
      const crossed = askedLeft.filter(onlyRight).length + askedRight.filter(onlyLeft).length;
      if (aligned > 0 === crossed > 0) continue;
      const sameOrder = aligned > 0;
      return (asked.more === stated.more) === sameOrder ? 'agree' : 'no';
    }
  }
  return undefined;
}
