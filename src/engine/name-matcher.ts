// Fuzzy matching of badly misspelt names ("zukerbrg", "goldmen") with fuse.js, bucketed by first letter to stay fast.
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { boundedEditDistance } from '../text/edit-distance.js';
import { foldedTokens } from '../text/normalize.js';
import { NAMES } from './tuning.js';

const {
  minLength: MIN_LENGTH,
  maxScore: MAX_SCORE,
  maxLengthDifference: MAX_LENGTH_DIFFERENCE,
  maxDistance: MAX_DISTANCE,
} = NAMES;

interface NameWord {
  readonly word: string;
}

/**
 * Maps an unknown question word to the name word it most likely misspells, or undefined. A bucket's fuse.js index is
 * built the first time a word with its first letter is looked up: most questions never need one, and a fresh process
 * (the engine cache) should not pay for all of them before its first answer.
 */
export class NameMatcher {
  private words: Map<string, Set<string>> | undefined;
  private readonly buckets = new Map<string, Fuse<NameWord>>();

  constructor(private readonly kb: KnowledgeBase) {}

  /** The name words by first letter, worked out on first use. */
  private wordsByFirst(): Map<string, Set<string>> {
    if (this.words) return this.words;
    const words = new Map<string, Set<string>>();
    for (const entity of this.kb.entities) {
      if (entity.type === 'term' || entity.type === 'event') continue;
      for (const name of [entity.name.en, ...entity.aliases]) {
        for (const word of foldedTokens(name, 200)) {
          if (word.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(word)) continue;
          const first = word[0] ?? '';
          const bucket = words.get(first) ?? new Set<string>();
          bucket.add(word);
          words.set(first, bucket);
        }
      }
    }
    this.words = words;
    return words;
  }

  private bucket(first: string): Fuse<NameWord> | undefined {
    const built = this.buckets.get(first);
    if (built) return built;
    const words = this.wordsByFirst().get(first);
    if (!words) return undefined;
    const fuse = new Fuse(
      [...words].map((word) => ({ word })),
      { keys: ['word'], includeScore: true, threshold: MAX_SCORE },
    );
    this.buckets.set(first, fuse);
    return fuse;
  }

  /** The name word `word` (folded) most likely stands for; people rarely get a name's first letter wrong. */
  match(word: string): string | undefined {
    if (word.length < MIN_LENGTH) return undefined;
    const best = this.bucket(word[0] ?? '')?.search(word, { limit: 1 })[0];
    if (
      !best ||
      (best.score ?? 1) > MAX_SCORE ||
      Math.abs(best.item.word.length - word.length) > MAX_LENGTH_DIFFERENCE ||
      boundedEditDistance(word, best.item.word, MAX_DISTANCE) > MAX_DISTANCE
    )
      return undefined;
    return best.item.word;
  }
}
