// Wording from the dev-j blind sets' misses, tested in other words: chat words ("probably", "been crying", "a
// one-liner", "bữa trước", "ko rành", "hum nay"), real synonyms the glossary lacked ("throwing cash at", "swapping",
// "định giá", "kiếm được"), "in the end" as an adverb, and "tới 2026" as "until 2026".
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildFactIndex } from '../../src/engine/fact-index.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { analyzeQuery } from '../../src/engine/query.js';
import { relativePeriods } from '../../src/engine/question-cues.js';
import { splitQuestions } from '../../src/engine/understand/message.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { foldedTokens } from '../../src/text/normalize.js';

const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);
const index = buildFactIndex(kb);
const concepts = (q: string) => [...analyzeQuery(q, index).terms.keys()].filter((term) => term.startsWith('g:'));

describe('dev-j wording', () => {
  it('hedges and feelings around a question are chat words, not unknown subjects', () => {
    expect(
      analyzeQuery('been crying over this wild stuff, need a one-liner: what did musk say', index).unknownWords,
    ).toEqual([]);
    expect(analyzeQuery('probably a dumb q but how much did tesla spend', index).unknownWords).toEqual([]);
    expect(analyzeQuery('my uncle wants the gist of what zuckerberg said on overbuilding', index).unknownWords).toEqual(
      [],
    );
    expect(analyzeQuery('ko rành lắm, hum nay rảnh hỏi cái: tesla chi bao nhiêu cho ai', index).unknownWords).toEqual(
      [],
    );
    expect(analyzeQuery('bữa trước thấy tin nvidia, cổ phiếu nó tăng bao nhiêu %', index).unknownWords).toEqual([]);
  });

  it('"throwing cash at" is spending, "swapping" is replacing, "định giá" a valuation, "kiếm được" revenue', () => {
    expect(engine.ask('why are the big players still throwing cash at ai').factId).toBe('why-giants-keep-investing');
    expect(concepts('swapping low paid workers for costly machines')).toContain('g:automate');
    expect(concepts('hồi năm 2000 người ta định giá cisco bao nhiêu')).toContain('g:market-cap');
    expect(concepts('hồi năm 2000 người ta định giá cisco bao nhiêu')).not.toContain('g:price');
    expect(concepts('cty cong nghe lon kiem duoc bao nhieu tu ai')).toContain('g:revenue');
    expect(concepts('big tech kiếm từ ai nhiều hơn số tiền họ chi không')).toContain('g:revenue');
  });

  it('"in the end" asks what became of a subject, not the article\'s conclusion', () => {
    expect(engine.ask('so what became of inflection ai in the end').factId).toBe('inflection-ai-microsoft');
  });

  it('"tới 2026" after a period is "until 2026", not the next period', () => {
    expect([...relativePeriods(foldedTokens('thu nhap tu ai moi nam toi 2026 la bn'))]).toEqual([]);
    expect([...relativePeriods(foldedTokens('doanh thu năm tới là bao nhiêu'))]).toEqual(['next:year']);
    expect(engine.ask('thu nhap tu ai cua big tech moi nam toi 2026 la bn').factId).toBe('bigtech-ai-revenue-20b');
  });

  it('"the luxury of", "vibes", "fare" and "nói gọn" are plain words', () => {
    expect(engine.ask('can the cloud giants afford the luxury of waiting on ai').factId).toBe('cloud-giants-must-act');
    expect(engine.ask('which 90s company does nvidia give vibes of').factId).toBe('nvidia-cisco-comparison');
    expect(analyzeQuery('how did stability ai fare', index).unknownWords).toEqual([]);
    expect(analyzeQuery('nói gọn thôi: meta tích trữ chip của hãng nào', index).unknownWords).toEqual([]);
  });

  it('"được nhắc tới" and "xuất hiện trong bài" ask how the text mentions a name, not a launch', () => {
    expect(engine.ask('oracle được nhắc tới trong bài thế nào').factId).toBe('nvidia-customers');
    expect(engine.ask('amazon xuất hiện trong bài viết thế nào').factId).toBe('nvidia-customers');
    // "xuất hiện" alone is still a launch.
    expect(engine.ask('chatgpt xuất hiện khi nào').factId).toBe('chatgpt-launch-date');
  });

  it('", mà …" joins two questions, and a clause ending in "chưa" asks (has it … yet?)', () => {
    expect(splitQuestions('tesla chi bao nhiêu cho ai quý này, mà musk nói gì về chip nvidia', 3)).toEqual([
      'tesla chi bao nhiêu cho ai quý này',
      'musk nói gì về chip nvidia',
    ]);
    expect(splitQuestions('nvidia chiếm bao nhiêu thị phần đào tạo, với lại cisco từng vượt 85% chưa', 3)).toHaveLength(
      2,
    );
    // A statement before "mà" asks nothing: no split.
    expect(splitQuestions('ai chưa có lãi, mà sao họ vẫn đổ tiền', 3)).toHaveLength(1);
  });

  it('OpenAI\'s operating costs are an estimate: "ước tính" / "estimated" asks them, not another attribute', () => {
    expect(engine.ask('uoc tinh tong chi phi openai nam 2024 la bao nhieu').factId).toBe('openai-operating-costs');
    expect(engine.ask("openai's estimated total spend to keep running this year").factId).toBe(
      'openai-operating-costs',
    );
  });

  it('the price of a thing is an attribute the article never gives (a valuation, a share price or a sale is another)', () => {
    expect(engine.ask('một con gpu nvidia giá bao nhiêu').answered).toBe(false);
    expect(engine.ask("what's the price of one nvidia chip").answered).toBe(false);
    // "định giá", "đáng giá": a valuation, which the article gives for Cisco.
    expect(engine.ask('hồi 2000 cisco đáng giá bao nhiêu').factId).toBe('cisco-2000-most-valuable');
  });

  it('OpenAI\'s "whole bill" is its total operating cost, not one line of it', () => {
    expect(engine.ask("how big is openai's whole bill this year").factId).toBe('openai-operating-costs');
  });

  it("Silicon Valley is what Altman's quote is about, not a name it merely lists", () => {
    expect(engine.ask('which founder called his firm the most capital-hungry in silicon valley history').factId).toBe(
      'altman-capital-intensive',
    );
  });
});
