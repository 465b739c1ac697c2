// Builds the platform-neutral Reply from a fact (answered) or from suggestions (declined), in the reply language.
import type { Fact, KnowledgeBase } from '../knowledge/schema.js';
import { STRINGS } from '../text/strings/index.js';
import type { Lang, Reply, Source, Suggestion } from './types.js';

/** A reply that is not about one fact: the summary (answered from the article), the help text or small talk. */
export function intentReply(
  kind: 'summary' | 'help' | 'smalltalk',
  lang: Lang,
  text: string | undefined,
  suggestions: readonly Suggestion[],
): Reply {
  const answer =
    kind === 'summary' ? (text ?? '') : kind === 'help' ? STRINGS[lang].helpMessage : STRINGS[lang].smallTalkMessage;
  return {
    answered: kind === 'summary',
    lang,
    answer,
    factId: null,
    confidence: 1,
    sources: [],
    suggestions,
    related: [],
    kind,
  };
}

/** A decline about a subject the article names, with the closest fact it does give, labelled as such. */
export function nearMissReply(
  kb: KnowledgeBase,
  fact: Fact,
  lang: Lang,
  confidence: number,
  suggestions: readonly Suggestion[],
  subject: string,
  attribute: string | undefined,
): Reply {
  const source = sourceOf(fact, kb);
  const what =
    lang === 'en'
      ? attribute
        ? `The article doesn't give ${subject}'s ${attribute}.`
        : `The article doesn't say that about ${subject}.`
      : attribute
        ? `Bài viết không nêu ${attribute} của ${subject}.`
        : `Bài viết không nói điều này về ${subject}.`;
  const says = lang === 'en' ? 'What it says' : 'Điều bài viết nói';
  return {
    ...declinedReply(lang, confidence, suggestions),
    answer: `${what} ${says}: ${fact.answer[lang]} (¶${fact.paragraph})`,
    nearest: { factId: fact.id, answer: fact.answer[lang], source },
  };
}

/** A message with several questions: each part's answer with its paragraph, the sources of all, in order. */
export function multiReply(parts: readonly (readonly [string, Reply])[], lang: Lang): Reply {
  const first = parts.find(([, r]) => r.answered)?.[1] ?? parts[0]?.[1];
  if (!first) throw new Error('multiReply needs at least one part');
  const seen = new Set<string>();
  const lines: string[] = [];
  const sources: Source[] = [];
  for (const [, reply] of parts) {
    const key = reply.factId ?? reply.answer;
    if (seen.has(key)) continue;
    seen.add(key);
    const paragraph = reply.sources[0]?.paragraph;
    lines.push(paragraph !== undefined && reply.answered ? `${reply.answer} (¶${paragraph})` : reply.answer);
    sources.push(...reply.sources);
  }
  return {
    ...first,
    lang,
    answer: lines.join('\n'),
    confidence: Math.min(...parts.map(([, r]) => (r.answered ? r.confidence : 1))),
    sources,
    parts: parts.map(([question, r]) => ({
      question,
      answered: r.answered,
      answer: r.answer,
      factId: r.factId,
      confidence: r.confidence,
      sources: r.sources,
    })),
  };
}

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
    kind: fact.kind === 'source' ? 'source' : 'fact',
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
    answer: empty ? STRINGS[lang].emptyQuestion : STRINGS[lang].declined,
    factId: null,
    confidence: round(confidence),
    sources: [],
    suggestions,
    related: [],
    kind: 'declined',
  };
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;
}
