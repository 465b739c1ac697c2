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

  it('answers a judgement claimed of the subject by the fact judging that sense, not by the subject alone', () => {
    // "did not satisfy the market" against "reassured" / "disappoint".
    expect(answer('were investors reassured by the google and tesla results this week?')).toMatch(/^No: /);
    expect(answer('did the tesla and google earnings disappoint the market?')).toMatch(/^Yes: /);
    // "spent too much" against "just enough"; "rational" against "a mistake".
    expect(answer('pichai admitted google spent just enough on ai infrastructure?')).toMatch(/^No: /);
    expect(answer('zuckerberg nghĩ chi tiêu AI của meta là hợp lý à')).toMatch(/^Có: /);
    // A fact about the subject that judges nothing of the kind gives no Yes.
    expect(answer("did google's 12 billion a quarter on ai impress analysts?")).not.toMatch(/^Yes: /); // "happy", "cheered" and "upset" judge the market's mood as "satisfy" does.
    expect(answer("were investors happy with google's and tesla's numbers?")).toMatch(/^No: /);
    expect(answer("did the market cheer google and tesla's earnings")).toMatch(/^No: /);
    expect(answer("were investors upset by google and tesla's results")).toMatch(/^Yes: /);
  });

  it('answers no to a judgement that a fact about the subject makes the other way, when nothing answers confidently', () => {
    // "rational" against "senseless" / "sai lầm", words the knowledge does not know.
    expect(answer("zuckerberg called meta's ai spending senseless, right?")).toMatch(/^No: /);
    expect(answer('zuckerberg bảo meta đổ tiền vào ai là sai lầm hả')).toMatch(/^Không: /);
    // A judgement of something the fact does not speak of is not answered by it.
    expect(answer('did zuck say the metaverse was a mistake?')).not.toMatch(/^No: /);
  });

  it('takes no opposite from a lower fact when one about the subject above it states what is asked', () => {
    // Cisco's fall is stated (no figure); Nvidia's rise, in the Nvidia/Cisco comparison, is not Cisco's.
    const reply = engine.ask("did cisco's valuation fall 90 percent when the internet bubble burst?");
    expect(reply.answered).toBe(false);
  });

  it('answers no when a person whose organisation is known is placed at an employer the knowledge does not know', () => {
    expect(answer('does kathleen brooks work at jpmorgan')).toMatch(/^No: /);
    expect(answer('bà kathleen brooks làm ở citi hả')).toMatch(/^Không: /);
    expect(answer('is covello at goldman')).toMatch(/^Yes: /);
  });

  it('answers no when a fact about the person is chosen and the claim places them, in a role, at another employer', () => {
    expect(answer('kathleen brooks is a director at citi, right?')).toMatch(/^No: /);
    expect(answer('is david cahn a partner at benchmark capital?')).toMatch(/^No: /);
    // Somewhere else than an employer, and not a role: not answered no.
    expect(answer('did kathleen brooks speak at a conference?')).not.toMatch(/^No: /);
  });

  it('answers no to a top role claimed of a person whose recorded role is another', () => {
    expect(answer('is norvig the founder of google')).toMatch(/^No: /);
    expect(answer('was kathleen brooks the chief executive of xtb?')).toMatch(/^No: /);
    // Pichai is Google's CEO: no "no".
    expect(answer("was sundar pichai google's ceo?")).not.toMatch(/^No: /);
  });
});
