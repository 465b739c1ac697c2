// Wording from the dev-l blind intents set's misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const kindOf = (q: string) => engine.ask(q).kind;

describe('dev-l small talk', () => {
  it('a greeting or a goodnight to the room ("mọi người", "cả nhà") is small talk', () => {
    expect(kindOf('chào buổi sáng cả nhà')).toBe('smalltalk');
    expect(kindOf('tối rồi, ngủ ngon mọi người nha')).toBe('smalltalk');
    expect(kindOf('hello các bạn')).toBe('smalltalk');
  });

  it('"a person or a machine?" asked of the bot in Vietnamese, with the chat "m" for "you", is small talk', () => {
    expect(kindOf('bạn là máy hay người thế')).toBe('smalltalk');
    expect(kindOf('m là bot à')).toBe('smalltalk');
    expect(kindOf('m la ai z')).toBe('smalltalk');
  });
});

describe('dev-l summary', () => {
  it('the article in one sentence, or retold roughly because it is too long, is the summary', () => {
    expect(kindOf('sum the piece up in a single sentence pls')).toBe('summary');
    expect(kindOf('explain this article in a sentence or two')).toBe('summary');
    expect(kindOf('bài dài quá, lười đọc, nói sơ qua giúp')).toBe('summary');
    expect(kindOf('kể lại sơ sơ nội dung cho mình với')).toBe('summary');
  });

  it('a sentence about a subject is still a question about it', () => {
    expect(engine.ask('in one sentence, why does nvidia remind people of cisco').kind).toBe('fact');
  });
});
