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
