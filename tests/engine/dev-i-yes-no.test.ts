// Yes/no claim wordings found missing by the blind dev-i set, asked here in other words than the sets'.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { isYesNoTagOnly, withoutYesNoTag } from '../../src/engine/understand/yes-no.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const ask = (q: string) => engine.ask(q);
const answer = (q: string) => engine.ask(q).answer;

describe('yes/no claims', () => {
  it('reads "that accurate?" as a tag, also after hearsay that names the subject', () => {
    expect(withoutYesNoTag('tesla put 600 million into ai, is that accurate?')).toBe('tesla put 600 million into ai');
    expect(isYesNoTagOnly('that accurate?')).toBe(true);
    expect(isYesNoTagOnly('what did tesla spend')).toBe(false);
    expect(answer('heard google spends 12 billion on ai every quarter, that accurate?')).toMatch(/^Yes: /);
  });

  it('says no to a figure claimed per month when the article gives it per quarter', () => {
    expect(answer('does google spend 12 billion on ai every month')).toMatch(/^No: /);
  });

  it('says no to an "about" figure that is another figure, not a rounding', () => {
    expect(answer('nvidia has about 85% of ai training, right?')).toMatch(/^No: /);
    expect(answer('nvidia has about 94% of ai training, right?')).toMatch(/^Yes: /);
  });

  it('reads "pull" beside an amount as revenue claimed', () => {
    expect(answer('by 2026 big tech will pull 60 billion a year out of ai, correct?')).toMatch(/^No: /);
  });

  it('reads a negation as spanning a list joined by "or"/"hay"', () => {
    expect(answer('cahn nói vốn cho AI chạy theo FOMO chứ không phải ứng dụng thực tế à')).toMatch(/^Có: /);
  });

  it('says no to hiring when the fact states layoffs', () => {
    expect(answer('stability ai is on a hiring spree right?')).toMatch(/^No: /);
    expect(answer('stability ai dang tuyen dung them nhieu ha')).toMatch(/^Không: /);
  });

  it('looks further down for the loss fact that contradicts a claimed loss', () => {
    const reply = ask('openai có thể lỗ 4 tỷ usd năm nay hả');
    expect(reply.factId).toBe('openai-loss-5b');
    expect(reply.answer).toMatch(/^Không: /);
  });

  it('declines a number or a share claimed of a fact that gives no figure', () => {
    expect(ask('the inflection ai founder moved to microsoft with 70 people, right?').answered).toBe(false);
    expect(ask('stability ai cut most of its workforce, right?').answered).toBe(false);
    expect(answer('stability ai had to let staff go, right?')).toMatch(/^Yes: /);
  });

  it('asks a tag after hearsay of the claim, never of the name alone', () => {
    expect(withoutYesNoTag('stability ai let people go, is that what the piece says?')).toBe(
      'stability ai let people go',
    );
    expect(ask('a friend says stability ai fired half the team, is that what the piece says?').answered).toBe(false);
  });

  it('says no to a former employer the fact does not name', () => {
    expect(answer('character ai được cựu nhân viên openai lập ra à')).toMatch(/^Không: /);
    expect(answer('was inflection founded by ex-deepmind people?')).toMatch(/^Yes: /);
  });

  it('says no to a source the fact does not name, by a name the engine does not know', () => {
    expect(answer("openai's possible 5 billion loss was reported by bloomberg, right?")).toMatch(/^No: /);
    expect(answer('the openai loss figure is according to the information, right?')).toMatch(/^Yes: /);
  });
});
