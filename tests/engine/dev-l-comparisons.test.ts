// Wording from the dev-l blind comparison and conversation sets' misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);
const sides = (q: string) => engine.ask(q).parts?.map((p) => p.factId);

describe('dev-l comparison shapes', () => {
  it('"compared w/" is "compared with"', () => {
    expect(sides("nvidia's training share compared w/ cisco's switch share")).toEqual([
      'nvidia-95-percent-training',
      'cisco-market-share',
    ]);
  });

  it('"put A next to B" sets two sides side by side', () => {
    expect(sides("can u put google's quarterly ai bill next to tesla's")).toEqual([
      'google-12b-per-quarter',
      'tesla-600m-capex',
    ]);
    expect(engine.ask("can u put google's quarterly ai bill next to tesla's").answer.startsWith('Yes')).toBe(false);
  });

  it('"between A and B, which …" compares A and B', () => {
    expect(sides("between openai's staff costs and its training costs, which is higher")).toEqual([
      'openai-labour-cost',
      'openai-training-cost',
    ]);
  });

  it('"A thua/kém B bao nhiêu" asks how far A falls short of B', () => {
    expect(sides('chi phí lao động của openai thua chi phí đào tạo bao nhiêu')).toEqual([
      'openai-labour-cost',
      'openai-training-cost',
    ]);
  });

  it('"mỗi bên" and "khác nhau chỗ nào" ask about each side', () => {
    expect(sides('character ai với stability ai, mỗi bên ra sao')).toEqual([
      'character-ai-sale',
      'stability-ai-layoffs',
    ]);
    expect(engine.ask('character ai với stability ai, mỗi bên ra sao').kind).toBe('comparison');
  });
});

describe('dev-l conversations', () => {
  const after = (first: string, next: string) =>
    engine.ask(next, { conversation: [{ question: first, reply: engine.ask(first) }] });
  const alone = (q: string) => engine.ask(q).answered;

  it('"that cash/budget/bill" points at the figure just given', () => {
    expect(after('how much does tesla spend on ai this quarter', 'who receives the bulk of that capex').factId).toBe(
      'tesla-600m-capex',
    );
    expect(alone('who receives the bulk of that capex')).toBe(false);
  });

  it('"what paragraph is that", "đoạn nào nói vậy", "thông tin đó ai đưa ra" ask where the last answer is from', () => {
    expect(after("how big is nvidia's share of ai training", 'what paragraph is that').factId).toBe(
      'nvidia-95-percent-training',
    );
    expect(after('openai lỗ bao nhiêu năm nay', 'đoạn nào nói vậy').factId).toBe('openai-loss-5b');
    expect(after('openai lỗ bao nhiêu năm nay', 'thông tin đó ai đưa ra vậy').factId).toBe('openai-loss-5b');
    expect(alone('what paragraph is that')).toBe(false);
  });

  it('"is that a lot?", "vậy có nhiều không" ask about the figure just given', () => {
    expect(after('how much did google put into ai each quarter', 'is that a lot?').factId).toBe(
      'google-12b-per-quarter',
    );
    expect(after('tesla chi bao nhiêu cho AI quý này', 'vậy có nhiều không').factId).toBe('tesla-600m-capex');
    expect(alone('is that a lot?')).toBe(false);
  });

  it('a bare "which year", "over what period", "per what", "trong vòng bao lâu" asks the last question again', () => {
    expect(after('what was cisco worth at its peak', 'in which year?').factId).toBe('cisco-2000-most-valuable');
    expect(after('how much will ai infrastructure cost according to covello', 'over what period?').factId).toBe(
      'covello-1-trillion',
    );
    expect(after('how much does google invest in ai', 'per what, a year or a quarter?').factId).toBe(
      'google-12b-per-quarter',
    );
    expect(alone('per what, a year or a quarter?')).toBe(false);
    expect(alone('in which year?')).toBe(false);
    expect(alone('trong vòng bao lâu')).toBe(false);
  });

  it('"mainly on what?" is "on what?"; "đổi ra vnd là nhiêu" asks the currency', () => {
    expect(after('what did sundar pichai admit about overspending', 'mainly on what?').factId).toBe(
      'pichai-overspending',
    );
    expect(after('google chi bao nhiêu cho AI mỗi quý', 'đổi ra vnd là nhiêu').factId).toBe('google-12b-per-quarter');
  });

  it('"ong ay ban cai gi" (what did he sell) points at the person, not at the bot', () => {
    expect(after('ai là người giàu nhất california thời đào vàng', 'ong ay ban cai gi').factId).toBe(
      'gold-rush-history',
    );
  });
});

describe('dev-l conversations (pointers)', () => {
  const after = (first: string, next: string) =>
    engine.ask(next, { conversation: [{ question: first, reply: engine.ask(first) }] });

  it('"that one" points at the thing just answered', () => {
    expect(after('what happened to inflection ai', 'who founded that one').factId).toBe('inflection-ai-microsoft');
    expect(engine.ask('who founded that one').answered).toBe(false);
  });

  it('"back then", "hồi đó" point at the time of the last answer, not at its subject', () => {
    expect(after('why is nvidia likened to a shovel seller', 'who made jeans back then').factId).toBe(
      'gold-rush-history',
    );
    expect(after('nvidia được ví như người bán xẻng là sao', 'hồi đó ai mở ngân hàng').factId).toBe(
      'gold-rush-history',
    );
    expect(engine.ask('who made jeans back then').answered).toBe(false);
  });
});

describe('dev-l words', () => {
  const after = (first: string, next: string) =>
    engine.ask(next, { conversation: [{ question: first, reply: engine.ask(first) }] });

  it('"src" is "source", alone or after an answer', () => {
    expect(engine.ask('src on the 555b cisco number?').factId).toBe('cisco-2000-most-valuable');
    expect(after("what was cisco's market cap in 2000", 'src pls').factId).toBe('cisco-2000-most-valuable');
  });

  it('"sống tiếp", "trụ được" are "tồn tại" (survive)', () => {
    expect(engine.ask('openai cần làm gì để trụ được').factId).toBe('openai-needs-cash');
    expect(engine.ask('muốn sống tiếp thì openai phải làm gì').factId).toBe('openai-needs-cash');
  });

  it('"what does X think", "X nghĩ gì" ask the view X gave', () => {
    expect(engine.ask('what does cahn think about pouring money into ai').factId).toBe('cahn-game-theory-fomo');
    expect(engine.ask('cahn nghĩ gì về việc đổ tiền vào AI').factId).toBe('cahn-game-theory-fomo');
  });

  it('"burning on" (money) is spending: a company without a spending figure is a side the article does not give', () => {
    expect(sides("microsoft vs google, who's burning on ai the most")).toEqual([null, 'google-12b-per-quarter']);
  });
});
