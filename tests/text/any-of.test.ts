// Patterns joined into one match what any of them matches, and patterns that would read otherwise inside are refused.
import { describe, expect, it } from 'vitest';
import { anyOf } from '../../src/text/any-of.js';

describe('anyOf', () => {
  it('matches a text exactly when one of the patterns does', () => {
    const patterns = [/^how much\b/, /\bbao nhieu$/, /(?:revenue|doanh thu) (?:q|quy) \d/];
    const joined = anyOf(patterns);
    for (const text of ['how much is it', 'lo bao nhieu', 'doanh thu quy 2 ra sao', 'somehow much', 'bao nhieu tien'])
      expect(joined.test(text)).toBe(patterns.some((p) => p.test(text)));
  });

  it('refuses a pattern with flags, which the alternation would not have', () => {
    expect(() => anyOf([/^a/, /^B/i])).toThrow(/no flags/);
  });

  it('refuses a backreference, whose group is numbered anew inside the alternation', () => {
    // Joined as it is, "(?:(x))|(?:(\w)\1)" reads \1 as the first pattern's group, which is empty there: "ab" would match.
    expect(() => anyOf([/(x)/, /(\w)\1/])).toThrow(/backreference/);
    expect(() => anyOf([/(?<l>\w)\k<l>/])).toThrow(/backreference/);
  });
});
