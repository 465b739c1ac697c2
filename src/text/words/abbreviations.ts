// Chat abbreviations and spelling variants people type in questions (Vietnamese and English), with their full words:
// a list that rewrites a question's words (src/text/abbreviations.ts applies it to the folded tokens; the idioms of
// idioms.ts are rewritten after it).

/** Folded Vietnamese abbreviations → their full words (folded). */
export const VIETNAMESE_EXPANSIONS: Readonly<Record<string, string>> = {
  bn: 'bao nhieu',
  bnh: 'bao nhieu',
  ko: 'khong',
  k: 'khong',
  kh: 'khong',
  hok: 'khong',
  hong: 'khong',
  hem: 'khong',
  j: 'gi',
  cty: 'cong ty',
  ct: 'cong ty',
  cp: 'co phieu',
  ntn: 'nhu the nao',
  dc: 'duoc',
  ng: 'nguoi',
  tr: 'trieu',
  ti: 'ty',
  z: 'vay',
  zay: 'vay',
  v: 'vay',
  bik: 'biet',
  mk: 'minh',
  trc: 'truoc',
  mn: 'moi nguoi',
};

/** English chat abbreviations → their full words. */
export const ENGLISH_EXPANSIONS: Readonly<Record<string, string>> = {
  abt: 'about',
  teh: 'the',
  hte: 'the',
  adn: 'and',
  thru: 'through',
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  bc: 'because',
  cuz: 'because',
  bcuz: 'because',
  w: 'with',
  wat: 'what',
  wht: 'what',
  hw: 'how',
  yr: 'year',
  infra: 'infrastructure',
  // "rn" (right now), "gotta"/"gonna"/"wanna", "yrs", "ex-googlers": chat spellings of plain words.
  rn: 'now',
  gotta: 'have to',
  gonna: 'going to',
  wanna: 'want to',
  yrs: 'years',
  ex: 'former',
  ppl: 'people',
  src: 'source',
  buildout: 'expanding',
  // Short words typed with a letter missing, too short for the typo corrector (it leaves words under four letters).
  los: 'loss',
  // "this qtr": the quarter, as accounts abbreviate it.
  qtr: 'quarter',
  qtrs: 'quarters',
  mony: 'money',
};
