// Wording from the dev-k blind comparison and conversation sets' misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);

describe('dev-k attributes', () => {
  it("a company's share price move is given only by a fact with a stock figure", () => {
    expect(engine.ask('how far did tesla stock rise this year').answered).toBe(false);
    expect(engine.ask('cổ phiếu của tesla tăng bao nhiêu %').answered).toBe(false);
    expect(engine.ask('how far have nvidia shares risen since chatgpt').factId).toBe('nvidia-stock-600-percent');
  });

  it('what a company earns is not answered by what it spends or by an earnings season', () => {
    expect(engine.ask('what does google really earn from ai').answered).toBe(false);
    expect(engine.ask('how much money does google rake in from ai').answered).toBe(false);
    expect(engine.ask('what does google make from ai').answered).toBe(false);
    // Without an auxiliary ("what X earns from"), inside a longer message or a comparison side.
    expect(engine.ask('tell me what google really earns from ai').answered).toBe(false);
    const sides = engine.ask("tesla's ai spend vs what tesla earns from it").parts;
    expect(sides?.map((p) => p.factId)).toEqual(['tesla-600m-capex', null]);
    expect(engine.ask('how much will the big tech firms earn from ai in 2026').factId).toBe('bigtech-ai-revenue-20b');
  });
});

describe('dev-k comparisons', () => {
  const sides = (q: string) => engine.ask(q).parts?.map((p) => p.factId);

  it('"is A bigger than B" over two figures of one measure compares them, and the comparison is the verdict', () => {
    const reply = engine.ask("was cisco's router share higher than nvidia's share of ai training?");
    expect(reply.kind).toBe('comparison');
    expect(sides("was cisco's router share higher than nvidia's share of ai training?")).toEqual([
      'cisco-market-share',
      'nvidia-95-percent-training',
    ]);
    expect(reply.answer.startsWith('No: ')).toBe(true);
    expect(engine.ask("is google's quarterly ai budget smaller than tesla's").answer.startsWith('No: ')).toBe(true);
  });

  it('"does A spend more on X than B" with a subject on each side is two sides, not one of them', () => {
    expect(sides('does openai pay more for training than tesla put into ai this quarter')).toEqual([
      'openai-training-cost',
      'tesla-600m-capex',
    ]);
  });

  it('a yes/no "more … than" the whole message answers keeps its verdict', () => {
    const reply = engine.ask('is big tech earning more from ai than it is spending on it');
    expect(reply.kind).toBe('fact');
    expect(reply.answer.startsWith('No: ')).toBe(true);
  });
});

describe('dev-k conversations', () => {
  const after = (first: string, next: string) =>
    engine.ask(next, { conversation: [{ question: first, reply: engine.ask(first) }] });

  it('asking the last figure in another currency repeats it: the article gives US dollars only', () => {
    expect(after('how much did tesla pay for ai this quarter', 'how much is that in euros').factId).toBe(
      'tesla-600m-capex',
    );
    expect(after('openai lỗ bao nhiêu năm nay', 'tính ra tiền việt là bao nhiêu').factId).toBe('openai-loss-5b');
    expect(engine.ask('tính ra tiền việt là bao nhiêu').answered).toBe(false);
  });

  const chat = (...turns: string[]) => {
    const conversation: { question: string; reply: ReturnType<typeof engine.ask> }[] = [];
    for (const question of turns) conversation.push({ question, reply: engine.ask(question, { conversation }) });
    return conversation.at(-1)?.reply;
  };

  it('"where\'s that from", "who predicted that", "ai dự báo vậy" ask the last answer\'s source', () => {
    expect(chat('how many jobs could ai automate', "where's that from")?.factId).toBe('goldman-300m-jobs');
    expect(chat('how much will big tech spend on ai models in 2026', 'who predicted that')?.factId).toBe(
      'bigtech-ai-spend-60b',
    );
    expect(chat('tesla chi bao nhiêu cho AI quý này', 'ai dự báo vậy')?.factId).toBe('tesla-600m-capex');
  });

  it('a laugh around "who said that" or "why" does not make it small talk', () => {
    expect(chat('what does ai need to earn a year to pay for the chips', 'who said that haha')?.factId).toBe(
      'cahn-600b-revenue',
    );
  });

  it('"again" is chat: "who was he again" asks about the person', () => {
    expect(engine.ask('who was jim covello again').factId).toBe('covello-1-trillion');
  });

  it('a why closed by "then" asks the reason of the last answer', () => {
    expect(chat('did pichai say google overspent on ai', 'so why keep investing then')?.factId).toBe(
      'pichai-underinvestment-risk',
    );
    expect(chat('what did zuckerberg admit about overbuilding', 'so why keep pouring money in then')?.factId).toBe(
      'zuckerberg-10-15-years',
    );
  });

  it('"and X?" after a source or currency follow-up reuses the question before it', () => {
    expect(chat('what did pichai concede about overspending', 'source?', 'what about zuckerberg')?.factId).toBe(
      'zuckerberg-overinvestment',
    );
  });
});
