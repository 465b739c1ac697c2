// The cue words of a question, over folded tokens (after src/text/abbreviations.ts expands them): what kind of answer
// it wants, the units and scales of the numbers it names, the measure it asks for and the periods it places itself in.
// src/engine/question-cues.ts reads them.

/** Phrases per answer kind, over folded tokens (joined by single spaces, padded with spaces when matched). */
export const ANSWER_KIND_CUES = {
  figure: [
    'how much',
    'how many',
    'what percentage',
    'what percent',
    'what share',
    'how big',
    'how large',
    'how high',
    'what amount',
    'how expensive',
    'what figure',
    'what number',
    'how far',
    'how long',
    'what size',
    'what value',
    'bao nhieu',
    'may phan tram',
    'bao nhieu phan tram',
    'con so',
    'so tien',
    'bao lau',
    'muc nao',
    'the nao ve so',
  ],
  person: [
    'who',
    'whom',
    'whose',
    'ai la',
    'la ai',
    'nguoi nao',
    'ai da',
    'ai noi',
    'ai dung',
    'ai sang lap',
    'cua ai',
    'ai tung',
  ],
  date: [
    'when',
    'what year',
    'which year',
    'what date',
    'which date',
    'what day',
    'khi nao',
    'bao gio',
    'nam nao',
    'ngay nao',
    'hom nao',
    'luc nao',
    'thoi diem nao',
    'thang nao',
    'tu khi nao',
    'vao ngay',
  ],
  reason: [
    'why',
    'what drives',
    'what is driving',
    'what drove',
    'reason',
    'reasons',
    'because',
    'tai sao',
    'vi sao',
    'sao lai',
    'ly do',
    'nguyen nhan',
    'dong luc',
    'vi dau',
    'boi dau',
  ],
  // What someone said: answered best by the fact quoting them (an opinion whose main entity is that person).
  // "what does X think", "X nghĩ gì/sao": a view asked is what the person said.
  quote: [
    'say',
    'said',
    'says',
    'saying',
    'noi gi',
    'noi the nao',
    'think',
    'thinks',
    'nghi gi',
    'nghi sao',
    'nghi the nao',
    // "what's pichai's main argument", "zuckerberg's stance": the view asked is what the person said.
    'argument',
    'arguments',
    'argue',
    'argues',
    'stance',
    'view',
    'views',
    'opinion',
  ],
  definition: [
    'what is',
    'what are',
    'what does',
    'meaning',
    'mean',
    'means',
    'define',
    'definition',
    'stand for',
    'la gi',
    'nghia la',
    'y nghia',
    'dinh nghia',
    'nghia la gi',
    'la cai gi',
    // "FOMO là chữ gì viết tắt", "short for what": an abbreviation spelled out is its meaning.
    'viet tat',
    'short for',
    'acronym',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Scale words after a number ("600m", "5 tỷ"). */
/**
 * Verbs that make a question's opening "ai" the Vietnamese "who" ("ai mở ngân hàng", "ai bảo vậy"), not AI: what a
 * person does, which AI does not (folded). The "ai" of "ai đã", "ai nói", "ai sáng lập" is read anywhere (`person`).
 */
export const VI_WHO_VERBS: ReadonlySet<string> = new Set([
  'mo',
  'bao',
  'viet',
  'thanh lap',
  'lap ra',
  'giau',
  'du bao',
  'canh bao',
  'thua nhan',
  'goi',
  'hoi',
  'chat van',
  'ban',
  'may',
  'dua ra',
  'tuyen bo',
  'phat bieu',
  'so sanh',
]);

export const SCALE_WORDS = {
  million: 'million',
  millions: 'million',
  m: 'million',
  mn: 'million',
  mil: 'million',
  mln: 'million',
  trieu: 'million',
  // "300tr": Vietnamese chat writes triệu as "tr" after a number.
  tr: 'million',
  billion: 'billion',
  billions: 'billion',
  b: 'billion',
  bn: 'billion',
  bil: 'billion',
  ty: 'billion',
  ti: 'billion',
  trillion: 'trillion',
  trillions: 'trillion',
  tn: 'trillion',
  t: 'trillion',
} as const;

/** Unit words after a number ("600 ngày", "40%", "5 đô"). */
export const UNIT_WORDS = {
  '%': 'percent',
  percent: 'percent',
  percentage: 'percent',
  pct: 'percent',
  phan: 'percent',
  day: 'days',
  days: 'days',
  ngay: 'days',
  nam: 'years',
  year: 'years',
  years: 'years',
  yr: 'years',
  yrs: 'years',
  month: 'months',
  months: 'months',
  thang: 'months',
  job: 'jobs',
  jobs: 'jobs',
  viec: 'jobs',
  usd: 'currency',
  dollar: 'currency',
  dollars: 'currency',
  dola: 'currency',
  do: 'currency',
} as const;

/** Words after "how many" / "bao nhiêu" that ask for a share. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set([
  'percent',
  'percentage',
  'pct',
  '%',
  'times',
  'fold',
  'lan',
]);

/** Words after "how many" / "bao nhiêu" that ask for a duration. */
export const DURATION_WORDS: ReadonlySet<string> = new Set([
  'year',
  'years',
  'month',
  'months',
  'day',
  'days',
  'week',
  'weeks',
  'quarter',
  'quarters',
  'decade',
  'decades',
  'hour',
  'hours',
  'long',
  'nam',
  'thang',
  'ngay',
  'tuan',
  'quy',
  'lau',
  'gio',
  'tuoi',
  'thap',
]);

/** Words after "how many" / "bao nhiêu" that ask for an amount of money. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(SCALE_WORDS),
  '$',
  'usd',
  'dollar',
  'dollars',
  'dola',
  'do',
  'tien',
  'von',
  'money',
  'cash',
  'nghin',
  'ngan',
]);

/** Vietnamese prepositions and particles that may follow "bao nhiêu" ("đầu tư bao nhiêu vào AI"). */
export const VIETNAMESE_LINKS: ReadonlySet<string> = new Set(
  'vao vo cho de trong tren tu den khi thi vay the nua roi a ha nhi day nhe voi ve khong hien moi mot nay so'.split(
    ' ',
  ),
);

/** Vietnamese classifiers that count things ("bao nhiêu người", "mấy con chip", "bao nhiêu chiếc"). */
export const COUNT_CLASSIFIERS: ReadonlySet<string> = new Set([
  'nguoi',
  'con',
  'chiec',
  'cai',
  'ca',
  'nhan',
  'vi',
  'tam',
]);

// Periods relative to the article's time ("next year", "quý trước").
/** Period words → the period they name. */
export const PERIOD_UNITS = {
  year: 'year',
  years: 'year',
  quarter: 'quarter',
  quarters: 'quarter',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  nam: 'year',
  quy: 'quarter',
  thang: 'month',
  tuan: 'week',
} as const;

/** English words before a period: "next year", "last quarter". */
export const ENGLISH_RELATIONS = {
  next: 'next',
  coming: 'next',
  upcoming: 'next',
  following: 'next',
  last: 'last',
  previous: 'last',
  prior: 'last',
} as const;

/** Vietnamese words after a period: "năm sau", "quý trước", "12 tháng tới". */
export const VIETNAMESE_RELATIONS = {
  sau: 'next',
  toi: 'next',
  truoc: 'last',
  ngoai: 'last',
} as const;

// Stemmed, folded: quarter, year, month, week, day, today, now, next, last, this; quý, năm, tháng, tuần, ngày, hôm nay,
// bây giờ, tới.
/** Time words: they place a question in time rather than say what it asks (src/engine/analyzer.ts weighs them less). */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  'quarter year month week day today yesterday tonight now current currently next last recent recently upcom quy nam thang tuan ngay hom nay bay gio toi sau'.split(
    ' ',
  ),
);

/** Nouns for a person's company ("Musk's car company", "công ty của Musk"): the person's organisation is meant. Folded. */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'companies',
  'firm',
  'startup',
  'business',
  'carmaker',
  'automaker',
  'employer',
  'outfit',
]);

/**
 * Words that make the name after them a point in time ("since ChatGPT came out", "kể từ khi ChatGPT ra mắt"): the
 * question is about its other subject, from then on. Stemmed and folded; several words are matched in order.
 */
export const TIME_ANCHORS: readonly (readonly string[])[] = [
  ['sinc'],
  ['since'],
  ['ever', 'sinc'],
  ['tu', 'khi'],
  ['ke', 'tu'],
  ['ke', 'tu', 'khi'],
  ['sau', 'khi'],
];

/** Slang for a product's release, said right after or before the product's name ("when did ChatGPT drop", "they dropped ChatGPT"): read as its launch. Stemmed. */
export const RELEASE_SLANG: ReadonlySet<string> = new Set(['drop']);
