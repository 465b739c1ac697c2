// Text normalisation shared by the knowledge checks and the answer engine: NFC, case and diacritic folding.

/** Longest input the engine looks at; anything longer is cut before any work is done. */
export const MAX_INPUT_CHARS = 500;

// Invisible characters are deleted (so "Open\u200bAI" still reads OpenAI); control characters become spaces.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const COMBINING_MARKS = /\p{M}+/gu;
// Printable ASCII and ordinary whitespace: NFC, NFD and the invisible characters leave such text as it is.
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

/**
 * Remembers a text function's last results: one question goes through cleaning and folding several times as each stage
 * reads it, and words recur across questions. Bounded: emptied when full, so it never grows with what users type.
 */
function remembered(fn: (input: string) => string, size: number): (input: string) => string {
  const results = new Map<string, string>();
  return (input) => {
    const known = results.get(input);
    if (known !== undefined) return known;
    const result = fn(input);
    if (results.size >= size) results.clear();
    results.set(input, result);
    return result;
  };
}

// Room for the texts of a few questions (each stage's rewrites of them) and for a large vocabulary of words.
const cleanRemembered = remembered((input) => cleanUncached(input, MAX_INPUT_CHARS), 64);
const foldRemembered = remembered(foldUncached, 4096);
const matchRemembered = remembered((input) => matchUncached(input, MAX_INPUT_CHARS), 64);

/** NFC, zero-width and control characters removed, whitespace collapsed, capped in length. Keeps case and diacritics. */
export function cleanText(input: string, maxChars = MAX_INPUT_CHARS): string {
  return maxChars === MAX_INPUT_CHARS ? cleanRemembered(input) : cleanUncached(input, maxChars);
}

function cleanUncached(input: string, maxChars: number): string {
  const capped = input.length > maxChars * 4 ? input.slice(0, maxChars * 4) : input;
  // Most questions are plain ASCII: no normalisation or invisible characters to remove (the fast path is the same text).
  const composed = PLAIN_ASCII.test(capped) ? capped : capped.normalize('NFC').replace(INVISIBLE, '');
  return composed.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, maxChars);
}

/** Removes Vietnamese (and any other Latin) diacritics, including đ/Đ, which has no combining form. */
export function foldDiacritics(input: string): string {
  if (PLAIN_ASCII.test(input)) return input;
  // A question's length or less: the article's paragraphs, folded when the knowledge loads, are not worth keeping.
  return input.length <= MAX_INPUT_CHARS ? foldRemembered(input) : foldUncached(input);
}

function foldUncached(input: string): string {
  return input.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * The comparison form of a text: cleaned, lower-cased, diacritics folded, punctuation turned into
 * spaces (keeping %, $ and decimal separators between digits), whitespace collapsed.
 */
export function normalizeForMatch(input: string, maxChars = MAX_INPUT_CHARS): string {
  return maxChars === MAX_INPUT_CHARS ? matchRemembered(input) : matchUncached(input, maxChars);
}

function matchUncached(input: string, maxChars: number): string {
  const folded = foldDiacritics(cleanText(input, maxChars).toLowerCase());
  return folded
    .replace(/(\d)[.,](\d)/g, '$1.$2')
    .replace(/[^\p{L}\p{N}%$.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whitespace collapsed and trimmed: the form in which quotes are compared with the article. */
export function collapseWhitespace(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}

// Splits "600%", "$5b", "8.5tỷ" into number, symbol and word pieces so that units can be read separately.
const TOKEN_PIECE = /\$|%|\d+(?:\.\d+)?|\p{L}+/gu;

/** The folded tokens of a text: normalizeForMatch, then numbers, "$", "%" and words as separate tokens. */
export function foldedTokens(input: string, maxChars = MAX_INPUT_CHARS): string[] {
  return normalizeForMatch(input, maxChars).match(TOKEN_PIECE) ?? [];
}
