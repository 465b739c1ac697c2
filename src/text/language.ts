// Tells Vietnamese from English by diacritics and common function words (with or without diacritics).
import { cleanText, foldDiacritics } from './normalize.js';

export type DetectedLang = 'en' | 'vi';

// Letters that only Vietnamese uses among the two languages: ă â đ ê ô ơ ư and vowels with tone marks.
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

// Function words typed without diacritics; "ai" (who) is left out because English questions say "AI".
const VIETNAMESE_WORDS = new Set(
  (
    'la gi khong cua nhu the nao tai sao vi sao bao nhieu nhieu may khi nao bao gio duoc nhung cac mot va voi trong ' +
    'cho ve thi ma nay do de tu den da dang se bi rang theo nguoi cong ty nam ngay thang nghin trieu ty ' +
    'chi phi loi nhuan dau tu noi gi sao co hay hoac ong ba ho chung toi ban minh viet bai'
  ).split(' '),
);
const VIETNAMESE_PHRASES = ['bao nhieu', 'la gi', 'nhu the nao', 'tai sao', 'vi sao', 'khi nao', 'bao gio', 'cong ty', 'the nao', 'la ai', 'co phai'];

const ENGLISH_WORDS = new Set(
  (
    'the a an of to in on for at by with from and or but is are was were be been do does did have has had will would ' +
    'can could should what which who whom whose when where why how much many about as into than this that these those ' +
    'it its they their there he she his her we you your i my me not no yes said say says tell much many per cost costs ' +
    'company companies spend spent spending money lose loss year years day days percent million billion trillion'
  ).split(' '),
);

/** 'vi' or 'en' when the text says so clearly enough, undefined when it cannot be told (numbers, names, gibberish). */
export function detectLanguage(text: string): DetectedLang | undefined {
  const cleaned = cleanText(text);
  if (VIETNAMESE_LETTERS.test(cleaned)) return 'vi';
  const folded = foldDiacritics(cleaned.toLowerCase());
  const words = folded.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return undefined;
  let vi = 0;
  let en = 0;
  for (const word of words) {
    if (VIETNAMESE_WORDS.has(word)) vi += 1;
    if (ENGLISH_WORDS.has(word)) en += 1;
  }
  const joined = ` ${words.join(' ')} `;
  for (const phrase of VIETNAMESE_PHRASES) if (joined.includes(` ${phrase} `)) vi += 2;
  if (vi === 0 && en === 0) return undefined;
  if (vi > en) return 'vi';
  if (en > vi) return 'en';
  return undefined;
}
