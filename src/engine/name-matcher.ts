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

/** Maps an unknown question word to the name word it most likely misspells, or undefined. */
export class NameMatcher {
  private readonly buckets = new Map<string, Fuse<NameWord>>();

  constructor(kb: KnowledgeBase) {
    const words = new Map<string, Set<string>>();
    for (const entity of kb.entities) {
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
    for (const [first, bucket] of words) {
      this.buckets.set(
        first,
        new Fuse(
          [...bucket].map((word) => ({ word })),
          { keys: ['word'], includeScore: true, threshold: MAX_SCORE },
        ),
      );
    }
  }

  /** The name word `word` (folded) most likely stands for; people rarely get a name's first letter wrong. */
  match(word: string): string | undefined {
    if (word.length < MIN_LENGTH) return undefined;
    const best = this.buckets.get(word[0] ?? '')?.search(word, { limit: 1 })[0];
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
