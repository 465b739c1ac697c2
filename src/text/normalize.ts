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

// Room for the texts of a few questions (each stage's rewrites of them), and for a large vocabulary of single words. A
// whole text is kept only as long as a few questions' texts are, so that a question asked again later (as the bench
// asks every development question 30 times) is worked out again, not found: only words are remembered across questions.
const cleanRemembered = remembered((input) => cleanUncached(input, MAX_INPUT_CHARS), 64);
const foldWordRemembered = remembered(foldUncached, 4096);
const foldTextRemembered = remembered(foldUncached, 64);
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
  if (input.length > MAX_INPUT_CHARS) return foldUncached(input);
  return input.includes(' ') ? foldTextRemembered(input) : foldWordRemembered(input);
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
  return matchFast(input, maxChars) ?? matchSlow(input, maxChars);
}

/** The definition of the comparison form, step by step (every text the fast path cannot read goes this way). */
export function matchSlow(input: string, maxChars: number): string {
  const folded = foldDiacritics(cleanText(input, maxChars).toLowerCase());
  return folded
    .replace(/(\d)[.,](\d)/g, '$1.$2')
    .replace(/[^\p{L}\p{N}%$.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// The comparison form in one pass over the characters, for texts of ASCII and precomposed Latin letters (all the
// knowledge, nearly every question): the same string as `matchSlow`, without its seven regular-expression passes and
// three Unicode normalisations. Anything else (combining marks, other scripts, Unicode spaces) returns undefined.

const FOLD_TABLE_SIZE = 0x1f00;
/** A code unit the fast path cannot read (in the fold table; 0 there means not yet worked out). */
const UNREADABLE = 0xffff;
/**
 * Per UTF-16 code unit from 0x80 below FOLD_TABLE_SIZE, worked out when first met: its lower-cased, folded letter, or
 * UNREADABLE. Only ASCII, the precomposed Latin letters and Vietnamese's Latin Extended Additional are read, and only a
 * letter whose folded form is ASCII or folds to itself (the tail reads a folded letter's class at its own code).
 */
const foldTable = new Uint16Array(FOLD_TABLE_SIZE);
/** For each folded letter worked out: 1 when it is a letter or a number (kept), 0 for punctuation (a space). */
const keepTable = new Uint8Array(FOLD_TABLE_SIZE);
const SPACE = 0x20;
const DOT = 0x2e;
const COMMA = 0x2c;

/** The folded form of a code unit of 0x80 or more, or UNREADABLE. */
function foldedCode(code: number): number {
  if (code >= FOLD_TABLE_SIZE) return UNREADABLE;
  const known = foldTable[code] ?? 0;
  if (known !== 0) return known;
  const folded = workOutFold(code);
  foldTable[code] = folded;
  return folded;
}

function workOutFold(code: number): number {
  if (!((code >= 0xc0 && code < 0x250) || code >= 0x1e00)) return UNREADABLE;
  const char = String.fromCharCode(code);
  if (char.normalize('NFC') !== char) return UNREADABLE;
  const folded = foldUncached(char.toLowerCase());
  if (folded.length !== 1) return UNREADABLE;
  const result = folded.charCodeAt(0);
  if (result >= 0x80 && result !== code && foldedCode(result) !== result) return UNREADABLE;
  if (result === code) keepTable[code] = /[\p{L}\p{N}]/u.test(folded) ? 1 : 0;
  return result;
}

/**
 * General Punctuation that is neither a space nor invisible (dashes, curly quotes, the ellipsis, ‰, ′): unchanged by NFC,
 * case and folding, and no letter or number, so a space in the comparison form. Read as it is (the knowledge's quotes
 * are in curly quotes, which would otherwise send every such text down the slow path).
 */
const isPunctuationMark = (code: number) => (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e);
const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isSpaceOrControl = (code: number) => code <= SPACE || code === 0x7f;

function matchFast(input: string, maxChars: number): string | undefined {
  const end = Math.min(input.length, maxChars * 4);
  // cleanText: control characters and whitespace runs become one space, trimmed, then cut to maxChars characters.
  const chars: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < end; i += 1) {
    let code = input.charCodeAt(i);
    if (code >= 0x80) {
      if (!isPunctuationMark(code)) code = foldedCode(code);
      if (code === UNREADABLE) return undefined;
    } else if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (isSpaceOrControl(code)) {
      pendingSpace = chars.length > 0;
      continue;
    }
    if (pendingSpace) {
      if (chars.length >= maxChars) break;
      chars.push(SPACE);
      pendingSpace = false;
    }
    if (chars.length >= maxChars) break;
    // Lower case and diacritics folded.
    chars.push(code);
  }
  // A comma or dot between two digits is a decimal point.
  for (let i = 1; i + 1 < chars.length; i += 1) {
    const code = chars[i] ?? 0;
    if ((code === COMMA || code === DOT) && isAsciiDigit(chars[i - 1] ?? 0) && isAsciiDigit(chars[i + 1] ?? 0)) {
      chars[i] = DOT;
      // The regular expression this replaces consumed the digit after it: the next decimal point starts past it.
      i += 2;
    }
  }
  // Collected, then made a string at once: appending one character at a time would leave V8 a tree of one
  // concatenation per character, which it keeps as such in the caches that hold these (measured in a heap snapshot of
  // the HTTP bot: about 30 bytes per character of every folded answer).
  const out: number[] = [];
  let space = false;
  for (let i = 0; i < chars.length; i += 1) {
    const code = chars[i] ?? 0;
    let kept: boolean;
    if (code === DOT) kept = isAsciiDigit(chars[i - 1] ?? 0) && isAsciiDigit(chars[i + 1] ?? 0);
    else if (code === 0x25 || code === 0x24) kept = true;
    else if (code < 0x80) kept = (code >= 0x61 && code <= 0x7a) || isAsciiDigit(code);
    else kept = code < FOLD_TABLE_SIZE && keepTable[code] === 1;
    if (!kept) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out.push(SPACE);
      space = false;
    }
    out.push(code);
  }
  return fromCharCodes(out);
}

/** The string of these UTF-16 code units, flat, in slices small enough for a call's arguments. */
function fromCharCodes(codes: readonly number[]): string {
  const SLICE = 4_096;
  if (codes.length <= SLICE) return String.fromCharCode(...codes);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += SLICE) parts.push(String.fromCharCode(...codes.slice(i, i + SLICE)));
  return parts.join('');
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
