// Yes/no verdicts found by the blind dev-l sets: each asserted with other wording than the set's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const answer = (q: string) => engine.ask(q).answer;

describe('yes/no verdicts (dev-l)', () => {
  it('reads a claim after "true or false:", "correct me if im wrong" or "đúng hay sai:" as a yes/no question', () => {
    expect(answer('true or false - google puts 12 billion into ai every quarter')).toMatch(/^Yes: /);
    expect(answer('correct me if im wrong, tesla spent 600 billion on ai this quarter')).toMatch(/^No: /);
    expect(answer('fact check: david cahn works at sequoia capital')).toMatch(/^Yes: /);
    expect(answer('đúng hay sai: nvidia chiếm 82% thị trường tăng tốc ai trung tâm dữ liệu')).toMatch(/^Có: /);
  });

  it('keeps the verdict when the frame went with the filler and the claim alone reads more confidently', () => {
    expect(answer('true or false: zuckerberg admitted there may be overinvestment in ai')).toMatch(/^Yes: /);
  });

  it('reads "…, yes or no?" and "… true or false?" as a tag, not as words of the claim', () => {
    expect(answer('openai might lose 5 billion this year, yes or no?')).toMatch(/^Yes: /);
    expect(answer('cisco was worth 555 billion in 2000 true or false?')).toMatch(/^Yes: /);
  });

  it('answers where a person works: yes at the organisation the knowledge records, no at another it knows', () => {
    expect(answer('does jim covello work for goldman sachs?')).toMatch(/^Yes: /);
    expect(answer('is david cahn at xtb?')).toMatch(/^No: /);
    expect(answer('kathleen brooks làm ở sequoia capital hả')).toMatch(/^Không: /);
    // A part of the recorded organisation is not another one: Norvig is at Google Research.
    expect(answer('does peter norvig work at google')).not.toMatch(/^No: /);
  });

  it('answers no to a top role claimed at another organisation than the person is recorded at', () => {
    expect(answer('is zuckerberg the ceo of google?')).toMatch(/^No: /);
    expect(answer('musk là giám đốc điều hành của openai à')).toMatch(/^Không: /);
  });

  it('answers no to a loss claimed at the figure of the costs: that match is no evidence against the loss fact', () => {
    expect(answer('nam nay openai lo toi 8,5 ty do ha')).toMatch(/^Không: /);
  });

  it('reads "cả năm" / "the full year" as placing an amount in a year, against a figure for a quarter', () => {
    expect(answer('google đầu tư 12 tỷ đô vào ai cả năm hả')).toMatch(/^Không: /);
    expect(answer('tesla spent 600 million on ai for the full year, right?')).toMatch(/^No: /);
  });

  it('reads a multiple ("600 lần", "600 times") against a percentage rise', () => {
    expect(answer('nvidia cổ phiếu tăng gấp 600 lần từ khi có chatgpt đúng ko')).toMatch(/^Không: /);
    expect(answer('nvidia shares are up 600 times since chatgpt came out, right?')).toMatch(/^No: /);
    expect(answer('nvidia shares are up about 7 times since chatgpt came out, right?')).toMatch(/^Yes: /);
  });
});

describe('tags and hedges (dev-l)', () => {
  it('reads "… đúng hem" / "… đúng ko bạn" closing a claim as its tag, not as a word of the claim', () => {
    expect(answer('zheng yuanfang viết bài này đúng hem')).toMatch(/^Có: /);
    expect(answer('bai nay la cua zheng yuanfang dung ko ban')).toMatch(/^Có: /);
  });

  it('reads "maybe" / "perhaps" as a hedge, not as a word the article does not know', () => {
    expect(engine.explain('did pichai perhaps say google maybe overspent').query.unknownWords).toEqual([]);
    expect(engine.ask('so what did pichai say on google maybe overspending').answered).toBe(true);
  });

  it('reads a Vietnamese tag before whom it is asked of ("… hả bạn", "… ha bn", "… à mn ơi")', () => {
    expect(answer('musk nói tesla ko có lựa chọn à mn ơi')).toMatch(/^Có: /);
    expect(answer('google dau tu 12 ty do moi quy ha bn')).toMatch(/^Có: /);
    // "bn" asking an amount is still "bao nhiêu".
    expect(answer('tesla chi bao nhieu ha bn')).not.toMatch(/^(Có|Không): /);
  });

  it('answers no to a figure given to the wrong person, with the fact of the person it belongs to', () => {
    expect(answer('did david cahn say ai infrastructure spending will top 1 trillion dollars?')).toMatch(
      /^No: Jim Covello/,
    );
    expect(answer('was it zuckerberg who said ai has to earn 600 billion a year?')).toMatch(/^No: By David Cahn/);
  });
});
