// Wording from the dev-i blind sets' misses, tested in other words: chat slang and abbreviations ("ppl", "team green",
// "buildout", "chảy vào túi ai"), follow-ups ("source on that", "why not …", "ông đó", "trong mấy tháng", "vậy có hơn
// X không") and how a follow-up is resolved against the answer before it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildFactIndex } from '../../src/engine/fact-index.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { analyzeQuery } from '../../src/engine/query.js';
import { answerKinds } from '../../src/engine/question-cues.js';
import { followUpKind } from '../../src/engine/understand/follow-up.js';
import type { ConversationTurn } from '../../src/engine/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);
const index = buildFactIndex(kb);

/** Asks the questions in turn, each with the turns before it as context. */
function converse(...questions: string[]): ConversationTurn[] {
  const turns: ConversationTurn[] = [];
  for (const question of questions) turns.push({ question, reply: engine.ask(question, { conversation: [...turns] }) });
  return turns;
}

const kind = (q: string, names = false) => followUpKind(normalizeForMatch(q), () => names, q);

describe('dev-i wording', () => {
  it('chat spellings and nicknames are plain words: "ppl", "team green", "buildout"', () => {
    expect(analyzeQuery('how many ppl could ai put out of work', index).unknownWords).toEqual([]);
    expect(analyzeQuery('team green grip on datacenter acceleration', index).subjects).toContain('nvidia');
    expect(engine.ask('how large will the datacenter buildout get according to covello').factId).toBe(
      'covello-1-trillion',
    );
  });

  it('"a hard time", "pull from", "metaphor" are struggling, earning and the analogy', () => {
    expect(engine.ask('is openai alone in having a rough time').factId).toBe('openai-not-alone');
    expect(engine.ask('what will the tech giants pull from ai per year come 2026').factId).toBe(
      'bigtech-ai-revenue-20b',
    );
    expect(engine.ask('explain the gold rush metaphor').answered).toBe(true);
  });

  it('"past tech changes" are tech changes', () => {
    expect(engine.ask('how does covello contrast ai with past tech changes').factId).toBe('covello-expensive-tech');
  });

  it('Vietnamese "chảy vào túi ai", "làm chức gì" and "quay lại …" are what is paid, who, and steering', () => {
    expect(engine.ask('vốn AI của tesla quý này chảy vào túi ai').factId).toBe('tesla-600m-capex');
    expect(engine.ask('kathleen brooks làm chức gì').factId).toBe('brooks-ai-returns-unclear');
    expect(analyzeQuery('quay lại chuyện thị phần đào tạo ai của nvidia', index).unknownWords).toEqual([]);
  });

  it('how much a person named in several words made is earnings the article does not give', () => {
    expect(engine.ask('how much money did samuel brannan make').answered).toBe(false);
    expect(engine.ask('what did levi s make for gold miners').factId).toBe('gold-rush-history');
  });

  it('reads "source on that", "why not …", "như vậy", "ông đó", "mấy tháng", "on what mainly" as follow-ups', () => {
    expect(kind('source on this?')).toBe('source');
    expect(kind('but why not wait a bit')).toBe('why');
    expect(kind('why not wait for nvidia', true)).toBeUndefined();
    expect(kind('vì sao họ lại làm như thế')).toBe('why');
    expect(kind('ông đó là ai')).toBe('reference');
    expect(kind('trong mấy tháng')).toBe('reference');
    expect(kind('over how many years')).toBe('reference');
    expect(kind('within how long')).toBe('reference');
    expect(kind('for what mainly')).toBe('reference');
    expect(kind('is that bigger than what microsoft spent on ai last quarter', true)).toBe('ellipsis');
    expect(kind('thế có hơn meta không', true)).toBe('ellipsis');
  });

  it('"sao X lại Y" asks why, wherever "sao" stands; "ra sao" does not', () => {
    const kinds = (q: string) => answerKinds(normalizeForMatch(q).split(' '));
    expect(kinds('ủa mà sao nvidia lại tăng mạnh thế').has('reason')).toBe(true);
    expect(kinds('sau đó nvidia ra sao, có lại tăng không').has('reason')).toBe(false);
  });

  it('"it" after an answer about a company is that company, not another one its fact names', () => {
    const turns = converse('which startups crashed', 'what about the character one', 'who started them');
    expect(turns[1]?.reply.factId).toBe('character-ai-sale');
    expect(turns[2]?.reply.factId).toBe('character-ai-sale');
  });

  it('"why" after a follow-up that named nothing is asked with the answer’s subject', () => {
    const turns = converse('does openai have to raise more cash', 'how long do they have', 'why is that');
    expect(turns[1]?.reply.factId).toBe('openai-needs-cash');
    expect(['openai-loss-5b', 'openai-needs-cash', 'openai-operating-costs']).toContain(turns[2]?.reply.factId);
  });

  it('an ellipsis ending in "bao nhiêu" puts the subject before it, where it is no counted noun', () => {
    const turns = converse('phố wall dự báo big tech chi bao nhiêu cho mô hình ai mỗi năm', 'còn kiếm được bao nhiêu');
    expect(turns[0]?.reply.factId).toBe('bigtech-ai-spend-60b');
    expect(turns[1]?.reply.factId).toBe('bigtech-ai-revenue-20b');
  });

  it('"ổng", "bả", "của họ", "tiền đó", "how much of that", "… như vậy" point back, even in longer questions', () => {
    expect(kind('bả làm ở công ty nào')).toBe('reference');
    expect(kind('rốt cuộc thì ổng đã nói những gì trong cuộc gọi đó')).toBe('reference');
    expect(kind('vậy năm nay doanh thu của họ dự kiến là khoảng bao nhiêu tiền vậy')).toBe('reference');
    expect(kind('tiền đó đi đâu')).toBe('reference');
    expect(kind('and how much of that went on salaries and on training combined')).toBe('reference');
    expect(kind('sao lại làm như vậy')).toBe('why');
  });

  it('"cty của ổng" reads the person in place: his company', () => {
    const turns = converse('sam altman gọi openai là gì', 'năm nay cty của ổng lỗ mấy tỷ');
    expect(turns[1]?.reply.factId).toBe('openai-loss-5b');
    expect(engine.ask('năm nay cty của ổng lỗ mấy tỷ').kind).toBe('clarify');
  });

  it('"they", "họ" after a person are the person’s organisation', () => {
    expect(
      converse('elon musk said what on the call', 'how much did they put into ai this quarter')[1]?.reply.factId,
    ).toBe('tesla-600m-capex');
    expect(converse('sam altman nói openai là gì', 'tiền lương nhân viên của họ bao nhiêu')[1]?.reply.factId).toBe(
      'openai-labour-cost',
    );
  });

  it('"since then …", "từ đó …", "back then" point at the previous answer’s time', () => {
    expect(kind('since then how much has the stock gained')).toBe('reference');
    expect(kind('từ đó đến nay đã bao lâu')).toBe('reference');
    expect(kind('who got wealthy back then')).toBe('reference');
    expect(kind('what did cisco sell back then', true)).toBeUndefined();
  });
});
