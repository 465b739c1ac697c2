// Wording from the dev-m blind questions set's misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { missingAttributes } from '../../src/engine/understand/attributes.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const missing = (folded: string, factText: string) => missingAttributes(folded, factText, '').map((a) => a.id);

describe('dev-m: pay and lay-offs, which the article gives no figure of', () => {
  it('pay per person is not the wage bill', () => {
    expect(engine.ask('whats the median pay of an openai employee').kind).toBe('declined');
    expect(engine.ask('lương bình quân nhân viên openai bao nhiêu').kind).toBe('declined');
    expect(engine.ask('how much does openai spend on staff').factId).toBe('openai-labour-cost');
  });

  it('a person\'s "lương" is not given by "low-wage jobs"', () => {
    expect(engine.ask('lương của covello mỗi năm là bao nhiêu').kind).toBe('declined');
    expect(missing('luong cua covello', 'cong viec luong thap')).toContain('salary');
  });

  it('"lương" inside another word ("sản lượng", "chất lượng") or of jobs ("lương thấp") asks no pay', () => {
    expect(missing('ai lam san luong kinh te tang bao nhieu', 'san luong kinh te tang 7')).not.toContain('salary');
    expect(missing('thay viec luong beo bang may moc', 'cong viec luong thap')).not.toContain('salary');
  });

  it('how many were laid off is a number of people', () => {
    expect(engine.ask('stability ai sa thải bao nhiêu người').kind).toBe('declined');
    expect(missing('how many staff did stability ai lay off', 'stability ai also had to lay off staff')).toContain(
      'layoff-count',
    );
    expect(engine.ask('did stability ai lay off staff?').factId).toBe('stability-ai-layoffs');
  });
});

describe('dev-m: instructions asked', () => {
  it('how to make or do something is no question the article answers, whatever words it shares', () => {
    expect(engine.ask('how do i wash levis jeans').kind).toBe('declined');
    expect(engine.ask('cách tự làm cái xẻng đào vàng').kind).toBe('declined');
    expect(engine.ask('how does nvidia sell shovels in the ai gold rush').kind).toBe('fact');
  });
});

describe('dev-m: why the text names something, and Vietnamese closings', () => {
  it('why a name is mentioned is answered by the fact that lists it', () => {
    expect(engine.ask('vì sao bài viết lại nhắc tới DeepMind').factId).toBe('inflection-ai-microsoft');
    expect(engine.ask('why does the article bring up oracle').factId).toBe('nvidia-customers');
    expect(engine.ask('tại sao DeepMind được đề cập trong bài').factId).toBe('inflection-ai-microsoft');
  });

  it('"bn" after a yes/no particle is "bạn" (you), not "bao nhiêu"', () => {
    expect(engine.ask('openai có lỗ không bn').answer).toMatch(/^Có:/);
    expect(engine.ask('nvidia co phai bong bong ko bn').kind).toBe('fact');
  });

  it('where the article was taken from asks its source, with or without an earlier answer', () => {
    expect(engine.ask('bai nay dich tu dau').factId).toBe('article-origin');
    const first = engine.ask('tesla chi bao nhiêu cho ai');
    const reply = engine.ask('bai viet nay lay tu nguon nao vay', {
      conversation: [{ question: 'tesla chi bao nhiêu cho ai', reply: first }],
    });
    expect(reply.factId).toBe('article-origin');
  });
});

describe('dev-m: likenesses and outcomes compared', () => {
  it('"giống nhau ở điểm nào" and "kết cục khác nhau" compare', () => {
    expect(engine.ask('stability ai với inflection ai kết cục khác nhau thế nào').kind).toBe('comparison');
    expect(engine.ask('cisco và nvidia giống nhau ở điểm nào').answered).toBe(true);
  });
});
