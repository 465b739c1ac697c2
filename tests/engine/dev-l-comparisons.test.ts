// Wording from the dev-l blind comparison and conversation sets' misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);
const sides = (q: string) => engine.ask(q).parts?.map((p) => p.factId);

describe('dev-l comparison shapes', () => {
  it('"compared w/" is "compared with"', () => {
    expect(sides("nvidia's training share compared w/ cisco's switch share")).toEqual([
      'nvidia-95-percent-training',
      'cisco-market-share',
    ]);
  });

  it('"put A next to B" sets two sides side by side', () => {
    expect(sides("can u put google's quarterly ai bill next to tesla's")).toEqual([
      'google-12b-per-quarter',
      'tesla-600m-capex',
    ]);
    expect(engine.ask("can u put google's quarterly ai bill next to tesla's").answer.startsWith('Yes')).toBe(false);
  });

  it('"between A and B, which …" compares A and B', () => {
    expect(sides("between openai's staff costs and its training costs, which is higher")).toEqual([
      'openai-labour-cost',
      'openai-training-cost',
    ]);
  });

  it('"A thua/kém B bao nhiêu" asks how far A falls short of B', () => {
    expect(sides('chi phí lao động của openai thua chi phí đào tạo bao nhiêu')).toEqual([
      'openai-labour-cost',
      'openai-training-cost',
    ]);
  });

  it('"mỗi bên" and "khác nhau chỗ nào" ask about each side', () => {
    expect(sides('character ai với stability ai, mỗi bên ra sao')).toEqual([
      'character-ai-sale',
      'stability-ai-layoffs',
    ]);
    expect(engine.ask('character ai với stability ai, mỗi bên ra sao').kind).toBe('comparison');
  });
});
