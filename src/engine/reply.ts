// Builds the platform-neutral Reply from a fact (answered) or from suggestions (declined), in the reply language.
import type { Fact, KnowledgeBase } from '../knowledge/schema.js';
import type { Lang, Reply, Source, Suggestion } from './types.js';

const DECLINE_MESSAGES: Readonly<Record<Lang, string>> = {
  en: 'The article does not cover that, so I cannot answer it from the article.',
  vi: 'Bài viết không đề cập đến điều này, nên tôi không thể trả lời dựa trên bài viết.',
};

const EMPTY_MESSAGES: Readonly<Record<Lang, string>> = {
  en: 'Ask a question about the article.',
  vi: 'Hãy đặt một câu hỏi về bài viết.',
};

export function sourceOf(fact: Fact, kb: KnowledgeBase): Source {
  const section = kb.paragraphs.find((p) => p.number === fact.paragraph)?.section ?? fact.section;
  return { paragraph: fact.paragraph, section, quote: fact.quote, quoteEn: fact.quoteEn };
}

/** The question shown for a fact: its first paraphrase in the language (the knowledge lists the clearest first). */
export function suggestionFor(fact: Fact, lang: Lang): Suggestion {
  return { factId: fact.id, question: fact.questions[lang][0] ?? fact.questions.en[0] ?? fact.id };
}

export function answeredReply(
  kb: KnowledgeBase,
  fact: Fact,
  lang: Lang,
  confidence: number,
  suggestions: readonly Suggestion[],
): Reply {
  const note = fact.translationNote?.[lang];
  return {
    answered: true,
    lang,
    answer: fact.answer[lang],
    factId: fact.id,
    confidence: round(confidence),
    sources: [sourceOf(fact, kb)],
    ...(note ? { translationNote: note } : {}),
    suggestions,
    related: [...fact.related],
  };
}

export function declinedReply(
  lang: Lang,
  confidence: number,
  suggestions: readonly Suggestion[],
  empty = false,
): Reply {
  return {
    answered: false,
    lang,
    answer: empty ? EMPTY_MESSAGES[lang] : DECLINE_MESSAGES[lang],
    factId: null,
    confidence: round(confidence),
    sources: [],
    suggestions,
    related: [],
  };
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;
}
