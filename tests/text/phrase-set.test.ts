// PhraseSet (src/text/phrase-set.ts) finds what a substring search of the padded, space-joined words finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../src/text/phrase-set.js';

const byIncludes = (phrases: readonly string[], words: readonly string[]) => {
  const padded = ` ${words.join(' ')} `;
  return phrases.filter((phrase) => padded.includes(` ${phrase} `));
};

describe('PhraseSet', () => {
  it('finds whole consecutive words only, each listed phrase once, in the list order', () => {
    const phrases = ['bao nhieu', 'la gi', 'bao', 'nhieu tien', 'la gi', 'gi'];
    const set = new PhraseSet(phrases.map((phrase) => [phrase, phrase] as const));
    expect(set.found(['openai', 'lo', 'bao', 'nhieu', 'tien', 'la', 'gi', 'gi'])).toEqual([
      'bao nhieu',
      'la gi',
      'bao',
      'nhieu tien',
      'la gi',
      'gi',
    ]);
    expect(set.found(['baonhieu', 'lagi', 'nhieu'])).toEqual([]);
    expect(set.found([])).toEqual([]);
  });

  it('visits every occurrence, overlapping ones too, with where it starts and its length', () => {
    const set = new PhraseSet([
      ['cam on', 'thanks'],
      ['on', 'on'],
    ]);
    const seen: string[] = [];
    set.matches(['cam', 'on', 'ban', 'cam', 'on'], (value, start, length) => seen.push(`${value}@${start}+${length}`));
    expect(seen).toEqual(['thanks@0+2', 'on@1+1', 'thanks@3+2', 'on@4+1']);
  });

  it('refuses a phrase that is not words separated by one space', () => {
    expect(() => new PhraseSet([['how  much', 1]])).toThrow(/one space/);
    expect(() => new PhraseSet([[' how', 1]])).toThrow(/one space/);
  });

  it('agrees with a substring search on random words and phrases', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'ab', 'ba', 'bao', 'nhieu');
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), fc.array(word, { maxLength: 10 }), (phrases, words) => {
        const set = new PhraseSet(phrases.map((p, i) => [p, i] as const));
        expect(set.found(words).map((i) => phrases[i])).toEqual(byIncludes(phrases, words));
      }),
      { numRuns: 5000 },
    );
  });
});
