// Vietnamese typed without diacritics gets the reply it gets with them: found by asking every dev question that has
// diacritics again without them (a probe over the dev sets; each asserted here in other wording).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildFactIndex } from '../../src/engine/fact-index.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { analyzeQuery } from '../../src/engine/query.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);
const index = buildFactIndex(kb);
const answer = (q: string) => engine.ask(q).answer;

describe('Vietnamese without diacritics', () => {
  it('finds a syllable of a word only in that word, not where other letters fold the same ("ra doi" is not "doi lai")', () => {
    expect(answer('chatgpt ra đời trên 600 ngày rồi đúng ko')).toMatch(/^Có: /);
    expect(answer('chatgpt ra doi tren 600 ngay roi dung ko')).toMatch(/^Có: /);
    // A negation the question makes still counts.
    expect(answer('chatgpt ra doi chua toi 600 ngay dung ko')).toMatch(/^Không: /);
  });
});

describe('Vietnamese without diacritics: what the fact says as written', () => {
  it('reads "chỉ" (only) in the fact as written, so a claim of more is answered no without diacritics too', () => {
    expect(answer('doanh thu AI của big tech có vượt qua số tiền họ chi ra mỗi năm không')).toMatch(/^Không: /);
    expect(answer('doanh thu ai cua big tech co vuot qua so tien ho chi ra moi nam khong')).toMatch(/^Không: /);
  });
});

describe('Vietnamese without diacritics: "lai" and "dau"', () => {
  const reply = (q: string) => engine.ask(q);

  it('reads "sao … lai" as "sao … lại" (why … then), not as asking a profit ("lãi") the article does not give', () => {
    const accented = reply('vì sao nvidia lại hay bị so với cisco');
    const plain = reply('vi sao nvidia lai hay bi so voi cisco');
    expect(accented.factId).toBe('nvidia-cisco-comparison');
    expect(plain.factId).toBe('nvidia-cisco-comparison');
    expect(plain.answered).toBe(true);
    // A profit asked without accents is still a profit.
    expect(reply('nvidia lai bao nhieu').answered).toBe(false);
  });

  it('reads "dau vao" as "đầu vào", not as asking where ("đâu")', () => {
    expect([...analyzeQuery('sao big tech cu lao dau vao ai', index).terms.keys()]).not.toContain('g:where');
    expect([...analyzeQuery('nvidia dat tru so o dau', index).terms.keys()]).toContain('g:where');
  });
});

describe('the particle of politeness "ạ"', () => {
  const reply = (q: string) => engine.ask(q);

  it('is no part of what is asked: folded it would read "à", a yes/no tag', () => {
    // A comparison closed politely is no yes/no question.
    const comparison = reply('google với tesla bên nào đổ tiền vào ai nhiều hơn mỗi quý ạ');
    expect(comparison.kind).toBe('comparison');
    expect(comparison.answer).not.toMatch(/^Có: /);
    // A yes/no typed without accents but for its "ạ" still gets its verdict.
    expect(reply('openai co phai di xin them tien som khong ạ').answer).toMatch(/^Có: /);
    // A message of nothing else is still asked as it is.
    expect(reply('ạ').answered).toBe(false);
  });
});
