// Wording from the dev-m blind intents set's misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const kindOf = (q: string) => engine.ask(q).kind;

describe('dev-m: whether to act, asked of the article', () => {
  it('"should i buy … now" gets the disclaimer, with no Yes or No and no decline for "now"', () => {
    for (const q of [
      'should i sell my nvidia shares right now?',
      'giờ có nên gom cổ phiếu nvidia không',
      'đọc bài này xong có nên xúc nvda ko',
    ]) {
      const reply = engine.ask(q);
      expect(reply.factId, q).toBe('article-disclaimer');
      expect(reply.answer, q).not.toMatch(/^(?:Yes|No|Có|Không)\b/);
    }
  });

  it('a claim that the article is advice keeps its "No"', () => {
    expect(engine.ask('is this piece financial advice?').answer).toMatch(/^No\b/);
  });
});

describe('dev-m: the source', () => {
  it('"what date is the article from" and "is this a translation" ask the source', () => {
    expect(engine.ask('what day is this piece from').factId).toBe('article-origin');
    expect(engine.ask('was this article a translation or the original?').factId).toBe('article-origin');
    expect(engine.ask('what language was this originally in').factId).toBe('article-origin');
  });
});

describe('dev-m: help, summary and small talk', () => {
  it('what one may ask, with words after it ("here", "về bài này"), is help', () => {
    expect(kindOf('what kinda questions do u take here')).toBe('help');
    expect(kindOf('tui hỏi bot được những gì về bài này')).toBe('help');
  });

  it('the main argument, or a length asked ("3 lines max"), is the summary; "nd chính" is "nội dung chính"', () => {
    expect(kindOf('whats the core argument, 3 lines max')).toBe('summary');
    expect(kindOf('nd chinh bai nay la gi vay')).toBe('summary');
  });

  it("a person's argument, view or opinion is what that person said, whichever of their views ranks first", () => {
    expect(engine.ask("what is cahn's argument").factId).toMatch(/^cahn-/);
    expect(engine.ask("covello's view").factId).toMatch(/^covello-/);
    expect(engine.ask('what does covello think').factId).toMatch(/^covello-/);
    expect(engine.ask('what does zuckerberg think about apple').kind).toBe('declined');
  });

  it('thanks with a word between, which model the bot is, and who made it are small talk', () => {
    expect(kindOf('thank you, that really helped me')).toBe('smalltalk');
    expect(kindOf('wait, which model are you?')).toBe('smalltalk');
    expect(kindOf('who built you?')).toBe('smalltalk');
    expect(kindOf('con bot nay ai tao ra vay')).toBe('smalltalk');
  });

  it('who made a product the article names is still a question about it', () => {
    expect(kindOf('chatgpt do ai tao ra')).not.toBe('smalltalk');
  });
});
