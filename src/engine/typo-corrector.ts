// Corrects misspelt question words to the closest word of the knowledge vocabulary (one edit, two for long words).
import { boundedEditDistance } from '../text/edit-distance.js';
import { TYPOS } from './tuning.js';

const { minLength: MIN_LENGTH, longWord: LONG_WORD } = TYPOS;

/** A symmetric-deletion index over the vocabulary: a typo and its word share a one-deletion variant. */
export class TypoCorrector {
  private readonly words: ReadonlyMap<string, { readonly stem: string; readonly frequency: number }>;
  private readonly deletions = new Map<string, Set<string>>();
  private readonly byLength = new Map<number, string[]>();

  /** `words` maps each vocabulary word (folded, not stemmed) to its stem and frequency (frequency breaks ties). */
  constructor(words: ReadonlyMap<string, { readonly stem: string; readonly frequency: number }>) {
    this.words = words;
    for (const word of words.keys()) {
      if (word.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(word)) continue;
      for (const variant of [word, ...deletionsOf(word)]) {
        const set = this.deletions.get(variant);
        if (set) set.add(word);
        else this.deletions.set(variant, new Set([word]));
      }
      const sameLength = this.byLength.get(word.length) ?? [];
      sameLength.push(word);
      this.byLength.set(word.length, sameLength);
    }
  }

  /** The stem of the vocabulary word meant by `word` (folded, not stemmed), or undefined when it is known, too short, or nothing is close. */
  correct(word: string): string | undefined {
    if (word.length < MIN_LENGTH || this.words.has(word) || !/^[a-z]+$/.test(word)) return undefined;
    const maxDistance = word.length >= LONG_WORD ? 2 : 1;
    const candidates = new Set<string>();
    for (const variant of [word, ...deletionsOf(word)])
      for (const found of this.deletions.get(variant) ?? []) candidates.add(found);
    if (maxDistance === 2) {
      for (let length = word.length - 2; length <= word.length + 2; length += 1) {
        for (const found of this.byLength.get(length) ?? []) if (found[0] === word[0]) candidates.add(found);
      }
    }
    let best: string | undefined;
    let bestDistance = maxDistance + 1;
    let bestFrequency = -1;
    for (const candidate of candidates) {
      const distance = boundedEditDistance(word, candidate, maxDistance);
      const frequency = this.words.get(candidate)?.frequency ?? 0;
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
        best = candidate;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    }
    return bestDistance <= maxDistance && best !== undefined ? this.words.get(best)?.stem : undefined;
  }
}

function deletionsOf(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < word.length; i += 1) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}
