// Builds the platform-neutral Reply from a fact (answered) or from suggestions (declined), in the reply language.
import type { Fact, Figure, KnowledgeBase } from '../knowledge/schema.js';
import { formatFigure } from '../text/figure-format.js';
import { STRINGS } from '../text/strings/index.js';
import { figureRelation, scaledValue } from './understand/comparison.js';
import type { Reply, Source, Suggestion } from './types.js';
import type { Lang } from '../text/lang.js';

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

function sourceOf(fact: Fact, kb: KnowledgeBase): Source {
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

/** A follow-up that cannot stand alone, asked with no earlier answer to refer to: ask for the whole question. */
export function clarifyReply(lang: Lang, said: boolean, suggestions: readonly Suggestion[]): Reply {
  return {
    ...declinedReply(lang, 0, suggestions),
    answer: said ? STRINGS[lang].clarifySaid : STRINGS[lang].clarifyAbout,
    kind: 'clarify',
  };
}

/** One side of a comparison: the side as typed, its reply, and the figure of its fact that it is about. */
export interface ComparisonSide {
  readonly question: string;
  readonly reply: Reply;
  readonly figure: Figure | undefined;
}

const lowerFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
/** A sentence opens with a capital, whatever name it opens with ("chi phí đào tạo của OpenAI …" → "Chi phí …"). */
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function figureName(kb: KnowledgeBase, figure: Figure, lang: Lang): string {
  const subject = kb.entitiesById.get(figure.subject)?.name[lang] ?? figure.subject;
  return STRINGS[lang].compare.figureName(subject, lowerFirst(figure.label[lang]));
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** How two figures compare, with numbers only from the structured figures, never across different measures. */
function compareSentence(kb: KnowledgeBase, a: Figure, b: Figure, lang: Lang, share: boolean): string {
  const words = STRINGS[lang].compare;
  if (figureRelation(a, b) === 'different') return words.different(figureName(kb, a, lang), figureName(kb, b, lang));
  const [va, vb] = [scaledValue(a), scaledValue(b)];
  const [big, small] = va >= vb ? [a, b] : [b, a];
  const name = (f: Figure) => `${figureName(kb, f, lang)} (${formatFigure(f, lang)})`;
  if (a.unit === 'percent') return words.points(name(big), name(small), round1(Math.abs(a.value - b.value)));
  // A share asked ("what share of its costs is training"): the smaller of two amounts of one measure is the part.
  if (share) {
    const percent = Math.round((100 * scaledValue(small)) / scaledValue(big));
    const exact =
      percent === (100 * scaledValue(small)) / scaledValue(big) && big.bound === 'exact' && small.bound === 'exact';
    return words.share(name(small), name(big), percent, !exact);
  }
  const ratio = scaledValue(big) / scaledValue(small);
  if (ratio < 1.05) return words.same(name(a), name(b));
  const times = round1(ratio);
  const exact = times === ratio && big.bound === 'exact' && small.bound === 'exact';
  return words.times(name(big), name(small), times, !exact);
}

/**
 * A comparison: each side from its own fact and source; how they compare when both give figures (as a share of the
 * larger when `share`: "what share of X is Y").
 */
export function comparisonReply(
  kb: KnowledgeBase,
  sides: readonly [ComparisonSide, ComparisonSide],
  lang: Lang,
  share = false,
): Reply {
  const answered = sides.filter((s) => s.reply.answered);
  const first = answered[0]?.reply ?? sides[0].reply;
  const lines = sides.map(({ question, reply }) => {
    const paragraph = reply.sources[0]?.paragraph;
    if (reply.answered && paragraph !== undefined) return `${reply.answer} (¶${paragraph})`;
    return STRINGS[lang].compare.missing(question);
  });
  const [a, b] = sides;
  if (a.reply.answered && b.reply.answered && a.figure && b.figure)
    lines.push(upperFirst(compareSentence(kb, a.figure, b.figure, lang, share)));
  return {
    ...first,
    lang,
    answered: answered.length > 0,
    answer: lines.join('\n'),
    confidence: round(Math.min(...answered.map((s) => s.reply.confidence))),
    sources: answered.flatMap((s) => s.reply.sources),
    related: [...new Set(answered.flatMap((s) => s.reply.related))],
    kind: 'comparison',
    parts: sides.map(({ question, reply }) => ({
      question,
      answered: reply.answered,
      answer: reply.answer,
      factId: reply.factId,
      confidence: reply.confidence,
      sources: reply.sources,
    })),
  };
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;
}
