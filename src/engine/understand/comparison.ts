// Comparison questions ("A vs B", "compare A and B", "A or B, which …", "so sánh A và B", "A hay B … hơn"): the two
// sides, each to be answered from its own fact. Pure functions over the cleaned, lower-cased question.
import type { Figure } from '../../knowledge/schema.js';
import { foldDiacritics } from '../../text/normalize.js';

export interface ComparisonSides {
  /** The two sides as typed, in question order. */
  readonly sides: readonly [string, string];
  /** Words of the question outside both sides that say what is compared ("for openai", "mỗi quý"). */
  readonly context: string;
  /**
   * Read only as a share asked ("what share of X is Y", no comparison's cue): a comparison only when both sides give
   * amounts of one measure ("Nvidia chiếm bao nhiêu % thị trường" asks a market share, not a part of a whole).
   */
  readonly shareOnly?: boolean;
}

// A cue that the question compares; without one, "and"/"và"/"hay" only join words.
const CUE =
  /\b(?:vs\.?|versus|compare[ds]?|comparing|comparison|difference between|compared (?:to|with)|or\b.*\b(?:which|who|where)\b|(?:which|who)\b.*\bor\b|so sánh|so sanh|so với|so voi|khác nhau|khac nhau|khác gì|khac gi|giống nhau|giong nhau|điểm chung|diem chung|in common|how many times|(?:gấp|gap) (?:mấy|may|bao nhiêu|bao nhieu) (?:lần|lan)|cái nào|cai nao|bên nào|ben nao|(?:hay|hoặc|hoac|với|voi)\b.*\b(?:hơn|hon)\b|chênh lệch|chenh lech|chênh nhau|chenh nhau|\bdiffer\b|stacks? up against|(?:hơn|hon) (?!\d)\S+.*\b(?:bao nhiêu|bao nhieu|bn)\b|(?:gap|distance) between|\bout(?:spends?|spent|earns?|earned|invests?|invested|paid|pays)\b|(?:bằng|bang) (?:mấy|may) (?:phần|phan)|(?:hơn|hon) (?!\d)\S+.*\bbao xa\b|\band\b.*\bwhich (?:of|one)\b|\bhow (?:are|is|were|was|do|does)\b.*\bdifferent(?:ly)?\b|\b(?:what'?s|what is|(?:is|was|are|were) (?:it|\S+)) (?:bigger|larger|higher|more|greater|more dominant|stronger)\b.*\bor\b|\b(?:put|set|place|line up)\b.*\b(?:next to|alongside|beside)\b|\bbetween\b.*\band\b.*\b(?:which|who)\b|(?:thua|kém|kem)\b.*\b(?:bao nhiêu|bao nhieu|bn|mấy|may)\b|\b(?:mỗi bên|moi ben)\b|\bmore\b.*\bthan\b.*\bhow many times\b|\bhow many times\b.*\bmore\b.*\bthan\b)/u;

// Words that frame the comparison rather than name a side; removed before the sides are answered.
const FRAME_START =
  /^(?:(?:can you |please |hãy |giúp (?:mình|tôi) )?(?:compare|comparing|contrast|so sánh|so sanh)(?: giúp (?:mình|tôi))?\s+|(?:whats? |what(?:'s| is) )?(?:the )?(?:dollar |real |actual )?(?:difference|gap|distance) between\s+|how does\s+|how do\s+|(?:(?:can you |can u |pls |please )?(?:put|set|place|line up)\s+)|between\s+|(?:is|are|was|were|does|did)\s+(?!(?:it|that|this|there)\b))/u;
const FRAME_WORDS =
  /\b(?:how (?:does|do|did) (?:that|this|it|they)(?: stacks? up)?|stacks? up|chênh lệch|chenh lech|chênh nhau|chenh nhau|which (?:is|one is|are) (?:bigger|larger|higher|greater|more|smaller|lower|less)|which (?:is|one is) (?:bigger|larger|higher)|who (?:spends|invests|has|is) (?:more|bigger|higher)|which|who|bigger|larger|higher|greater|smaller|lower|cái nào|cai nao|bên nào|ben nao|nhiều hơn|nhieu hon|cao hơn|cao hon|lớn hơn|lon hon|thấp hơn|thap hon|ít hơn|it hon|nhỏ hơn|nho hon|khác nhau thế nào|khac nhau the nao|khác gì nhau|khac gi nhau|khác gì|khac gi|khác nhau chỗ nào|khac nhau cho nao|giống nhau chỗ nào|giong nhau cho nao|giống nhau ở điểm nào|giong nhau o diem nao|khác nhau ở điểm nào|khac nhau o diem nao|giống nhau|giong nhau|có điểm chung gì|co diem chung gi|điểm chung|diem chung|have in common|in common|mỗi bên|moi ben|khác nhau|khac nhau|thế nào|the nao|so sánh|so sanh|compare|compared|differ|more|less)\b/gu;

// The word that splits the two sides, strongest first.
const SPLITTERS: readonly RegExp[] = [
  /\s+(?:vs\.?|versus|v\.)\s+/u,
  // "A gấp mấy lần B": how many times B is A.
  /\s+(?:gấp|gap) (?:mấy|may|bao nhiêu|bao nhieu) (?:lần|lan)\s+/u,
  // "does microsoft outspend google": the verb compares the subject before it with the one after.
  /\s+out(?:spends?|spent|earns?|earned|invests?|invested|paid|pays)\s+/u,
  /\s+compared (?:to|with)\s+/u,
  // "put A next to B", "A alongside B": set side by side.
  /\s+(?:next to|alongside|beside)\s+/u,
  /\s+(?:so với|so voi)\s+/u,
  // "A bằng mấy phần B": what part of B A is.
  /\s+(?:bằng|bang) (?:mấy|may) (?:phần|phan)\s+/u,
  /\s+compare (?:to|with)\s+/u,
  /\s+(?:hay|hoặc|hoac)\s+/u,
  /\s+or\s+/u,
  /\s+(?:and|with|to|against)\s+/u,
  // "spends more on training than on its staff" (not "more than 600%", more than a number).
  /\s+than\s+(?!\d|\$)/u,
  /\s+(?:và|với|va|voi)\s+/u,
  // "A thua/kém B bao nhiêu": how far A falls short of B.
  /\s+(?:thua|kém|kem)\s+(?!\d)/u,
  // "A hơn B bao nhiêu", "A nhiều hơn B bao nhiêu" (not "hơn 600%", more than a number).
  /\s+(?:(?:nhiều|nhieu|ít|it|lớn|lon|cao|thấp|thap) )?(?:hơn|hon)\s+(?!\d)/u,
];

// "w/" typed for "with" ("compared w/ 2023", "google w/ tesla").
const lowerCased = (question: string) => question.toLowerCase().replace(/(?<![\p{L}\p{N}/])w\/(?=\s)/gu, 'with');

// A phrase in double quotes is the article's words ("…lớn hơn nhiều so với…" là ai nói), not the asker comparing.
const QUOTED_PHRASE = /["“”„«»][^"“”„«»]{1,200}["“”„«»]/gu;

const tidy = (text: string) =>
  text
    .replace(/[?!.]+$/u, '')
    .replace(/\s*(?:[:;]|(?<!\d),|,(?!\d))\s*/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

// "Is A bigger than B", "does A spend more on X than B": a comparison only when the whole message is not answered as it
// is (the caller checks), since "is big tech making more than it spends" asks a yes or no. Not "more than 600%", "more
// than $5B": a number after "than" is a bound, not a side.
const THAN_CUE = /\b(more|less|bigger|larger|higher|greater|smaller|lower)\b.*\bthan\s+(?!\d|\$|~)/u;

/**
 * When only "A more … than B" says the message compares (no stronger cue: "vs", "which", "so sánh"…), which way it
 * claims: "more" (A above B: more, bigger, higher…) or "less" (A below B); undefined otherwise.
 */
export function thanClaim(question: string): 'more' | 'less' | undefined {
  const text = tidy(lowerCased(question)).replace(QUOTED_PHRASE, ' ');
  if (CUE.test(text)) return undefined;
  const match = THAN_CUE.exec(text);
  if (!match) return undefined;
  return /^(?:less|smaller|lower)$/u.test(match[1] ?? '') ? 'less' : 'more';
}

// Words of a clause that only asks how the sides compare ("how many times bigger is the first one", "is it really the
// same story or not", "thì chênh lệch bao nhiêu"), folded; a clause of these alone names no side.
const ASKING_WORDS: ReadonlySet<string> = new Set(
  (
    'how many much times time is are was were be it its the a an first one ones second last that this number numbers ' +
    'by what whats really same story or not big chunk fraction portion do does their takes take then lol ' +
    'of two both x worse worst better best off ahead ended end up came out ' +
    'thi bao nhieu bn lan con so nao vay z mn ad ae oi ha nhe nha di nhau gi sao the hon ntn hai'
  ).split(' '),
);
const CLAUSE_BREAK = /\s*(?:[?!;]+|(?<!\d),|,(?!\d)|\s[-–—]\s)\s*/u;

// Words that ask how two people's views compare ("how do their takes differ", "quan điểm … khác nhau thế nào").
const VIEWS =
  /(?<!\p{L})(?:views?|takes?|opinions?|stance|thinks?|justify|justifies|justified|reasoning|reasons?|nói gì|noi gi|nói j|noi j|skeptical|sceptical|skepticism|scepticism|bearish|bullish|optimistic|pessimistic|saying|lạc quan|lac quan|bi quan|agree|disagree|nghi|nghĩ|quan điểm|quan diem|ý kiến|y kien|nhìn nhận|nhin nhan|nhìn|nhin|cách nhìn|cach nhin)(?!\p{L})/u;

/** Whether a comparison asks about views: each side is what its person says, and no figures are compared. */
export function asksViews(question: string): boolean {
  return VIEWS.test(question.toLowerCase());
}

/**
 * Whether a text only asks how the sides compare ("thì chênh lệch bao nhiêu"), naming nothing of its own; a word the
 * sides already said (`said`, folded) names nothing new ("…, how many times bigger is training?").
 */
export function asksOnly(text: string, said?: ReadonlySet<string>): boolean {
  return foldDiacritics(text.replace(FRAME_WORDS, ' '))
    .split(/\s+/u)
    .every((word) => word === '' || ASKING_WORDS.has(word) || (said?.has(word) ?? false));
}

// Words that open a trailing ask typed onto a side without a comma ("… its share of training how far apart are those
// two", "… của openai thì chiếm mấy phần"), folded; "thi" only when it is not "thị phần/thị trường" (market share, market).
const TAIL_OPENERS: ReadonlySet<string> = new Set('how what whats thi bao bn gap may chiem bang'.split(' '));
const AMOUNT_ASK: ReadonlySet<string> = new Set(['bao nhieu', 'bn', 'how much', 'how many']);
const NOT_AFTER_THI: ReadonlySet<string> = new Set(['phan', 'truong']);
// Words such a trailing ask uses beyond ASKING_WORDS (the amount, the part, the gap, the points between two shares).
const TAIL_WORDS: ReadonlySet<string> = new Set(
  (
    'far apart close past beyond those these part gap shortfall ratio multiple spend spending cost costs share figure ' +
    'amount may cua diem phan chiem bang nang lan lon khoan ngon ton xa'
  ).split(' '),
);

/**
 * A side less a trailing ask typed onto it without a comma: from a word that opens an ask, every word to the end only
 * asks or repeats the sides ("what they pay their people how many times is the inference part" → "what they pay their
 * people"). `other` is the other side, whose words count as already said.
 */
function withoutTrailingAsk(side: string, other: string): string {
  const words = side.split(' ');
  const folded = foldDiacritics(side)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]+$|^[^\p{L}\p{N}]+/gu, '').replace(/'s$/u, ''));
  if (folded.length !== words.length) return side;
  const said = new Set(
    foldDiacritics(other)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== ''),
  );
  for (const word of folded[0]?.split(/[^\p{L}\p{N}]+/u) ?? []) said.add(word);
  for (let i = 1; i < folded.length; i++) {
    const opener = folded[i] ?? '';
    if (!TAIL_OPENERS.has(opener) || (opener === 'thi' && NOT_AFTER_THI.has(folded[i + 1] ?? ''))) {
      said.add(folded[i] ?? '');
      continue;
    }
    const asks = folded.slice(i).every((w) => w === '' || ASKING_WORDS.has(w) || TAIL_WORDS.has(w) || said.has(w));
    // "… bao nhiêu", "… how much" alone asks the side's own amount, and stays.
    if (asks && !AMOUNT_ASK.has(folded.slice(i).join(' '))) return words.slice(0, i).join(' ');
    said.add(opener);
  }
  return side;
}

/** The question less its trailing clauses that only ask how the sides compare. */
function withoutFrameClauses(question: string): string {
  const clauses = question.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
  const saidBefore = (last: number) =>
    new Set(
      foldDiacritics(clauses.slice(0, last).join(' '))
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== ''),
    );
  while (clauses.length > 1 && asksOnly(clauses.at(-1) ?? '', saidBefore(clauses.length - 1))) clauses.pop();
  return clauses.join(', ');
}

/**
 * A share asked ("what percent of X is Y", "how big a chunk is it", "Y as a share of X", "Y chiếm bao nhiêu phần trăm
 * X"): two amounts compared as a part of a whole. Folded.
 */
const SHARE_ASKED =
  /\b(?:(?:what|which|how (?:big|much|large)(?: of)?(?: a)?) (?:%|percent|percentage|share|fraction|portion|proportion|chunk|slice)|as a (?:share|percentage|percent|fraction|proportion) of|(?:bao nhieu|bn|may) (?:phan tram|%)|chiem (?:khoang |tam )?(?:bao nhieu|bn|may) (?:phan|%))/u;

/** Whether the question asks what share one amount is of another (`SHARE_ASKED`). */
export function asksShare(question: string): boolean {
  return SHARE_ASKED.test(foldDiacritics(question.toLowerCase()));
}

/**
 * "what share of WHOLE goes to PART", "PART as a share of WHOLE", "PART chiếm bao nhiêu phần trăm (so với) WHOLE": a
 * share asked of two amounts without a comparison's own cue. Lower case, tidied; the part first.
 */
const SHARE_OF: readonly RegExp[] = [
  /^(?:so |and |but |ok )?(?:what|how (?:big|much|large)(?: of)?(?: a)?) (?:%|percent|percentage|share|fraction|portion|proportion|chunk|slice) of (?<whole>.+?) (?:(?:ends? up |actually )?(?:goes|go|going|went|is spent|was spent|is|are|was) (?:to|on|into|for)|is|are|was) (?<part>.+)$/u,
  /^(?:(?:what is|what's|whats) )?(?<part>.+?) as a (?:share|percentage|percent|fraction|proportion) of (?<whole>.+)$/u,
  /^(?<part>.+?) (?:chiếm|chiem) (?:khoảng |khoang |tầm |tam )?(?:bao nhiêu|bao nhieu|bn|mấy|may) (?:phần trăm|phan tram|%|phần|phan)(?:(?: (?:trong|của|cua|so với|so voi|trên|tren))? (?<whole>.+))?$/u,
];

/** The part and the whole of a share asked without a comparison's cue (`SHARE_OF`), in its first clause; or undefined. */
function shareSides(question: string): ComparisonSides | undefined {
  const clauses = lowerCased(question)
    .split(/\s*(?:[?!;]+|(?<!\d),|,(?!\d))\s*/u)
    .map(tidy)
    .filter((clause) => clause !== '');
  for (const [i, clause] of clauses.entries()) {
    const rest = clauses.filter((_, j) => j !== i).join(' ');
    for (const pattern of SHARE_OF) {
      const { part, whole = '' } = pattern.exec(clause)?.groups ?? {};
      // "tổng chi phí 8,5 tỷ, riêng đào tạo chiếm bao nhiêu phần trăm": the whole was said in the clause before.
      const named = asksOnly(whole) ? rest : whole;
      if (part && named.trim() !== '')
        return { sides: [part.trim(), named.trim()], context: named === rest ? '' : rest, shareOnly: true };
    }
  }
  return undefined;
}

/** The words that ask for a share, taken out of each side ("inference chiếm bao nhiêu phần trăm" is the inference). */
const SHARE_WORDS =
  /(?:\b(?:chiếm|chiem)\s+)?(?:\b(?:khoảng|khoang|tầm|tam)\s+)?\b(?:bao nhiêu|bao nhieu|bn|mấy|may) (?:phần trăm|phan tram|%|phần|phan)\b|\b(?:roughly |about )?(?:what|which|how (?:big|much|large)(?: of)?(?: a)?) (?:%|percent|percentage|share|fraction|portion|proportion|chunk|slice)\b(?: (?:is it|of it|are we talking))?/gu;

/** A comparison's sides without the words that ask for a share, when it asks for one. */
function withoutShareWords(parsed: ComparisonSides | undefined, question: string): ComparisonSides | undefined {
  if (!parsed || !asksShare(question)) return parsed;
  const [a, b] = parsed.sides.map((side) => tidy(side.replace(SHARE_WORDS, ' ')));
  return a && b ? { ...parsed, sides: [a, b] } : parsed;
}

/** The two sides of a comparison question, or undefined when it does not compare. */
export function comparisonSides(question: string): ComparisonSides | undefined {
  return withoutShareWords(sidesOf(question), question);
}

function sidesOf(question: string): ComparisonSides | undefined {
  const lowered = lowerCased(question);
  const cued = tidy(lowered).replace(QUOTED_PHRASE, ' ');
  if (!CUE.test(cued) && !THAN_CUE.test(cued)) return asksShare(cued) ? shareSides(question) : undefined;
  const framed = withoutFrameClauses(lowered);
  // The sides end at the clause that holds the splitter: "ok quick check: A vs B, am i right" compares A and B, and
  // the clauses around them ask or chat. A message of one clause is split whole.
  const clauses = framed.split(SIDE_CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
  const bodies =
    clauses.length > 1
      ? clauses.map((clause) => tidy(clause).replace(CLAUSE_OPENING, '').replace(FRAME_START, ''))
      : [];
  for (const splitter of SPLITTERS)
    for (const [i, body] of bodies.entries()) {
      const sides = splitAt(body, splitter);
      // A side of asking words alone ("how does that stack up against …") points at another clause: not this one.
      if (!sides || sides.sides.some((side) => asksOnly(side))) continue;
      const rest = clauses.filter((_, j) => j !== i).map((clause) => clause.replace(FRAME_WORDS, ' '));
      return { ...sides, context: tidy(rest.join(' ')) };
    }
  const body = tidy(framed).replace(FRAME_START, '');
  for (const splitter of SPLITTERS) {
    const sides = splitAt(body, splitter);
    if (sides) return sides;
  }
  return clauseSides(framed);
}

// Where one clause ends and the next begins, for finding the clause that holds the two sides.
const SIDE_CLAUSE_BREAK = /\s*(?:[?!;:]+|(?<!\d),|,(?!\d)|\s[-–—]\s)\s*/u;

const ASK_INSIDE = /\bhow many times\b/u;

/** The two sides either side of the splitter, or undefined when it is absent or leaves a side empty. */
function splitAt(body: string, splitter: RegExp): ComparisonSides | undefined {
  const match = splitter.exec(body);
  if (!match) return undefined;
  const a = tidy(body.slice(0, match.index).replace(FRAME_WORDS, ' '));
  const b = tidy(body.slice(match.index + match[0].length).replace(FRAME_WORDS, ' '));
  if (a === '' || b === '') return undefined;
  // "openai spends how many times more on training than …": the ask inside a side, once a trailing ask is cut.
  const inside = (side: string) => tidy(side.replace(ASK_INSIDE, ' ')) || side;
  return { sides: [inside(withoutTrailingAsk(a, b)), inside(withoutTrailingAsk(b, a))], context: '' };
}

/** A clause that only frames the comparison once its frame words are gone ("so sánh đi", "cái nào nhiều hơn"). */
const FRAME_ONLY = /^(?:(?:đi|di|nhé|nhe|giúp|giup|mình|minh|xem|thử|thu|pls|please)\s*)*$/u;
/** "còn" opens the second side's clause ("…, còn Anthropic lỗ bao nhiêu"). */
const CLAUSE_OPENING = /^(?:còn|con|and|but)\s+/u;

/**
 * The sides of a comparison asked clause by clause ("Google chi 12 tỷ/quý, Microsoft chi bao nhiêu, cái nào nhiều hơn"):
 * the two clauses that say more than the frame, split at commas.
 */
function clauseSides(question: string): ComparisonSides | undefined {
  const clauses = question
    .split(/\s*[,;]\s*/u)
    .map((clause) => tidy(clause.replace(CLAUSE_OPENING, '')))
    .filter((clause) => !FRAME_ONLY.test(tidy(clause.replace(FRAME_WORDS, ' '))));
  const [a, b] = clauses.map((clause) => tidy(clause.replace(FRAME_WORDS, ' ')));
  return clauses.length === 2 && a && b ? { sides: [a, b], context: '' } : undefined;
}

/** How two figures relate: comparable (same measure, unit, currency and period), or different things. */
export type FigureRelation = 'same' | 'different';

export function figureRelation(a: Figure, b: Figure): FigureRelation {
  return a.measure !== undefined &&
    a.measure === b.measure &&
    a.unit === b.unit &&
    a.currency === b.currency &&
    a.period === b.period &&
    a.unit !== 'date' &&
    a.unit !== 'year'
    ? 'same'
    : 'different';
}

const SCALE = { million: 1e6, billion: 1e9, trillion: 1e12 } as const;

/** What a scale word multiplies by (1 without one). */
export function scaleFactor(scale: Figure['scale']): number {
  return scale ? SCALE[scale] : 1;
}

/** The figure's value in its unit (currency scaled to units), for comparing two comparable figures. */
export function scaledValue(figure: Figure): number {
  return figure.value * scaleFactor(figure.scale);
}
