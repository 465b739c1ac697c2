// The answer engine: builds every index once from the knowledge base, then answers questions synchronously.
import Fuse from 'fuse.js';
import type { Fact, KnowledgeBase } from '../knowledge/schema.js';
import { detectLanguage } from '../text/language.js';
import { cleanText, normalizeForMatch } from '../text/normalize.js';
import { ANSWER_THRESHOLD, confidenceOf } from './confidence.js';
import { buildFactIndex, type FactIndex } from './fact-index.js';
import { buildLookups, clampLimit, truncateChoiceName, usefulness } from './lookups.js';
import { analyzeQuery, type QueryAnalysis } from './query.js';
import { rankFacts, type FactScore } from './ranking.js';
import { answeredReply, declinedReply, suggestionFor } from './reply.js';
import type { AnswerEngine, AskOptions, Choice, Lang, Reply, Suggestion } from './types.js';

export type * from './types.js';
export { MAX_CHOICES, MAX_CHOICE_NAME } from './lookups.js';

const DID_YOU_MEAN = 3;
/** Runners-up within this share of the best score are offered beside an answer. */
const ALTERNATIVE_SHARE = 0.8;

interface QuestionRecord {
  readonly factId: string;
  readonly text: string;
  readonly folded: string;
}

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
  const questionSearch: Record<Lang, Fuse<QuestionRecord>> = {
    en: questionFuse(kb, 'en'),
    vi: questionFuse(kb, 'vi'),
  };

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
    if (query.tokens.length === 0) return declinedReply(lang, 0, defaultSuggestions(lang, DID_YOU_MEAN), true);
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

  const suggestQuestions = (
    partial: string,
    options: { readonly lang?: Lang; readonly limit?: number } = {},
  ): readonly Choice[] => {
    try {
      const limit = clampLimit(options.limit);
      if (limit === 0) return [];
      const cleaned = cleanText(typeof partial === 'string' ? partial : '', 200);
      const lang: Lang = options.lang ?? detectQuestionLanguage(cleaned) ?? 'en';
      // Keyword-style paraphrases ("openai lo bao nhieu") match well but read badly; the fact's first question is shown instead.
      const readable = (text: string | undefined) => text !== undefined && text !== text.toLowerCase();
      const toChoice = (fact: Fact, text?: string): Choice => ({
        name: truncateChoiceName(readable(text) && text ? text : suggestionFor(fact, lang).question),
        value: fact.id,
      });
      const folded = normalizeForMatch(cleaned, 200);
      if (folded === '') return mostUseful.slice(0, limit).map((fact) => toChoice(fact));

      // Each paraphrase scores by fuse's fuzzy match plus the share of typed words it contains (the last one as a prefix).
      const typed = folded.split(' ');
      const combined = new Map<string, { score: number; text?: string }>();
      for (const result of questionSearch[lang].search(folded, { limit: 80 })) {
        const words = result.item.folded.split(' ');
        const found = typed.filter((word, i) =>
          i === typed.length - 1 ? words.some((w) => w.startsWith(word)) : words.includes(word),
        ).length;
        const score = 1 - (result.score ?? 1) + found / typed.length;
        const entry = combined.get(result.item.factId);
        if (!entry || score > entry.score) combined.set(result.item.factId, { score, text: result.item.text });
      }
      for (const scored of evaluate(cleaned).ranked.slice(0, 40)) {
        if (scored.score <= 0) continue;
        const entry = combined.get(scored.fact.id);
        combined.set(scored.fact.id, {
          score: (entry?.score ?? 0) + scored.score,
          ...(entry?.text ? { text: entry.text } : {}),
        });
      }
      return [...combined.entries()]
        .sort((a, b) => b[1].score - a[1].score)
        .slice(0, limit)
        .flatMap(([factId, entry]) => {
          const fact = kb.factsById.get(factId);
          return fact ? [toChoice(fact, entry.text)] : [];
        });
    } catch {
      return [];
    }
  };

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

function questionFuse(kb: KnowledgeBase, lang: Lang): Fuse<QuestionRecord> {
  const records = kb.facts.flatMap((fact) =>
    fact.questions[lang].map((text) => ({ factId: fact.id, text, folded: normalizeForMatch(text, 500) })),
  );
  return new Fuse(records, { keys: ['folded'], includeScore: true, threshold: 0.4, ignoreLocation: true });
}
