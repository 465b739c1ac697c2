// Whether a folded token is a function word (the lists of src/text/words/stopwords.ts, with their stems).
import { stemToken } from './stem.js';
import type { Lang } from './lang.js';
import { ABOUT_THE_TEXT, ENGLISH_STOPWORDS as ENGLISH, VIETNAMESE_STOPWORDS as VIETNAMESE } from './words/stopwords.js';

// The engine compares stemmed tokens, so each list also holds its function words' stems ("does" → "doe", "those" →
// "thos"); the words about the text itself keep their stems as content.
const withStems = (words: readonly string[]): ReadonlySet<string> =>
  new Set([...words, ...words.filter((word) => !ABOUT_THE_TEXT.has(word)).map(stemToken), '$']);
const ENGLISH_STOPWORDS: ReadonlySet<string> = withStems(ENGLISH);
const VIETNAMESE_STOPWORDS: ReadonlySet<string> = withStems(VIETNAMESE);

/** Folded tokens that are ignored for scoring (they still count for language and question-kind detection). */
const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...VIETNAMESE_STOPWORDS]);

/**
 * Whether a folded token is a function word. With a language, only that language's list applies: folded, the
 * English "so" is the Vietnamese "sợ" (fear) and "do" is "đô" (dollar).
 */
export function isStopword(token: string, lang?: Lang): boolean {
  if (lang === 'en') return ENGLISH_STOPWORDS.has(token);
  if (lang === 'vi') return VIETNAMESE_STOPWORDS.has(token);
  return STOPWORDS.has(token);
}
