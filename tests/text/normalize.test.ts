// The one-pass comparison form (src/text/normalize.ts) against its step-by-step definition: the same string for every
// text of the knowledge, every development question, and random text of the characters people type.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { matchSlow, normalizeForMatch } from '../../src/text/normalize.js';

/** Every string value anywhere in a JSON value. */
function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, into);
  return into;
}

// A length other than the default bypasses the remembered results: each call below runs the fast path or the slow one.
const fresh = (text: string, maxChars = 499) => normalizeForMatch(text, maxChars);

describe('the comparison form in one pass', () => {
  it('is the step-by-step form for every text of the knowledge and of the development sets', () => {
    const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
    const texts = stringsOf([kb.facts, kb.entities, kb.glossary, kb.quotes, kb.summaries, kb.meta]);
    texts.push(...kb.articleText.split('\n'));
    const evalDir = path.join(PROJECT_ROOT, 'tests', 'eval');
    for (const file of fs.readdirSync(evalDir).filter((name) => name.startsWith('dev-') && name.endsWith('.json')))
      texts.push(...stringsOf(JSON.parse(fs.readFileSync(path.join(evalDir, file), 'utf8'))));
    expect(texts.length).toBeGreaterThan(3000);
    const differing = texts.filter((text) => fresh(text, 100_000) !== matchSlow(text, 100_000));
    expect(differing).toEqual([]);
  });

  it('is the step-by-step form for random text, at any length cap', () => {
    const pieces = [
      ...'aAzZ09 .,%$-?!\t\n\r\u0000\u007f\u00a0\u00ad\u00d7\u00f7\u00df\u0130\u0131\u017f\u023a\u0300\u0301\u0323\u200b\u2003\u3000\ufeff',
      ...'ĐđÀÁẢÃẠàáảãạĂẮẰẲẴẶăắằẳẵặÂẤẦẨẪẬâấầẩẫậÉÈẺẼẸéèẻẽẹÊẾỀỂỄỆêếềểễệƠỚỜỞỠỢơớờởỡợƯỨỪỬỮỰưứừửữựỲÝỶỸỴỳýỷỹỵ',
      ...'ǅǆǈǉǲǳıøæœłŀŉ𝒜😀中文',
      'e\u0301',
      '1,2',
      '3.4',
      '..',
      ',,',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), (input, maxChars) => {
        expect(fresh(input, maxChars)).toBe(matchSlow(input, maxChars));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads decimal points as the step-by-step form does, one digit pair at a time', () => {
    expect(fresh('1,2,3 and 4.5.6 and 7,,8 and .9 and 1.')).toBe(
      matchSlow('1,2,3 and 4.5.6 and 7,,8 and .9 and 1.', 499),
    );
    expect(fresh('1,2,3')).toBe('1.2 3');
  });

  it('reads Vietnamese text without a Unicode normalisation (the one pass)', () => {
    fresh('warm up the tables');
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      expect(fresh('ĐẦU TƯ Ở ĐÂU? Lợi nhuận 8,5 tỷ đô')).toBe('dau tu o dau loi nhuan 8.5 ty do');
      expect(normalize).not.toHaveBeenCalled();
      expect(fresh('cafe\u0301')).toBe('cafe');
      expect(normalize).toHaveBeenCalled();
    } finally {
      normalize.mockRestore();
    }
  });
});
