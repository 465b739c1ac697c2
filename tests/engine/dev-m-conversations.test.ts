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

describe('dev-m: short follow-ups', () => {
  it('"in X specifically?" narrows the last question to X', () => {
    const [, narrowed] = converse('what is nvidias market share', 'for ai training only?');
    expect(narrowed?.factId).toBe('nvidia-95-percent-training');
    expect(engine.ask('in training specifically?').kind).toBe('clarify');
  });

  it('"the exact words?", "nguyên văn?" ask the last answer\'s quote', () => {
    const [first, quote] = converse('what did pichai say about overspending', 'the exact words?');
    expect(quote?.factId).toBe(first?.factId);
    const [, vi] = converse('zuckerberg nói gì về đầu tư quá mức', 'nguyên văn là gì');
    expect(vi?.factId).toBe('zuckerberg-overinvestment');
  });

  it('"per year or in total?" and "over what horizon" ask about the last answer', () => {
    const [, period] = converse('how much does big tech spend on ai by 2026', 'total or per year?');
    expect(period?.factId).toBe('bigtech-ai-spend-60b');
    expect(engine.ask('over what horizon').kind).toBe('clarify');
  });

  it('"đổi ra tiền việt được bao nhiêu" asks the last figure in dong', () => {
    const [, dong] = converse('google chi bao nhiêu cho ai mỗi quý', 'đổi sang tiền việt được bao nhiêu');
    expect(dong?.factId).toBe('google-12b-per-quarter');
  });
});
