// How a labelled question's reply is scored: a several-question message is right only when its parts are.
import { describe, expect, it } from 'vitest';
import { evaluateQuestions, type LabelledQuestion } from '../../src/engine/evaluation.js';
import type { Reply } from '../../src/engine/types.js';

const part = (factId: string | null) => ({
  question: '',
  answered: factId !== null,
  answer: '',
  factId,
  confidence: 0.9,
});
const replyWithParts = (...facts: (string | null)[]) =>
  ({
    answered: true,
    factId: facts[0],
    answer: '',
    kind: 'fact',
    lang: 'en',
    parts: facts.map(part),
  }) as unknown as Reply;
const question: LabelledQuestion = {
  q: 'how much does openai lose and who reported it?',
  expect: 'openai-loss-5b',
  lang: 'en',
  style: 'chatty',
  parts: [['openai-loss-5b'], ['openai-loss-5b']],
};
const outcome = (reply: Reply) => evaluateQuestions(() => reply, [question]).results[0]?.outcome;

describe('scoring a several-question message', () => {
  it('is right when the parts cover what each asks, a fact shared by two parts answered once', () => {
    expect(outcome(replyWithParts('openai-loss-5b'))).toBe('right');
    expect(outcome(replyWithParts('openai-loss-5b', 'openai-loss-5b'))).toBe('right');
    expect(outcome(replyWithParts('openai-loss-5b', null))).toBe('right');
  });

  it('is wrong when an answered part gives a fact no part asks for, beside the right one', () => {
    expect(outcome(replyWithParts('openai-loss-5b', 'earnings-season-magnificent-seven'))).toBe('wrong-fact');
  });
});
