// Wording from the dev-m blind chatty set's misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { splitQuestions, withLinesAsked } from '../../src/engine/understand/message.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const partsOf = (q: string) => (engine.ask(q).parts ?? []).map((p) => p.factId);

describe('dev-m: two questions in one message', () => {
  it('on two lines, each asking', () => {
    expect(partsOf('how much does tesla spend on ai\nwho did goldman say would lose their jobs')).toHaveLength(2);
    expect(withLinesAsked('ok so\nwhat is fomo')).toBe('ok so\nwhat is fomo');
  });

  it('joined by "rồi" with no comma, but not "rồi mới" (then only) or "đọc rồi cho em hỏi"', () => {
    expect(splitQuestions('Google chi bao nhiêu mỗi quý rồi Pichai nói gì', 3)).toHaveLength(2);
    expect(splitQuestions('big tech sẽ chờ xem thế nào rồi mới chi tiếp à', 3)).toHaveLength(1);
    expect(splitQuestions('ai đọc rồi cho em hỏi tesla chi bao nhiêu', 3)).toHaveLength(1);
  });

  it('joined by "với lại" with no comma, as one joiner', () => {
    expect(splitQuestions('stability ai bị sao với lại deepmind là gì', 3)).toEqual([
      'stability ai bị sao',
      'deepmind là gì',
    ]);
  });

  it('by a bare comma after a piece that closes on what it asks, not before a tag or a comparison', () => {
    expect(splitQuestions('fomo nghĩa là sao, Cahn nói gì về nó', 3)).toHaveLength(2);
    expect(splitQuestions('cahn nói chi tiêu là do fomo, đúng không', 3)).toHaveLength(1);
    expect(splitQuestions('google chi bao nhiêu, nhiều hơn tesla không', 3)).toHaveLength(1);
  });
});

describe('dev-m: hedges', () => {
  it('"at least" names no topic, so a yes/no with it is not declined as naming what the article does not', () => {
    expect(engine.ask('does the article at least say how much tesla spends on ai?').answer).toMatch(/^Yes\b/);
  });
});

describe('padding-m: words around a question', () => {
  it('praise on a line after the question ("\\nbot đỉnh thật sự") relates it to nothing said before', () => {
    expect(engine.ask('google chi bao nhiêu cho ai mỗi quý \nbot đỉnh thật').factId).toBe('google-12b-per-quarter');
  });

  it('laughter of any length is chat, not a name the article does not know', () => {
    expect(engine.ask('hihihi nvidia có lặp lại lịch sử của cisco không').answered).toBe(true);
    expect(engine.ask('kakaka openai lỗ bao nhiêu').factId).toBe('openai-loss-5b');
  });

  it('a line with a "ko" inside that only negates asks nothing, so the lines are not split', () => {
    const raw = 'mình đọc lướt, tiếng anh ko giỏi lắm\nopenai lỗ bao nhiêu';
    expect(withLinesAsked(raw)).toBe(raw);
    expect(engine.ask(raw).factId).toBe('openai-loss-5b');
  });
});
