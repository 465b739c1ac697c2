// Yes/no verdicts found by the blind dev-j set: each asserted with other wording than the set's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const answer = (q: string) => engine.ask(q).answer;

describe('yes/no verdicts (dev-j)', () => {
  it('reads a negated auxiliary typed without its apostrophe as a negation', () => {
    expect(answer('brooks says the tech giants havent clearly answered if ai is profitable, right?')).toMatch(/^Yes: /);
    expect(answer('brooks says the tech giants clearly answered if ai is profitable, right?')).toMatch(/^No: /);
    // Opening the question, it asks the positive, as "doesn't" does.
    expect(answer('doesnt google pour 12 billion a quarter into ai')).toMatch(/^Yes: /);
  });

  it('reads "rather than" as negating what follows it', () => {
    expect(answer('cahn says game theory rather than real revenue is what pushes ai capex, right?')).toMatch(/^Yes: /);
    expect(answer('cahn says real revenue rather than game theory is what pushes ai capex, right?')).toMatch(/^No: /);
  });
});
