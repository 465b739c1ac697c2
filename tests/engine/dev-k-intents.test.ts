// Requests that are not about one fact, in the wordings the blind dev-k set found missing (asserted in other words).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const reply = (q: string) => engine.ask(q);

describe('intents (dev-k)', () => {
  it('reads thanks typed with a letter held down as small talk', () => {
    expect(reply('cam on ban nhieuuuu nhaaa').kind).toBe('smalltalk');
  });

  it('reads "whats up", "im out" and "a human or an ai?" as small talk', () => {
    expect(reply('whats up bot').kind).toBe('smalltalk');
    expect(reply('ok im out').kind).toBe('smalltalk');
    expect(reply('r u a human or an ai').kind).toBe('smalltalk');
  });

  it('reads the Vietnamese "hế lô" and "khỏe hông" as small talk, not a follow-up about "he"', () => {
    expect(reply('hế lô').kind).toBe('smalltalk');
    expect(reply('bot khoe hong').kind).toBe('smalltalk');
  });

  it('reads "boil the article down" as the summary', () => {
    expect(reply('pls boil this piece down for me').kind).toBe('summary');
  });

  it('reads "how do i actually use this" and "em hỏi bot dc những gì thế" as help', () => {
    expect(reply('how can i actually use this').kind).toBe('help');
    expect(reply('em hỏi bot dc những gì thế').kind).toBe('help');
  });

  it('reads "ra tháng mấy" and "dịch từ tiếng nào" of the article as its origin', () => {
    expect(reply('bài viết ra tháng mấy thế').factId).toBe('article-origin');
    expect(reply('bai nay chuyen ngu tu tieng nao').factId).toBe('article-origin');
  });

  it('answers advice asked with the disclaimer, whatever the other words rank', () => {
    expect(reply('should we go all in on nvidia after this').factId).toBe('article-disclaimer');
    expect(reply('all in tesla dc ko mn').factId).toBe('article-disclaimer');
  });
});
