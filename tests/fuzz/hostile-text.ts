// fast-check arbitraries for hostile user text: any Unicode, control and zero-width characters, RTL, emoji, Markdown, mentions.
import fc from 'fast-check';

/** Pieces a hostile or unlucky user might type; each is a known way to break or abuse a text bot. */
const HOSTILE_FRAGMENTS = [
  '@everyone',
  '@here',
  '@\u200beveryone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&987654321098765432>',
  '<#111111111111111111>',
  '</ask:1234567890123456>',
  '@everyone@here',
  '<<@&1>>',
  '\u200b',
  '\u200c\u200d\u2060\ufeff',
  '\u202e', // right-to-left override
  '\u202d\u2066\u2069',
  'مرحبا كم خسرت OpenAI',
  'שלום עולם',
  '😀',
  '👨‍👩‍👧‍👦',
  '🇻🇳',
  'Z̵̢̛̤a̷̘͝l̶̰̈́g̸̣̈́o̵̭͝',
  '\u0000',
  '\u0007\u0008\u001b[31m',
  '\r\n\t\v\f',
  '\ud800', // a lone high surrogate
  '\udfff',
  '**bold**',
  '__underline__',
  '~~strike~~',
  '||spoiler||',
  '`code`',
  '```js\nprocess.exit(1)\n```',
  '> quoted',
  '# heading',
  '-# small',
  '[link](https://example.com)',
  '<https://example.com>',
  '\\',
  '"; DROP TABLE facts; --',
  '${process.env.DISCORD_TOKEN}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  '%s%n%x',
  '../../../../etc/passwd',
  'OpenAI',
  'Nvidia',
  'Zuckerberg',
  'bao nhiêu',
  'lỗ',
  'how much',
  '600',
  '?',
  'ĐẠI HỌC',
  'ａｂｃ', // full-width letters
  'ﬁ', // a ligature that changes under NFKC
];

const hostileFragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }) },
);

/** Hostile text, optionally seeded with real questions so that the answering paths are exercised too. */
function hostileText(seeds: readonly string[] = [], maxPieces = 12): fc.Arbitrary<string> {
  const piece =
    seeds.length > 0
      ? fc.oneof({ weight: 4, arbitrary: hostileFragment }, { weight: 1, arbitrary: fc.constantFrom(...seeds) })
      : hostileFragment;
  return fc
    .tuple(fc.array(piece, { maxLength: maxPieces }), fc.constantFrom(' ', '', '\n', '\u200b'))
    .map(([pieces, separator]) => pieces.join(separator));
}

/** Very long text: one hostile piece repeated up to `maxLength` UTF-16 units. */
function longText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      hostileFragment.filter((s) => s.length > 0),
      fc.integer({ min: 1, max: maxLength }),
    )
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
}

/** Any text worth throwing at an input: hostile mixtures, long runs, arbitrary Unicode. */
export function anyUserText(seeds: readonly string[] = [], maxLength = 10_000): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: hostileText(seeds) },
    { weight: 1, arbitrary: longText(maxLength) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  );
}
