// A share asked of two amounts ("what percent of X is Y", "Y chiếm bao nhiêu phần trăm X"): each side from its own
// fact, then the part as a percent of the whole.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { asksShare, comparisonSides } from '../../src/engine/understand/comparison.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));

describe('a share asked', () => {
  it('is read in both languages, with or without diacritics, and not in a plain how-much', () => {
    expect(asksShare('what percent of the budget is rent')).toBe(true);
    expect(asksShare('how big a chunk is it')).toBe(true);
    expect(asksShare('rent as a share of the budget')).toBe(true);
    expect(asksShare('tiền thuê chiếm bao nhiêu phần trăm ngân sách')).toBe(true);
    expect(asksShare('tien thue chiem may phan ngan sach')).toBe(true);
    expect(asksShare('how much is the rent')).toBe(false);
    expect(asksShare('tien thue bao nhieu')).toBe(false);
  });

  it('finds the part and the whole without a comparison cue, the whole said in another clause too', () => {
    expect(comparisonSides('what percent of the yearly budget goes to rent?')?.sides).toEqual([
      'rent',
      'the yearly budget',
    ]);
    expect(comparisonSides('rent as a share of the yearly budget')?.sides).toEqual(['rent', 'the yearly budget']);
    expect(comparisonSides('tiền thuê chiếm bao nhiêu phần trăm ngân sách năm')?.sides).toEqual([
      'tiền thuê',
      'ngân sách năm',
    ]);
    expect(comparisonSides('ngân sách năm 10 tỷ, riêng tiền thuê chiếm bao nhiêu phần trăm')?.sides).toEqual([
      'riêng tiền thuê',
      'ngân sách năm 10 tỷ',
    ]);
    // With a comparison's cue, the sides lose the words that ask for the share.
    expect(comparisonSides('tiền thuê chiếm bao nhiêu phần trăm so với ngân sách năm')?.sides).toEqual([
      'tiền thuê',
      'ngân sách năm',
    ]);
  });

  it('answers with both facts and the part as a percent of the whole', () => {
    const en = engine.ask("what percent of openai's operating costs is training?");
    expect(en.kind).toBe('comparison');
    expect(en.parts?.map((p) => p.factId)).toEqual(['openai-training-cost', 'openai-operating-costs']);
    expect(en.answer.split('\n').at(-1)).toBe(
      "OpenAI's training cost ($3 billion a year) is about 35% of OpenAI's total operating cost (up to $8.5 billion a year).",
    );
    const vi = engine.ask('chi phí suy luận chiếm bao nhiêu phần trăm tổng chi phí hoạt động của openai');
    expect(vi.answer.split('\n').at(-1)).toMatch(/^Chi phí suy luận của OpenAI \(4 tỷ USD mỗi năm\) chiếm khoảng 47% /);
  });

  it('is no comparison when the sides are not two amounts of one measure: a market share is its own figure', () => {
    const reply = engine.ask('nvidia chiếm bao nhiêu phần trăm thị trường đào tạo ai');
    expect(reply.kind).not.toBe('comparison');
    expect(reply.factId).toBe('nvidia-95-percent-training');
  });
});
