// Corrects misspelt question words to the closest word of the knowledge vocabulary (one edit, two for long words).
import { boundedEditDistance } from '../text/edit-distance.js';
import { stemToken } from '../text/stem.js';
import { ENGLISH_STOPWORDS, VIETNAMESE_STOPWORDS } from '../text/words/stopwords.js';
import { TYPOS } from './tuning.js';

const {
  minLength: MIN_LENGTH,
  longWord: LONG_WORD,
  keepLettersBelow: KEEP_LETTERS_BELOW,
  keepEachLetterBelow: KEEP_EACH_LETTER_BELOW,
} = TYPOS;

type VocabularyWords = ReadonlyMap<string, { readonly stem: string; readonly frequency: number }>;

/** What a TypoCorrector holds, as plain data (the engine cache stores it, and gives it back through the constructor). */
export interface TypoCorrectorData {
  readonly words: VocabularyWords;
  /** Each one-deletion variant → the vocabulary words that have it, in the order first added. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  readonly byLength: ReadonlyMap<number, readonly string[]>;
}

/** A symmetric-deletion index over the vocabulary: a typo and its word share a one-deletion variant. */
export class TypoCorrector {
  private data: TypoCorrectorData | undefined;
  private readonly load: () => TypoCorrectorData;

  /**
   * `words` maps each vocabulary word (folded, not stemmed) to its stem and frequency (frequency breaks ties); or a
   * function that returns the index already built, called the first time a word needs correcting (the engine cache).
   */
  constructor(words: VocabularyWords | (() => TypoCorrectorData)) {
    if (typeof words === 'function') {
      this.load = words;
      return;
    }
    const built = buildData(words);
    this.data = built;
    this.load = () => built;
  }

  toData(): TypoCorrectorData {
    this.data ??= this.load();
    return this.data;
  }

  /** The stem of the vocabulary word meant by `word` (folded, not stemmed), or undefined when it is known, too short, or nothing is close. */
  correct(word: string): string | undefined {
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
    const { words, deletions, byLength } = this.toData();
    if (words.has(word)) return undefined;
    const maxDistance = word.length >= LONG_WORD ? 2 : 1;
    const candidates = new Set<string>();
    for (const variant of [word, ...deletionsOf(word)])
      for (const found of deletions.get(variant) ?? []) candidates.add(found);
    if (maxDistance === 2) {
      for (let length = word.length - 2; length <= word.length + 2; length += 1) {
        for (const found of byLength.get(length) ?? []) if (found[0] === word[0]) candidates.add(found);
      }
    }
    let best: string | undefined;
    let bestDistance = maxDistance + 1;
    let bestFrequency = -1;
    for (const candidate of candidates) {
      if (!plausibleTypo(word, candidate)) continue;
      const distance = boundedEditDistance(word, candidate, maxDistance);
      const frequency = words.get(candidate)?.frequency ?? 0;
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
        best = candidate;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    }
    return bestDistance <= maxDistance && best !== undefined ? words.get(best)?.stem : undefined;
  }
}

let functionWords: TypoCorrector | undefined;
/**
 * The function word meant by a misspelt `word` ("wich", "wihle", "beeing", "nhiu"), or undefined. A question's words are
 * first corrected to the knowledge's vocabulary; a slip in a function word is no word the article lacks.
 */
export function functionWordMeant(word: string): string | undefined {
  functionWords ??= new TypoCorrector(
    new Map(
      [...ENGLISH_STOPWORDS, ...VIETNAMESE_STOPWORDS]
        .filter((w) => w.length >= MIN_LENGTH && /^[a-z]+$/.test(w))
        .map((w) => [w, { stem: stemToken(w), frequency: 0 }]),
    ),
  );
  return functionWords.correct(word);
}

/**
 * Whether the typed `word` can be a slip for the vocabulary word `candidate`. The first letter is kept: people rarely
 * mistype it ("cook" is not "book", "ship" not "chip"). A short word one letter away from a known word is most often
 * another real word, so a short word is not shortened ("huang", "tuoi" are not "hang", "toi" mistyped) and a very
 * short one has no letter changed ("full", "fine" are not "fall", "fire"); a letter left out or two letters swapped
 * ("nhiu", "jbos") stay corrected.
 */
function plausibleTypo(word: string, candidate: string): boolean {
  if (word[0] !== candidate[0]) return false;
  if (candidate.length < word.length) return word.length >= KEEP_LETTERS_BELOW;
  if (candidate.length > word.length || word.length >= KEEP_EACH_LETTER_BELOW) return true;
  // A very short word of the same length: only two adjacent letters swapped.
  let i = 0;
  while (i < word.length && word[i] === candidate[i]) i += 1;
  return (
    i + 1 < word.length &&
    word[i] === candidate[i + 1] &&
    word[i + 1] === candidate[i] &&
    word.slice(i + 2) === candidate.slice(i + 2)
  );
}

function buildData(words: VocabularyWords): TypoCorrectorData {
  const deletions = new Map<string, string[]>();
  const byLength = new Map<number, string[]>();
  for (const word of words.keys()) {
    if (word.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(word)) continue;
    for (const variant of [word, ...deletionsOf(word)]) {
      const list = deletions.get(variant);
      if (!list) deletions.set(variant, [word]);
      else if (!list.includes(word)) list.push(word);
    }
    const sameLength = byLength.get(word.length) ?? [];
    sameLength.push(word);
    byLength.set(word.length, sameLength);
  }
  return { words, deletions, byLength };
}

function deletionsOf(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < word.length; i += 1) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}
