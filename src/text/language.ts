// Tells Vietnamese from English by diacritics, function words, chat abbreviations and the shape of Vietnamese syllables.
import { cleanText, foldDiacritics } from './normalize.js';
import type { Lang } from './lang.js';
import { PhraseSet } from './phrase-set.js';
import { ENGLISH_OPENINGS, ENGLISH_WORDS, VIETNAMESE_PHRASES, VIETNAMESE_WORDS } from './words/language-cues.js';

// Letters that only Vietnamese uses among the two languages: ă â đ ê ô ơ ư and vowels with tone marks.
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/** Written the same in both lists ("the", "do", "day"): neither language's evidence. */
const SHARED_WORDS: ReadonlySet<string> = new Set([...VIETNAMESE_WORDS].filter((word) => ENGLISH_WORDS.has(word)));

// The shape of one Vietnamese syllable written without diacritics: onset, one to three vowels, optional coda.
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;

const OPENING_WEIGHT = 3;

/** Drops quoted phrases when something else is left: "what is 'hiệp hội tài chính'" asks in English. */
function withoutQuotedPhrases(text: string): string {
  const stripped = text.replace(/["“”„«»'‘’][^"“”„«»'‘’]{1,80}["“”„«»'‘’]/gu, ' ');
  return /\p{L}{2,}/u.test(stripped) ? stripped : text;
}

// Vietnamese phrases, found as whole words in the folded words (each listed phrase counts once).
const VIETNAMESE_PHRASE_SET = new PhraseSet(VIETNAMESE_PHRASES.map((phrase) => [phrase, phrase] as const));

/**
 * 'vi' or 'en' when the text says so clearly enough, undefined when it cannot be told (numbers, names, gibberish).
 * `isName` tells words that are names in both languages (company and people names), which say nothing either way.
 */
export function detectLanguage(text: string, isName?: (foldedWord: string) => boolean): Lang | undefined {
  const cleaned = withoutQuotedPhrases(cleanText(text));
  const rawWords = cleaned.match(/\p{L}+/gu) ?? [];
  if (rawWords.length === 0) return undefined;
  let vi = 0;
  let en = 0;
  // A message all in capitals ("HUONG DAN SU DUNG") says nothing by its case: its words are read as lower case.
  const shouting = rawWords.length >= 2 && !/\p{Ll}/u.test(cleaned);
  const folded: string[] = [];
  for (const raw of rawWords) {
    const word = foldDiacritics(raw.toLowerCase());
    folded.push(word);
    if (VIETNAMESE_LETTERS.test(raw)) vi += 1.5;
    // A word both languages use ("the", "do", "day") says nothing on its own; the Vietnamese phrases below still count.
    else if (SHARED_WORDS.has(word)) continue;
    else if (VIETNAMESE_WORDS.has(word)) vi += 1;
    else if (ENGLISH_WORDS.has(word)) en += 1;
    else if ((shouting || raw === raw.toLowerCase()) && word.length >= 2 && !isName?.(word)) {
      // Weak evidence from spelling: English words rarely look like one Vietnamese syllable, and names are capitalised.
      if (VIETNAMESE_SYLLABLE.test(word)) vi += 0.25;
      else en += 0.25;
    }
  }
  const first = rawWords[0]?.toLowerCase();
  if (first !== undefined && ENGLISH_OPENINGS.has(first)) en += OPENING_WEIGHT;
  vi += VIETNAMESE_PHRASE_SET.found(folded).length;
  if (vi === en) return undefined;
  return vi > en ? 'vi' : 'en';
}
