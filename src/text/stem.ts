// A light English suffix stripper; safe on folded Vietnamese syllables, which never end in -s, -ed or -ing.

// A Map, not an object: a typed word such as "constructor" must not reach Object.prototype.
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    spent: 'spend',
    lost: 'lose',
    made: 'make',
    bought: 'buy',
    sold: 'sell',
    paid: 'pay',
    said: 'say',
    grew: 'grow',
    grown: 'grow',
    rose: 'rise',
    risen: 'rise',
    fell: 'fall',
    fallen: 'fall',
    won: 'win',
    built: 'build',
    brought: 'bring',
    thought: 'think',
    meant: 'mean',
    ran: 'run',
    began: 'begin',
    begun: 'begin',
    became: 'become',
    saw: 'see',
    seen: 'see',
    came: 'come',
    went: 'go',
    gone: 'go',
    took: 'take',
    taken: 'take',
    founded: 'found',
    led: 'lead',
    left: 'leave',
    burnt: 'burn',
    laid: 'lay',
    men: 'man',
    people: 'person',
    children: 'child',
    losing: 'lose',
    using: 'use',
    making: 'make',
    taking: 'take',
    saving: 'save',
    hoping: 'hope',
    having: 'have',
    giving: 'give',
    gpus: 'gpu',
    cpus: 'cpu',
    tpus: 'tpu',
    ais: 'ai',
    llms: 'llm',
    ceos: 'ceo',
    biggest: 'big',
    bigger: 'big',
    largest: 'large',
    larger: 'large',
    better: 'good',
    best: 'good',
    worse: 'bad',
    worst: 'bad',
  }),
);

const KEEP_S = /(?:ss|us|is|ys|as|os)$/;

/** The stem of one folded token; numbers and short words are returned unchanged. */
export function stemToken(token: string): string {
  return stripSuffixes(IRREGULAR.get(token) ?? token);
}

function stripSuffixes(token: string): string {
  if (token.length <= 3 || !/^[a-z]+$/.test(token)) return token;
  let word = token;
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('sses')) word = word.slice(0, -2);
  else if (word.endsWith('s') && !KEEP_S.test(word)) word = word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) word = word.slice(0, -3);
  else if (word.endsWith('ied') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('ed') && word.length > 4) word = word.slice(0, -2);
  const last = word.at(-1);
  if (
    word.length > 3 &&
    last === word.at(-2) &&
    last !== undefined &&
    !'lsz'.includes(last) &&
    /[bcdfgkmnprt]/.test(last)
  ) {
    word = word.slice(0, -1);
  }
  if (word.endsWith('e') && word.length > 4) word = word.slice(0, -1);
  return word;
}
