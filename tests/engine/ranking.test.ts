// The ranking keeps what it looks up of a term per index: two knowledge bases in one process never share it.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildFactIndex } from '../../src/engine/fact-index.js';
import { analyzeQuery } from '../../src/engine/query.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { rankFacts } from '../../src/engine/ranking.js';

describe('term lookups kept per index', () => {
  it("ranking one article's facts leaves another's ranking as a fresh process gives it", async () => {
    const main = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
    const mini = loadKnowledge(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'mini-article'));
    const mainIndex = buildFactIndex(main);
    const miniIndex = buildFactIndex(mini);
    // Words both articles know ("export", "2023", "vietnam"), with different postings in each.
    const questions = ['How much coffee did Vietnam export in 2023?', 'xuat khau nam 2023 duoc bao nhieu'];
    const scores = (rank: typeof rankFacts) =>
      questions.map((q) =>
        rank(analyzeQuery(q, mainIndex), mainIndex, main.entitiesById).map((s) => [s.fact.id, s.score, s.coverage]),
      );

    for (const q of questions) rankFacts(analyzeQuery(q, miniIndex), miniIndex, mini.entitiesById);
    const afterMini = scores(rankFacts);

    vi.resetModules();
    const fresh = await import('../../src/engine/ranking.js');
    expect(fresh.rankFacts).not.toBe(rankFacts);
    expect(afterMini).toEqual(scores(fresh.rankFacts));
    expect(afterMini.flat().length).toBeGreaterThan(0);
  });
});
