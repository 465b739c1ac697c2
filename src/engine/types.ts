// The platform-neutral reply model of the answer engine: every front end renders exactly this.
import type { Figure, Quote, SummarySentence } from '../knowledge/schema.js';
import type { Lang } from '../text/lang.js';

export interface Source {
  readonly paragraph: number;
  /** Section id (knowledge/article.json). */
  readonly section: string;
  /** Verbatim from knowledge/article.vi.txt. */
  readonly quote: string;
  /** English rendering of the quote (shown when replying in English). */
  readonly quoteEn?: string;
}

export interface Suggestion {
  readonly factId: string;
  /** A question the article answers, in the reply language. */
  readonly question: string;
}

export interface Reply {
  readonly answered: boolean;
  readonly lang: Lang;
  /** The answer, or the "the article does not cover this" message, in `lang`. */
  readonly answer: string;
  readonly factId: string | null;
  /** 0..1; calibrated so that answers below the engine's threshold are declined. */
  readonly confidence: number;
  readonly sources: readonly Source[];
  readonly translationNote?: string;
  readonly suggestions: readonly Suggestion[];
  /**
   * For a decline: whether `suggestions` are related to the question ("did you mean") or, when nothing in the article
   * is close enough, example questions (shown labelled as examples). Absent on other replies.
   */
  readonly suggestionsAre?: 'related' | 'examples';
  /** Related fact ids, most related first. */
  readonly related: readonly string[];
  /** What the reply is: one fact, the summary, the help text, small talk, a decline, or the article's source facts. */
  readonly kind?: ReplyKind;
  /** For a decline about something the article names: the closest fact it does give (labelled as such in `answer`). */
  readonly nearest?: NearestFact;
  /** A message with several questions: each answered part, in order (`factId`/`sources` above are the first part's). */
  readonly parts?: readonly ReplyPart[];
}

type ReplyKind = 'fact' | 'summary' | 'help' | 'smalltalk' | 'declined' | 'clarify' | 'comparison' | 'source';

interface NearestFact {
  readonly factId: string;
  /** The fact's answer, in the reply language. */
  readonly answer: string;
  readonly source: Source;
}

interface ReplyPart {
  /** The part of the message this answers, as typed. */
  readonly question: string;
  readonly answered: boolean;
  readonly answer: string;
  readonly factId: string | null;
  readonly confidence: number;
  readonly sources: readonly Source[];
}

/** An earlier turn of a conversation: what was asked and what the engine replied (only what a follow-up needs). */
export interface ConversationTurn {
  readonly question: string;
  readonly reply: Pick<Reply, 'answered' | 'factId' | 'lang'>;
}

export interface AskOptions {
  /**
   * The earlier turns of this conversation, oldest first. A follow-up that cannot stand alone ("and Meta?", "why?")
   * is resolved against the last answered turn; without one it gets a `clarify` reply. A complete question ignores it.
   */
  readonly conversation?: readonly ConversationTurn[];
  /** Forces the reply language; by default it is detected from the question. */
  readonly lang?: Lang;
  /** Used when the question's language cannot be told (e.g. the interaction's locale). */
  readonly fallbackLang?: Lang;
}

/** A figure of the article with the fact it comes from (for /figure and /chart). */
export interface FigureEntry {
  readonly factId: string;
  readonly paragraph: number;
  readonly figure: Figure;
}

export interface SubjectFigures {
  /** Entity id of the subject (e.g. "openai"). */
  readonly subject: string;
  readonly name: string;
  readonly figures: readonly FigureEntry[];
}

export interface Choice {
  /** At most 100 characters, in the requested language. */
  readonly name: string;
  /** A stable id. */
  readonly value: string;
}

/** The answer engine: pure and synchronous; built once from a KnowledgeBase. */
export interface AnswerEngine {
  ask(question: string, options?: AskOptions): Reply;
  /** The reply for a known fact (buttons, autocomplete values); undefined for an unknown id. */
  answerFact(factId: string, lang: Lang): Reply | undefined;
  detectLanguage(text: string): Lang | undefined;
  /**
   * Autocomplete for /ask: the questions the article answers that best match, in the typing language, at most `limit`
   * (every fact without one); value = fact id. Names are whole: fitting them to a platform's limits is the shell's job.
   */
  suggestQuestions(partial: string, options?: { readonly lang?: Lang; readonly limit?: number }): readonly Choice[];
  /** Quotes whose speaker matches the query (fuzzy: "zuck", "pichai", "goldman"); all quotes for an empty query. */
  findQuotes(speakerQuery: string): readonly Quote[];
  /** Autocomplete of speakers for /quote, best first; value = entity id. */
  speakerChoices(partial: string, lang: Lang): readonly Choice[];
  /** The article's figures grouped by subject entity, for subjects matching the query (all for an empty query). */
  figuresBySubject(subjectQuery: string): readonly SubjectFigures[];
  /** Autocomplete of figure subjects for /figure; value = entity id. */
  subjectChoices(partial: string, lang: Lang): readonly Choice[];
  /** Summary sentences (text + paragraphs) by length and language. */
  summary(length: 'short' | 'full', lang: Lang): readonly SummarySentence[];
}
