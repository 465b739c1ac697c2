// A decline offers "did you mean" only for related facts; an unrelated question gets two labelled example questions.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import type { AnswerEngine } from '../../src/engine/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { renderDeclined } from '../../src/render/answer.js';
import { UI } from '../../src/render/strings.js';

let engine: AnswerEngine;
beforeAll(() => {
  engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
});

describe('did-you-mean relevance floor', () => {
  it.each(["what's the weather like today", 'recipe for banana bread', 'thời tiết Hà Nội hôm nay', 'asdfgh'])(
    '"%s": examples, labelled as such, never a "did you mean"',
    (question) => {
      const reply = engine.ask(question);
      expect(reply.answered).toBe(false);
      expect(reply.suggestionsAre).toBe('examples');
      expect(reply.suggestions).toHaveLength(2);
      const text = renderDeclined(reply).embeds?.[0]?.description ?? '';
      expect(text).toContain(UI[reply.lang].examplesLabel);
      expect(text).not.toContain(UI[reply.lang].didYouMean);
    },
  );

  it('a decline about something the article covers offers the related facts as "did you mean"', () => {
    // Answerable in other words, declined: the fact it is about is among the suggestions.
    const reply = engine.ask("what's the deal with buying nvidia chips these days");
    expect(reply.answered).toBe(false);
    expect(reply.suggestionsAre).toBe('related');
    expect(reply.suggestions.map((s) => s.factId)).toContain('musk-no-choice');
    expect(renderDeclined(reply).embeds?.[0]?.description).toContain(UI.en.didYouMean);
  });

  it('an empty question gets examples', () => {
    expect(engine.ask('   ').suggestionsAre).toBe('examples');
  });

  it('answers carry no suggestionsAre', () => {
    expect(engine.ask('how much does OpenAI lose').suggestionsAre).toBeUndefined();
  });
});
