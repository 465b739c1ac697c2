// The engine built step by step (as a knowledge reload builds it, between requests) is the engine built at once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { answerEngineSteps, createAnswerEngine } from '../../src/engine/index.js';
import { runSteps } from '../../src/engine/steps.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { runInSlices } from '../../src/ops/slices.js';

let kb: KnowledgeBase;
const questions = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests/eval/dev-questions.json'), 'utf8')) as {
    questions: { q: string }[];
  }
).questions.map((q) => q.q);

beforeAll(() => {
  kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
});

describe('the engine build as steps', () => {
  it('pauses between many small steps, not in one block', () => {
    let steps = 0;
    const build = answerEngineSteps(kb);
    while (!build.next().done) steps += 1;
    // One pause per fact at least, and more for the vocabulary, postings and autocomplete indexes.
    expect(steps).toBeGreaterThan(kb.facts.length + 50);
  });

  it('gives the same replies as the engine built at once, whether run at once or in slices', async () => {
    const atOnce = createAnswerEngine(kb);
    const stepped = runSteps(answerEngineSteps(kb));
    const sliced = await runInSlices(answerEngineSteps(kb), 1);
    expect(sliced.slices).toBeGreaterThan(1);
    for (const q of questions.slice(0, 120)) {
      const expected = JSON.stringify(atOnce.ask(q));
      expect(JSON.stringify(stepped.ask(q)), q).toBe(expected);
      expect(JSON.stringify(sliced.value.ask(q)), q).toBe(expected);
    }
    expect(sliced.value.suggestQuestions('how much')).toEqual(atOnce.suggestQuestions('how much'));
  });

  it('lets timers run between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    try {
      await runInSlices(answerEngineSteps(kb), 1);
    } finally {
      clearInterval(timer);
    }
    // Built in one synchronous call, no timer could fire before it returned.
    expect(ticks).toBeGreaterThan(0);
  });
});
