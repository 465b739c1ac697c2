// Wording from the dev-l blind questions set's misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const factOf = (q: string) => engine.ask(q).factId;
const answered = (q: string) => engine.ask(q).answered;

describe('dev-l wording', () => {
  it('why the writer brings up or quotes someone asks about the content, not who wrote it', () => {
    expect(factOf("why did the author bring up levi's")).toBe('gold-rush-history');
    expect(factOf('why does the writer quote david cahn')).toBe('cahn-game-theory-fomo');
  });

  it('"the one who runs X" describes a person; it does not ask who the chief executive is', () => {
    expect(factOf('what did the woman who runs research at xtb say')).toBe('brooks-ai-returns-unclear');
    expect(factOf('what has the man who runs tesla said on the call')).toBe('musk-no-choice');
  });

  it('a "bust" is the bubble bursting', () => {
    expect(engine.ask('what happened to cisco in the dot com bust').confidence).toBeGreaterThan(0.9);
    expect(factOf('what happened to cisco in the dot com bust')).toBe('cisco-bubble-burst');
  });

  it('the electric car company and "this qtr" name Tesla and the quarter', () => {
    expect(factOf('how much is the electric vehicle maker spending on ai')).toBe('tesla-600m-capex');
    expect(engine.ask('google ai spend per qtr').confidence).toBeGreaterThan(0.9);
    expect(answered('tesla ai capex last qtr')).toBe(false);
  });

  it('"bao nhiêu vô" (colloquial "vào") asks an amount, not a count', () => {
    expect(factOf('tesla rót bao nhiêu vô ai quý này')).toBe('tesla-600m-capex');
  });

  it('the end of the article ("đoạn kết", "đoạn cuối") is its conclusion', () => {
    expect(factOf('đoạn kết nói gì về ai sẽ thống trị')).toBe('tech-power-struggle');
    expect(factOf('đoạn cuối bài nói gì về các gã khổng lồ công nghệ')).toBe('tech-power-struggle');
  });
});

describe('dev-l glossary', () => {
  it('"đầu tư ít quá" / "đầu tư quá ít" is under-investing and "đầu tư lố" over-investing', () => {
    expect(factOf('ai bảo đầu tư ít quá còn nguy hiểm hơn đầu tư lố')).toBe('pichai-underinvestment-risk');
    expect(factOf('google sợ đầu tư quá ít hơn hay sợ đầu tư lố hơn')).toBe('pichai-underinvestment-risk');
  });
});

describe('dev-l attributes', () => {
  it('"hôm nay" (today) beside a quantity asks for a figure of today', () => {
    expect(answered('cổ phiếu nvidia hôm nay tăng bao nhiêu')).toBe(false);
    expect(answered('hôm nay google chi bao nhiêu cho AI')).toBe(false);
  });

  it('"kiếm lời / làm lời bao nhiêu" asks a profit, which a spending figure does not give', () => {
    expect(answered('google kiếm lời bao nhiêu từ AI')).toBe(false);
    expect(answered('openai làm lời được bao nhiêu')).toBe(false);
    // How it profits is not how much.
    expect(factOf('nvidia kiếm lời bằng cách nào')).toBe('nvidia-shovel-seller');
  });

  it('a share price is given only by a price per share, not by a fact that names the stock', () => {
    expect(answered("what is nvidia's share price")).toBe(false);
    expect(answered('giá cổ phiếu nvidia là bao nhiêu')).toBe(false);
    // How far it moved, how it did next to others or what drove it is not a price level.
    expect(factOf("how did nvidia's share price do against google")).toBe('nvidia-stock-600-percent');
    expect(factOf("what pushed nvidia's stock price so high")).toBe('nvidia-customers');
  });

  it('"current" or "how big … now" beside a quantity asks a figure of today', () => {
    expect(answered("what's cisco's current market cap")).toBe(false);
    expect(answered('how big is openai now')).toBe(false);
  });

  it('a product or brand to pick is shopping advice the article does not give', () => {
    expect(answered('top jeans brands for miners?')).toBe(false);
    expect(answered('quần jean hãng nào tốt vậy')).toBe(false);
    expect(answered('best shovel to buy for digging in my yard')).toBe(false);
    expect(factOf('who made jeans for the gold miners')).toBe('gold-rush-history');
  });
});
