// The answer engine: builds every index once from the knowledge base, then answers questions synchronously.
import type { Fact, KnowledgeBase } from '../knowledge/schema.js';
import { detectLanguage } from '../text/language.js';
import { normalizeForMatch } from '../text/normalize.js';
import { ANSWER_THRESHOLD, confidenceOf } from './confidence.js';
import { buildFactIndex, type FactIndex } from './fact-index.js';
import { buildLookups, usefulness } from './lookups.js';
import { buildQuestionSuggester } from './suggest.js';
import { analyzeQuery, type QueryAnalysis } from './query.js';
import { rankFacts, type FactScore } from './ranking.js';
import { answeredReply, declinedReply, intentReply, suggestionFor } from './reply.js';
import { isSmallTalk } from './small-talk.js';
import { messageIntent } from './understand/intents.js';
import type { AnswerEngine, AskOptions, Lang, Reply, Suggestion } from './types.js';

export type * from './types.js';
export { MAX_CHOICES, MAX_CHOICE_NAME } from './lookups.js';

const DID_YOU_MEAN = 3;
/** Example questions offered with the help text and small talk. */
const EXAMPLES = 2;
/** Runners-up within this share of the best score are offered beside an answer. */
const ALTERNATIVE_SHARE = 0.8;

/** What the engine saw in a question and how it ranked the facts (for the bench and for debugging). */
export interface Explanation {
  readonly query: QueryAnalysis;
  readonly ranked: readonly FactScore[];
  readonly confidence: number;
}

export interface ExplainingAnswerEngine extends AnswerEngine {
  explain(question: string): Explanation;
}

export function createAnswerEngine(kb: KnowledgeBase): ExplainingAnswerEngine {
  const index: FactIndex = buildFactIndex(kb);
  const lookups = buildLookups(kb);
  const inbound = new Map<string, number>();
  for (const fact of kb.facts) for (const id of fact.related) inbound.set(id, (inbound.get(id) ?? 0) + 1);
  const mostUseful: readonly Fact[] = [...kb.facts].sort(
    (a, b) => usefulness(b, inbound) - usefulness(a, inbound) || a.paragraph - b.paragraph,
  );

  const detectQuestionLanguage = (text: string): Lang | undefined =>
    detectLanguage(text, (word) => index.nameWords.has(word));
  const defaultSuggestions = (lang: Lang, count: number): Suggestion[] =>
    mostUseful.slice(0, count).map((fact) => suggestionFor(fact, lang));

  const evaluate = (question: string): Explanation => {
    const query = analyzeQuery(question, index);
    const ranked = rankFacts(query, index, kb.entitiesById);
    const confidence = confidenceOf(query, ranked[0], ranked[1]);
    return { query, ranked, confidence };
  };

  const ask = (question: string, options: AskOptions = {}): Reply => {
    const { query, ranked, confidence } = evaluate(typeof question === 'string' ? question : '');
    const lang: Lang = options.lang ?? query.detectedLang ?? options.fallbackLang ?? 'en';
    const folded = normalizeForMatch(query.cleaned);
    const intent = folded === '' ? undefined : messageIntent(folded, query.smallTalk || isSmallTalk(folded.split(' ')));
    if (query.tokens.length === 0 && intent === undefined)
      return declinedReply(lang, 0, defaultSuggestions(lang, DID_YOU_MEAN), true);
    if (intent === 'summary') {
      const summary = lookups
        .summary('short', lang)
        .map((s) => s.text)
        .join(' ');
      return intentReply('summary', lang, summary, defaultSuggestions(lang, EXAMPLES));
    }
    if (intent === 'help' || intent === 'smalltalk')
      return intentReply(intent, lang, undefined, defaultSuggestions(lang, EXAMPLES));
    if (intent === 'source' && !query.injection) {
      const best = ranked.find((s) => s.fact.kind === 'source')?.fact ?? kb.facts.find((f) => f.kind === 'source');
      if (best) return answeredReply(kb, best, lang, Math.max(confidence, ANSWER_THRESHOLD), []);
    }
    const top = ranked[0];
    if (!top || confidence < ANSWER_THRESHOLD) {
      const candidates = ranked.filter((s) => s.score > 0).slice(0, DID_YOU_MEAN);
      const suggestions =
        candidates.length > 0
          ? candidates.map((s) => suggestionFor(s.fact, lang))
          : defaultSuggestions(lang, DID_YOU_MEAN);
      return declinedReply(lang, confidence, suggestions);
    }
    const alternatives = ranked
      .slice(1, 1 + DID_YOU_MEAN)
      .filter((s) => s.score > 0 && s.score >= top.score * ALTERNATIVE_SHARE)
      .map((s) => suggestionFor(s.fact, lang));
    return answeredReply(kb, top.fact, lang, confidence, alternatives);
  };

  const suggestQuestions = buildQuestionSuggester(kb, mostUseful, detectQuestionLanguage);

  return {
    ask,
    explain: evaluate,
    answerFact(factId, lang) {
      const fact = kb.factsById.get(factId);
      return fact ? answeredReply(kb, fact, lang, 1, []) : undefined;
    },
    detectLanguage: detectQuestionLanguage,
    suggestQuestions,
    ...lookups,
  };
}
