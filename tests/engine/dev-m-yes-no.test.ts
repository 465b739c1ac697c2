// Wording from the dev-m blind yes/no set's misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const answerOf = (q: string) => engine.ask(q).answer;

describe('dev-m yes/no tags', () => {
  it('a Vietnamese tag may close with "bot", the one asked', () => {
    expect(answerOf('tesla chi 600 triệu đô cho AI quý này đúng không bot')).toMatch(/^Có:/);
    expect(answerOf('openai co the lo 5 ty do nam nay phai ko bot')).toMatch(/^Có:/);
  });

  it('"isn\'t that what it says?" closes a claim', () => {
    expect(answerOf("google puts 12 billion a quarter into ai, isn't that what it says?")).toMatch(/^Yes\b/);
    expect(answerOf("goldman says ai could automate 30 million jobs, isn't that what the article says?")).toMatch(
      /^No\b/,
    );
  });
});

describe('dev-m: a person placed at another employer right after their name', () => {
  it('"<person> of/from <an employer the article never names>" gets "No" against the recorded employer', () => {
    expect(answerOf('david cahn of benchmark says ai needs to earn 600 billion a year, correct?')).toMatch(/^No\b/);
    expect(answerOf('jim covello from jpmorgan thinks ai spending will pass a trillion dollars, right?')).toMatch(
      /^No\b/,
    );
  });

  it('the recorded employer keeps the Yes', () => {
    expect(answerOf('david cahn of sequoia says ai needs to earn 600 billion a year, correct?')).toMatch(/^Yes\b/);
  });
});

describe('dev-m: "lại" is not "lãi"', () => {
  it('"quay lại" (came back), folded "quay lai", claims no profit', () => {
    expect(engine.ask('altman tung bi duoi khoi openai roi quay lai dung ko').kind).toBe('declined');
    expect(engine.ask('openai có lãi không').answer).toMatch(/^Không:/);
  });
});
