// Property-based fuzzing of the answer engine with hostile text: it never throws and never cites what the article does not say.
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import type { AnswerEngine, Choice, Reply } from '../../src/engine/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { fitChoices } from '../../src/render/limits.js';
import { collapseWhitespace } from '../../src/text/normalize.js';
import { anyUserText } from './hostile-text.js';

const RUNS = 200;
/** Autocomplete runs on every keystroke of inputs Discord caps (500 characters for /ask); long runs matter less there. */
const AUTOCOMPLETE_RUNS = 120;
const AUTOCOMPLETE_MAX_LENGTH = 2000;

let kb: KnowledgeBase;
let engine: AnswerEngine;
let seeds: string[];

beforeAll(() => {
  kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
  engine = createAnswerEngine(kb);
  // Real questions, so that the fuzzer also walks the answering (not only the declining) paths.
  seeds = kb.facts.flatMap((fact) => [fact.questions.en[0] ?? '', fact.questions.vi[0] ?? '']).filter(Boolean);
});

function paragraphText(number: number): string | undefined {
  const paragraph = kb.paragraphs.find((p) => p.number === number);
  return paragraph && collapseWhitespace(paragraph.text);
}

/** Every way a reply breaks the engine's promises (empty when it keeps them). */
function replyProblems(reply: Reply): string[] {
  const problems: string[] = [];
  if (reply.lang !== 'en' && reply.lang !== 'vi') problems.push(`lang ${String(reply.lang)}`);
  if (reply.answer.trim() === '') problems.push('empty answer');
  if (!(reply.confidence >= 0 && reply.confidence <= 1)) problems.push(`confidence ${reply.confidence}`);
  if (reply.answered !== (reply.factId !== null)) problems.push('answered and factId disagree');
  if (reply.factId !== null && !kb.factsById.has(reply.factId)) problems.push(`unknown fact ${reply.factId}`);
  for (const source of reply.sources) {
    const text = paragraphText(source.paragraph);
    if (text === undefined) problems.push(`source cites ¶${source.paragraph}, which does not exist`);
    else if (!text.includes(collapseWhitespace(source.quote)))
      problems.push(`source quote is not verbatim in ¶${source.paragraph}`);
  }
  for (const suggestion of reply.suggestions)
    if (!kb.factsById.has(suggestion.factId)) problems.push(`suggests unknown fact ${suggestion.factId}`);
  for (const id of reply.related) if (!kb.factsById.has(id)) problems.push(`relates unknown fact ${id}`);
  return problems;
}

function choiceProblems(choices: readonly Choice[], known: (value: string) => boolean): string[] {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices`);
  for (const choice of choices) {
    if (choice.name.length === 0 || choice.name.length > 100)
      problems.push(`choice name of ${choice.name.length} characters`);
    if (!known(choice.value)) problems.push(`choice value ${choice.value} is not a known id`);
  }
  return problems;
}

describe('the engine under hostile input', () => {
  it('ask never throws, and every quote it cites is verbatim in the article', () => {
    fc.assert(
      fc.property(anyUserText(seeds), fc.constantFrom(undefined, 'en' as const, 'vi' as const), (question, lang) => {
        const reply = engine.ask(question, lang ? { lang } : {});
        expect(replyProblems(reply)).toEqual([]);
        if (lang) expect(reply.lang).toBe(lang);
      }),
      { numRuns: RUNS },
    );
  });

  it('ask is deterministic', () => {
    fc.assert(
      fc.property(anyUserText(seeds), (question) => {
        expect(engine.ask(question)).toEqual(engine.ask(question));
      }),
      { numRuns: 100 },
    );
  });

  it('suggestQuestions never throws, keeps to its limit, and fitted for Discord keeps to 25 choices of ≤ 100 characters', () => {
    fc.assert(
      fc.property(
        anyUserText(seeds, AUTOCOMPLETE_MAX_LENGTH),
        fc.option(fc.integer({ min: -5, max: 1000 })),
        fc.constantFrom(undefined, 'en' as const, 'vi' as const),
        (partial, limit, lang) => {
          const choices = engine.suggestQuestions(partial, {
            ...(limit === null ? {} : { limit }),
            ...(lang ? { lang } : {}),
          });
          expect(choiceProblems(fitChoices(choices), (value) => kb.factsById.has(value))).toEqual([]);
          expect(choices.every((choice) => kb.factsById.has(choice.value))).toBe(true);
          if (limit !== null) expect(choices.length).toBeLessThanOrEqual(Math.max(0, limit));
        },
      ),
      { numRuns: AUTOCOMPLETE_RUNS },
    );
  });

  it('findQuotes never throws and returns only the knowledge base quotes, each verbatim in its paragraph', () => {
    fc.assert(
      fc.property(anyUserText(kb.entities.map((e) => e.name.en)), (query) => {
        for (const quote of engine.findQuotes(query)) {
          expect(kb.quotesById.get(quote.id)).toEqual(quote);
          expect(paragraphText(quote.paragraph)).toContain(collapseWhitespace(quote.text));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('figuresBySubject never throws and returns only figures of known facts and entities', () => {
    fc.assert(
      fc.property(anyUserText(kb.entities.map((e) => e.name.en)), (query) => {
        for (const subject of engine.figuresBySubject(query)) {
          expect(kb.entitiesById.has(subject.subject)).toBe(true);
          for (const entry of subject.figures) {
            const fact = kb.factsById.get(entry.factId);
            expect(fact).toBeDefined();
            expect(fact?.figures).toContainEqual(entry.figure);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('speaker and subject autocomplete never throw and keep to Discord limits', () => {
    fc.assert(
      fc.property(
        anyUserText([], AUTOCOMPLETE_MAX_LENGTH),
        fc.constantFrom('en' as const, 'vi' as const),
        (partial, lang) => {
          expect(choiceProblems(engine.speakerChoices(partial, lang), (value) => kb.entitiesById.has(value))).toEqual(
            [],
          );
          expect(choiceProblems(engine.subjectChoices(partial, lang), (value) => kb.entitiesById.has(value))).toEqual(
            [],
          );
        },
      ),
      { numRuns: AUTOCOMPLETE_RUNS },
    );
  });
});
