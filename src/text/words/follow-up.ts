// The words a follow-up question is told by (src/engine/understand/follow-up.ts reads them); folded.

// Nouns made with "con" (con số, con sốt…): a plain-typed "con" before them is not "còn".
export const CON_WORDS: ReadonlySet<string> = new Set([
  'so',
  'sot',
  'nguoi',
  'duong',
  'cai',
  'chip',
  'thu',
  'vat',
  'tau',
  'bao',
]);

// Words that open or close a chat message without asking anything ("ok what about amazon", "who says so tho", "ừ còn
// meta thì sao", "ai nói vậy ta"): a follow-up is told by what is left.
export const CHAT_OPENERS: ReadonlySet<string> = new Set([
  'ok',
  'okay',
  'oke',
  'okie',
  'kk',
  'oh',
  'ah',
  'ahh',
  'hmm',
  'hm',
  'uh',
  'um',
  'well',
  'fine',
  'alright',
  'yeah',
  'yea',
  'lol',
  'u',
  'o',
  'ua',
  // "mostly on what?", "mainly for what": a hedge opening the question, not a word of it
  'mostly',
  'mainly',
]);
export const CHAT_TAILS: ReadonlySet<string> = new Set([
  // "on what mostly", "how much exactly": a hedge on the question, not a word of it
  'mostly',
  'mainly',
  'exactly',
  'tho',
  'though',
  'lol',
  'lmao',
  'haha',
  'hehe',
  'hihi',
  'vay',
  'v',
  'z',
  'ha',
  'nhi',
  'ta',
  'ne',
  'nhe',
  'nha',
  // "source pls?", "raise money or nah": a plea or a shrug, not a word of the question
  'pls',
  'plz',
  'please',
  'nah',
]);
