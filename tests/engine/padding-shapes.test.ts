// A question keeps its answer inside the padding people type around it without a comma: found by wrapping the dev
// questions in new paddings (tests/eval/padding-l.json); each asserted here with other paddings and other questions.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const factOf = (q: string) => engine.ask(q).factId;

/** The padded message gets the fact the question alone gets (which it must get). */
const keeps = (question: string, fact: string, padded: (q: string) => string) => {
  expect(factOf(question)).toBe(fact);
  expect(factOf(padded(question))).toBe(fact);
};

describe('a hesitation typed with letters held down', () => {
  it('is a chat word before a question, as typed once', () => {
    keeps('who is the xtb analyst', 'brooks-ai-returns-unclear', (q) => `ummm ${q}`);
    keeps('who is the xtb analyst', 'brooks-ai-returns-unclear', (q) => `ohhh so ${q}`);
  });
});

describe('a closing typed without a comma', () => {
  it('is dropped in English', () => {
    keeps('who is the xtb analyst', 'brooks-ai-returns-unclear', (q) => `${q} would love a link too`);
    keeps('who owns the shovels', 'nvidia-shovel-seller', (q) => `${q} just curious`);
    keeps('chip nvidia chiếm bao nhiêu', 'nvidia-82-percent-datacenter', (q) => `${q} thanks a million`);
  });
  it('is dropped in Vietnamese, with or without diacritics', () => {
    keeps('ông chủ meta nói gì', 'zuckerberg-overinvestment', (q) => `${q} nhờ ae giải đáp với`);
    keeps('ông chủ meta nói gì', 'zuckerberg-overinvestment', (q) => `${q} giải thích dễ hiểu giúp em`);
    keeps('chi phí nhân sự openai', 'openai-labour-cost', (q) => `${q} mong dc tra loi`);
  });
  it('takes a parenthesis that ends the message as a clause of its own', () => {
    keeps('whats fomo', 'fomo-definition', (q) => `${q} (asking for my mom)`);
  });
});

describe('what the asker is doing with the article, said before the question', () => {
  it('is dropped in English', () => {
    keeps(
      'the seven giants earnings',
      'earnings-season-magnificent-seven',
      (q) => `i'm working on an essay about this and ${q}`,
    );
    keeps(
      'the seven giants earnings',
      'earnings-season-magnificent-seven',
      (q) => `my prof sent us this article and ${q}`,
    );
  });
  it('is dropped in Vietnamese', () => {
    keeps('ông chủ meta nói gì', 'zuckerberg-overinvestment', (q) => `đọc hoài vẫn ko hiểu, ${q}`);
    keeps('ông chủ meta nói gì', 'zuckerberg-overinvestment', (q) => `đọc bài xong thắc mắc là ${q}`);
  });
});

describe('a yes/no question inside padding keeps its verdict', () => {
  const verdictOf = (q: string) => engine.ask(q).answer.match(/^(Yes|No|Có|Không):/u)?.[1];
  it('after a hesitation typed with letters held down', () => {
    expect(verdictOf('isnt it true that openai could lose 5 billion this year')).toBe('Yes');
    expect(verdictOf('ummm isnt it true that openai could lose 5 billion this year')).toBe('Yes');
  });
  it('when a laugh follows its question mark', () => {
    expect(verdictOf('openai might lose around 5 billion this year? lol')).toBe('Yes');
  });
  it('when an address, a particle or thanks follows a Vietnamese tag', () => {
    expect(verdictOf('openai năm nay lỗ 5 tỷ đô à z mn')).toBe('Có');
    expect(verdictOf('openai năm nay lỗ 5 tỷ đô à với')).toBe('Có');
    expect(verdictOf('nvidia chiếm 95% thị trường đào tạo AI hả mình cảm ơn')).toBe('Có');
  });
});
