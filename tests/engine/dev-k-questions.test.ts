// Wording from the dev-k blind question sets' misses, tested in other words: "lose its place" is no money lost,
// "get paid" asks a salary, "… for how many years?" closing a statement asks, it claims nothing, and a message opening
// with a figure, or a long question closed by "and who said it", is no follow-up; an abbreviation ("viết tắt", "acronym")
// asks a meaning, "fine print" is the disclaimer, "kiểu", "xưa", "able" name no topic, and a clause that only dates the
// question before it ("…, hồi năm 2000 ấy") is kept with it; Nvidia's dominance "in training" is its 95% training share;
// "sao …?" before another question asks why, so the message is two questions.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildFactIndex } from '../../src/engine/fact-index.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { analyzeQuery } from '../../src/engine/query.js';
import { followUpKind } from '../../src/engine/understand/follow-up.js';
import { splitQuestions } from '../../src/engine/understand/message.js';
import { isStatementQuestion } from '../../src/engine/understand/yes-no.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);
const index = buildFactIndex(kb);

describe('dev-k wording', () => {
  it('losing a place, a seat or ground is no loss of money', () => {
    const reply = engine.ask('zuckerberg: fall behind and meta would lose its place in tech for how long');
    expect(reply.answered).toBe(true);
    expect(reply.factId).toBe('zuckerberg-10-15-years');
  });

  it('"get paid" asks a salary the article never gives', () => {
    expect(engine.ask('how much does sam altman get paid').answered).toBe(false);
    expect(engine.ask('how much does david cahn get paid').answered).toBe(false);
  });

  it('a statement closed by "for how many years?" asks a quantity, it is no yes/no claim', () => {
    const text = 'zuck reckons lagging behind costs meta its place for how many years?';
    expect(isStatementQuestion(text, text.replace('?', ''))).toBe(false);
    const claim = 'his view is in line with what he has seen?';
    expect(isStatementQuestion(claim, claim.replace('?', ''))).toBe(true);
  });

  it('a message opening with a figure, or a long one closed by "who said it", stands alone', () => {
    const none = () => false;
    expect(followUpKind('600 billion who said that', none)).toBeUndefined();
    expect(followUpKind('20b a year what is that figure', none)).toBeUndefined();
    expect(
      followUpKind('the idea that a leader past half a market cannot double its share and who said it', none),
    ).toBeUndefined();
    expect(followUpKind('who said that', none)).toBe('source');
    expect(followUpKind('is it more than 20 billion', none)).toBeDefined();
  });

  it('an abbreviation spelled out is a meaning; the fine print is the disclaimer', () => {
    expect(engine.ask('fomo viết tắt chữ gì thế').factId).toBe('fomo-definition');
    expect(engine.ask('what does the fine print say').factId).toBe('article-disclaimer');
  });

  it('"kiểu" (like), "xưa" (back then) and "able" are no unknown subjects', () => {
    expect(analyzeQuery('hồi xưa cisco lớn cỡ nào', index).unknownWords).toEqual([]);
    expect(analyzeQuery('kiểu nvidia nắm bao nhiêu thị phần', index).unknownWords).toEqual([]);
    expect(analyzeQuery('why is meta not able to stop spending', index).unknownWords).toEqual([]);
  });

  it('a clause that only dates the question is kept with it, not dropped as a statement', () => {
    const reply = engine.ask('ông anh nói nvidia sẽ đi vào vết xe đổ. cisco to cỡ nào, hồi năm 2000 ấy');
    expect(reply.factId).toBe('cisco-2000-most-valuable');
  });

  it('how dominant Nvidia is in training asks its training share, not its data-centre share', () => {
    expect(engine.ask('how dominant is nvidia in training, percent').factId).toBe('nvidia-95-percent-training');
    expect(engine.ask('how dominant is nvidia in ai model training exactly').factId).toBe('nvidia-95-percent-training');
  });

  it('"sao …?" asks why, so a second question after it is split off', () => {
    expect(splitQuestions('sao meta vẫn chi mạnh tay? còn google thì chi bao nhiêu mỗi quý', 3)).toHaveLength(2);
  });
});
