// /ask autocomplete: answered from a word index built once, never by ranking every fact or fuzzy-scanning every
// question per keystroke (that cost 21-83 ms a keystroke and blocked the process); speed itself is in `npm run bench`.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type * as Ranking from '../../src/engine/ranking.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type * as FuseModule from 'fuse.js';

const calls = vi.hoisted(() => ({ rank: 0, fuse: 0 }));
vi.mock('../../src/engine/ranking.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Ranking>();
  return {
    ...actual,
    rankFacts: (...args: Parameters<typeof actual.rankFacts>) => {
      calls.rank += 1;
      return actual.rankFacts(...args);
    },
  };
});
vi.mock('fuse.js', async (importOriginal) => {
  const actual = await importOriginal<typeof FuseModule>();
  class CountingFuse<T> extends actual.default<T> {
    override search(...args: Parameters<InstanceType<typeof actual.default<T>>['search']>) {
      calls.fuse += 1;
      return super.search(...args);
    }
  }
  return { ...actual, default: CountingFuse };
});

const { createAnswerEngine } = await import('../../src/engine/index.js');
const { withinOneEdit, AUTOCOMPLETE_MAX_CHARS } = await import('../../src/engine/suggest.js');
const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);

describe('suggestQuestions', () => {
  it('neither ranks the facts nor runs a fuzzy search per keystroke', () => {
    calls.rank = 0;
    calls.fuse = 0;
    const question = 'how much money will openai lose this year compared with what it earns';
    for (let i = 1; i <= question.length; i += 1) engine.suggestQuestions(question.slice(0, i));
    engine.suggestQuestions('x'.repeat(10_000));
    expect(calls).toEqual({ rank: 0, fuse: 0 });
  });

  it(`looks at the first ${AUTOCOMPLETE_MAX_CHARS} characters only`, () => {
    const start = `what did zuckerberg say ${'about it '.repeat(30)}`.slice(0, AUTOCOMPLETE_MAX_CHARS);
    expect(engine.suggestQuestions(`${start} tesla nvidia openai`)).toEqual(engine.suggestQuestions(start));
  });

  it('matches entity aliases and one-typo words', () => {
    expect(engine.suggestQuestions('what did zuck say')[0]?.value).toMatch(/^zuckerberg-/);
    expect(engine.suggestQuestions('nvidai market share')[0]?.value).toMatch(/^nvidia-/);
  });

  it('gives nothing for text that matches no question', () => {
    expect(engine.suggestQuestions('qqqqzzzz')).toEqual([]);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['nvidia', 'nvidia', true],
    ['nvidai', 'nvidia', true],
    ['nvida', 'nvidia', true],
    ['nvidiaa', 'nvidia', true],
    ['nvxdia', 'nvidia', true],
    ['nxxdia', 'nvidia', false],
    ['nvi', 'nvidia', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
