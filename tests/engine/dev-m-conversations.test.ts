// Wording from the dev-m blind conversation set's misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import type { ConversationTurn } from '../../src/engine/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));

/** Asks each question with the earlier turns as context; the replies in order. */
function converse(...questions: string[]) {
  const conversation: ConversationTurn[] = [];
  return questions.map((question) => {
    const reply = engine.ask(question, { conversation: [...conversation] });
    conversation.push({ question, reply });
    return reply;
  });
}

describe('dev-m: a subject related to what was just said', () => {
  it('"how does X fit into that" is asked with the last question\'s words, of X', () => {
    const [, pichai] = converse(
      'did zuckerberg admit meta may be overinvesting in ai',
      'how does pichai fit into that',
    );
    expect(pichai?.factId).toMatch(/^pichai-/);
    const [, cahn] = converse('what is fomo', 'what does david cahn have to do with it');
    expect(cahn?.factId).toBe('cahn-game-theory-fomo');
  });

  it('the last question that asked something of its own is the one related to, not a follow-up of it', () => {
    const replies = converse('norvig là ai vậy', 'ông ấy nói gì', 'vậy nvidia có dính cái đó không');
    expect(replies[2]?.factId).toBe('norvig-50-percent');
  });

  it('with nothing said before, "that" is asked about', () => {
    expect(engine.ask('how does tesla fit into that').kind).toBe('clarify');
  });

  it('"how does X relate to Y" asks what the article says of both', () => {
    expect(engine.ask('how does nvidia relate to the gold rush').factId).toBe('nvidia-shovel-seller');
  });
});

describe('dev-m: follow-ups and precision', () => {
  it('"where did that figure come from" asks the last answer\'s source', () => {
    const [, source] = converse('how much will openai lose this year', 'where did that figure come from');
    expect(source?.factId).toBe('openai-loss-5b');
  });

  it('"chính xác" (exactly) insists on precision and "hôm nào" asks a day', () => {
    expect(engine.ask('chatgpt ra mắt chính xác là hôm nào vậy').factId).toBe('chatgpt-launch-date');
  });
});
