// The engine knows nothing about one article in particular: on a second, unrelated knowledge base it works the same way.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import type { AnswerEngine } from '../../src/engine/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let engine: AnswerEngine;

beforeAll(() => {
  engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'mini-article')));
});

describe('the engine on another article', () => {
  it('answers in the asker language from that article', () => {
    const en = engine.ask('How much coffee did Vietnam export in 2023?');
    expect(en).toMatchObject({ answered: true, factId: 'coffee-exports-2023', lang: 'en' });
    const vi = engine.ask('xuat khau ca phe nam 2023 duoc bao nhieu');
    expect(vi).toMatchObject({ answered: true, factId: 'coffee-exports-2023', lang: 'vi' });
    expect(vi.sources[0]?.quote).toContain('1,6 triệu tấn');
  });

  it('declines what that article does not cover', () => {
    expect(engine.ask('How much coffee does Brazil export?').answered).toBe(false);
    expect(engine.ask('what is the weather today').answered).toBe(false);
  });
});
