// Chat abbreviations and spelling variants people type in questions (Vietnamese and English), expanded to full words.

// A Map, not an object: a typed word such as "constructor" must not reach Object.prototype.
const EXPANSIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Vietnamese, folded
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
    đc: 'duoc',
    ng: 'nguoi',
    tr: 'trieu',
    ti: 'ty',
    z: 'vay',
    v: 'vay',
    bik: 'biet',
    mk: 'minh',
    trc: 'truoc',
    // English
    abt: 'about',
    thru: 'through',
    u: 'you',
    ur: 'your',
    r: 'are',
    pls: 'please',
    plz: 'please',
    bc: 'because',
    cuz: 'because',
    bcuz: 'because',
    b4: 'before',
    w: 'with',
    wat: 'what',
    wht: 'what',
    hw: 'how',
    yr: 'year',
  }),
);

/** Replaces abbreviated tokens (folded) by their full words; other tokens are kept. */
export function expandAbbreviations(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => {
    const expansion = EXPANSIONS.get(token);
    return expansion ? expansion.split(' ') : [token];
  });
}
