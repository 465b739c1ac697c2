// Who did what within one fact: a claim about one actor in the words of another's part is told apart.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { claimsOtherActor, claimsOtherInSlot } from '../../src/engine/understand/actors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const ANSWER =
  'Few got rich; those who did sold to them: Ann Lee (the richest) sold tools, Bolt Co made boots and Carl Ode opened a bank.';
const ANN = ['ann lee', 'ann'];
const BOLT = ['bolt co', 'bolt'];
const CARL = ['carl ode', 'carl'];

describe('claimsOtherActor', () => {
  it("finds the claim's words in another actor's part and none in the subject's", () => {
    expect(claimsOtherActor(ANSWER, BOLT, [ANN, CARL], ['opened', 'bank'])).toBe(true);
    expect(claimsOtherActor(ANSWER, CARL, [ANN, BOLT], ['made', 'boots'])).toBe(true);
  });

  it("does not when the subject's own part has a word of the claim, its description included", () => {
    expect(claimsOtherActor(ANSWER, BOLT, [ANN, CARL], ['made', 'boots'])).toBe(false);
    expect(claimsOtherActor(ANSWER, ANN, [BOLT, CARL], ['richest'])).toBe(false);
    expect(claimsOtherActor(ANSWER, BOLT, [ANN, CARL], ['opened', 'boots'])).toBe(false);
  });

  it('does not when the part with the words only mentions the other actor, or when the subject is not named', () => {
    // "…paid to Nvidia": Nvidia is not who paid; the part opens with no actor.
    const paid = 'Tesla spent $600 million, much of it paid to Nvidia for GPUs.';
    expect(claimsOtherActor(paid, ['tesla'], [['nvidia']], ['paid', 'gpus'])).toBe(false);
    expect(claimsOtherActor(ANSWER, ['dana'], [ANN, CARL], ['opened', 'bank'])).toBe(false);
    expect(claimsOtherActor(ANSWER, BOLT, [ANN, CARL], [])).toBe(false);
  });

  it('reads Vietnamese parts, with or without diacritics in the claim', () => {
    const vi = 'Ann Lee bán dụng cụ, Bolt Co may ủng và Carl Ode mở ngân hàng.';
    expect(claimsOtherActor(vi, BOLT, [ANN, CARL], ['mở', 'ngân', 'hàng'])).toBe(true);
    expect(claimsOtherActor(vi, BOLT, [ANN, CARL], ['mo', 'ngan', 'hang'])).toBe(true);
    expect(claimsOtherActor(vi, CARL, [ANN, BOLT], ['mở', 'ngân', 'hàng'])).toBe(false);
  });
});

describe('a yes/no that gives one actor of a fact what another did', () => {
  const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
  it('answers no, and yes to what the actor did', () => {
    expect(engine.ask('did darius ogden mills make jeans for the miners?').answer).toMatch(/^No: /);
    expect(engine.ask("levi's mở ngân hàng thời cơn sốt vàng à").answer).toMatch(/^Không: /);
    expect(engine.ask("did levi's make jeans for miners?").answer).toMatch(/^Yes: /);
    expect(engine.ask('samuel brannan là người giàu nhất california phải không').answer).toMatch(/^Có: /);
  });
});

describe('claimsOtherInSlot', () => {
  const answer = 'bolt co stockpiled acme chips and spent billions on them';
  it('finds an unknown name where the fact names its organisation, by the word before or after', () => {
    expect(claimsOtherInSlot('did bolt co buy zeta chips', answer, ['zeta'], [['acme']])).toBe(true);
    expect(claimsOtherInSlot('bolt co gom chip cua zeta ha', 'bolt co tich tru chip acme', ['zeta'], [['acme']])).toBe(
      true,
    );
  });

  it('does not when the unknown word stands elsewhere, or nothing is unknown', () => {
    expect(claimsOtherInSlot('did bolt co buy chips in zeta', answer, ['zeta'], [['acme']])).toBe(false);
    expect(claimsOtherInSlot('did bolt co buy acme chips', answer, [], [['acme']])).toBe(false);
    expect(claimsOtherInSlot('did bolt co buy zeta chips', answer, ['zeta'], [])).toBe(false);
  });
});

describe('a yes/no that puts an unknown name in place of the organisation the fact names', () => {
  const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
  it('answers no with the fact, and yes to the organisation the fact names', () => {
    expect(engine.ask('has zuckerberg been stockpiling intel chips for meta?').answer).toMatch(/^No: .*Nvidia chips/);
    expect(engine.ask('meta tích trữ chip amd để train model à').answer).toMatch(/^Không: .*chip Nvidia/);
    expect(engine.ask('has zuckerberg been stockpiling nvidia chips for meta?').answer).toMatch(/^Yes: /);
  });
});
