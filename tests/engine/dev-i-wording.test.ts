// Wording from the dev-i blind sets' misses, tested in other words: chat slang and abbreviations ("ppl", "team green",
// "buildout", "chảy vào túi ai"), follow-ups ("source on that", "why not …", "ông đó", "trong mấy tháng", "vậy có hơn
// X không") and how a follow-up is resolved against the answer before it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildFactIndex } from '../../src/engine/fact-index.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { analyzeQuery } from '../../src/engine/query.js';
import { answerKinds } from '../../src/engine/question-cues.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
const engine = createAnswerEngine(kb);
const index = buildFactIndex(kb);

describe('dev-i wording', () => {
  it('chat spellings and nicknames are plain words: "ppl", "team green", "buildout"', () => {
    expect(analyzeQuery('how many ppl could ai put out of work', index).unknownWords).toEqual([]);
    expect(analyzeQuery('team green grip on datacenter acceleration', index).subjects).toContain('nvidia');
    expect(engine.ask('how large will the datacenter buildout get according to covello').factId).toBe(
      'covello-1-trillion',
    );
  });

  it('"a hard time", "pull from", "metaphor" are struggling, earning and the analogy', () => {
    expect(engine.ask('is openai alone in having a rough time').factId).toBe('openai-not-alone');
    expect(engine.ask('what will the tech giants pull from ai per year come 2026').factId).toBe(
      'bigtech-ai-revenue-20b',
    );
    expect(engine.ask('explain the gold rush metaphor').answered).toBe(true);
  });

  it('Vietnamese "chảy vào túi ai", "làm chức gì" and "quay lại …" are what is paid, who, and steering', () => {
    expect(engine.ask('vốn AI của tesla quý này chảy vào túi ai').factId).toBe('tesla-600m-capex');
    expect(engine.ask('kathleen brooks làm chức gì').factId).toBe('brooks-ai-returns-unclear');
    expect(analyzeQuery('quay lại chuyện thị phần đào tạo ai của nvidia', index).unknownWords).toEqual([]);
  });

  it('how much a person named in several words made is earnings the article does not give', () => {
    expect(engine.ask('how much money did samuel brannan make').answered).toBe(false);
    expect(engine.ask('what did levi s make for gold miners').factId).toBe('gold-rush-history');
  });

  it('"sao X lại Y" asks why, wherever "sao" stands; "ra sao" does not', () => {
    const kinds = (q: string) => answerKinds(normalizeForMatch(q).split(' '));
    expect(kinds('ủa mà sao nvidia lại tăng mạnh thế').has('reason')).toBe(true);
    expect(kinds('sau đó nvidia ra sao, có lại tăng không').has('reason')).toBe(false);
  });
});
