// `mapped` gives what `Array.prototype.map` gives: the same elements in the same order, each mapped with its index.
import { describe, expect, it } from 'vitest';
import { mapped } from '../../src/text/packed.js';

describe('mapped', () => {
  it('maps each item with its index, as Array.prototype.map does', () => {
    const words = ['how', 'much', 'did', 'openai', 'lose'];
    const f = (word: string, i: number) => `${i}:${word.toUpperCase()}`;
    expect(mapped(words, f)).toEqual(words.map(f));
    expect(mapped(['a', 'b'], (word) => word.length)).toEqual([1, 1]);
  });

  it('gives a new empty array for no items', () => {
    const none: readonly string[] = [];
    const out = mapped(none, (word) => word);
    expect(out).toEqual([]);
    expect(out).not.toBe(none);
  });
});
