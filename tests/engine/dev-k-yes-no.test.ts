// Yes/no verdicts found by the blind dev-k set: each asserted with other wording than the set's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const answer = (q: string) => engine.ask(q).answer;

describe('yes/no verdicts (dev-k)', () => {
  it('reads "… á?" and "… chứ gì" (also typed "chu gi") as a yes/no tag', () => {
    expect(answer('google đổ 12 tỷ đô vào AI mỗi quý á?')).toMatch(/^Có: /);
    expect(answer('musk noi tesla ko co lua chon nao khac chu gi')).toMatch(/^Có: /);
  });

  it('reads "chẳng lẽ …" as asking whether the claim is so', () => {
    expect(answer('chẳng lẽ openai lỗ tới 50 tỷ đô năm nay')).toMatch(/^Không: /);
  });

  it('reads "a chunk" and "a bunch of" as plain words, not unknown ones', () => {
    expect(answer("so a big chunk of tesla's ai capex went to nvidia?")).toMatch(/^Yes: /);
    expect(answer("didn't inflection's founder jump ship to meta with a bunch of people")).toMatch(/^No: /);
  });

  it('reads "dropped" before an amount as spending', () => {
    expect(answer('google dropped 12 billion on ai each quarter, right?')).toMatch(/^Yes: /);
    expect(answer('meta dropped billions on nvidia chips, right?')).toMatch(/^Yes: /);
  });

  it('says yes when the fact states what is asked in other words ("let staff go" for "laid off")', () => {
    expect(answer('did stability ai let people go')).toMatch(/^Yes: /);
  });

  it('answers no to an amount placed in the other period ("this year" for a quarter) or over another span of years', () => {
    expect(answer('google spends 12 billion on ai this year, right?')).toMatch(/^No: /);
    expect(answer("openai's training bill this quarter is 3 billion?")).toMatch(/^No: /);
    expect(answer('tesla chi 600 triệu đô cho AI trong năm nay hả')).toMatch(/^Không: /);
    expect(answer('covello reckons ai infrastructure spending tops 1 trillion within a decade?')).toMatch(/^No: /);
    // The period the fact gives still says yes.
    expect(answer('openai could lose 5 billion this year?')).toMatch(/^Yes: /);
  });

  it('reads "chống độc quyền" (antitrust) as what the article does not cover, not its "độc quyền" (monopoly)', () => {
    expect(engine.ask('uỷ ban chống độc quyền đã phạt nvidia chưa').answered).toBe(false);
    expect(engine.ask('nvidia co vuong luat chong doc quyen ko').answered).toBe(false);
  });

  it('reads "the <unknown employer> guy/lady" as placing the person at that employer: no', () => {
    expect(answer('kathleen brooks is the jpmorgan lady, right?')).toMatch(/^No: /);
    // The employer the knowledge records says yes.
    expect(answer('jim covello is the goldman guy right?')).toMatch(/^Yes: /);
  });
});
