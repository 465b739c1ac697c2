// Requests that are not about one fact, in the wordings the blind dev-j set found missing (asserted in other words).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const reply = (q: string) => engine.ask(q);

describe('intents (dev-j)', () => {
  it('reads what the bot is capable of, and plural "sorts of questions", as help', () => {
    expect(reply('so what r ur capabilities exactly').kind).toBe('help');
    expect(reply('which sorts of questions can u take').kind).toBe('help');
  });

  it('reads the publication date asked with "what date"/"which day" as the source', () => {
    const r = reply('what date did this go up');
    expect(r.kind).toBe('source');
    expect(r.factId).toBe('article-origin');
  });

  it('reads a recommendation to buy asked of the article as the disclaimer', () => {
    const r = reply('is the piece telling readers to buy chip stocks?');
    expect(r.kind).toBe('source');
    expect(r.factId).toBe('article-disclaimer');
  });

  it('reads "tóm lại/nói chung bài … nói gì" as the summary, the outlet asked as the source', () => {
    expect(reply('nói chung bài viết nói về gì').kind).toBe('summary');
    expect(reply('bai viet nay cua trang nao vay').kind).toBe('source');
  });

  it('reads "bot còn sống không" as small talk', () => {
    expect(reply('ban con song khong day').kind).toBe('smalltalk');
  });
});
