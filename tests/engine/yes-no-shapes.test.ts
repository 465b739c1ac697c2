// Yes/no questions in the shapes chat users type them: amounts at another scale, tags, trailing particles and
// addresses, statements ending in "?", opposite directions, another period.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const answer = (q: string) => engine.ask(q).answer;

describe('yes/no questions as chat users type them', () => {
  it('reads an amount written at another scale as the same amount', () => {
    expect(answer('openai co the lo 5000 trieu usd nam nay ko')).toMatch(/^Có: /);
    expect(answer('did tesla spend 0.6 billion dollars on ai this quarter')).toMatch(/^Yes: /);
    expect(answer('did tesla spend 6 billion dollars on ai this quarter')).toMatch(/^No: /);
  });
});
