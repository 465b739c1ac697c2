// Wording from the dev-k blind comparison and conversation sets' misses, tested in other words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);

describe('dev-k attributes', () => {
  it("a company's share price move is given only by a fact with a stock figure", () => {
    expect(engine.ask('how far did tesla stock rise this year').answered).toBe(false);
    expect(engine.ask('cổ phiếu của tesla tăng bao nhiêu %').answered).toBe(false);
    expect(engine.ask('how far have nvidia shares risen since chatgpt').factId).toBe('nvidia-stock-600-percent');
  });

  it('what a company earns is not answered by what it spends or by an earnings season', () => {
    expect(engine.ask('what does google really earn from ai').answered).toBe(false);
    expect(engine.ask('how much money does google rake in from ai').answered).toBe(false);
    expect(engine.ask('what does google make from ai').answered).toBe(false);
    expect(engine.ask('how much will the big tech firms earn from ai in 2026').factId).toBe('bigtech-ai-revenue-20b');
  });
});
