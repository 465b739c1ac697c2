// Corrects misspelt question words to the closest word of the knowledge vocabulary (one edit, two for long words).
import { boundedEditDistance } from '../text/edit-distance.js';
import { TYPOS } from './tuning.js';

const { minLength: MIN_LENGTH, longWord: LONG_WORD } = TYPOS;

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
