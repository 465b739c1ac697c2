// The insight store's one interface: every backend (SQLite, PostgreSQL) implements exactly this.
import type { Lang } from '../text/lang.js';

export type Outcome = 'answered' | 'declined' | 'clarified';
type Vote = 'up' | 'down';

/** One question and what the bot did with it. Never a user id. */
export interface QuestionRecord {
  readonly at: number;
  /** null outside a guild; "console" for the local console. */
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly lang: Lang;
  /** After the engine's cleaning; the store caps it at MAX_RECORDED_QUESTION characters. */
  readonly question: string;
  readonly outcome: Outcome;
  /** The answered facts (empty when declined or clarified). */
  readonly factIds: readonly string[];
  /** For a decline or a clarification: the closest fact the article does have. */
  readonly nearestFactId?: string | null;
  readonly confidence: number;
  /** The interaction that asked, and the reply's message id when the shell knows it. */
  readonly interactionId: string | null;
  readonly messageId: string | null;
  /** The knowledge that answered (content hash and load time); absent for records made without one. */
  readonly knowledge?: KnowledgeStamp | null;
}

/** A knowledge version as the store keeps it: the content hash of KNOWLEDGE_DIR and when it was loaded. */
interface KnowledgeStamp {
  readonly hash: string;
  readonly loadedAt: number;
}

export interface VoteRecord {
  readonly at: number;
  /** The answer the button sits under: its message id and/or the interaction that asked. */
  readonly messageId: string | null;
  readonly interactionId: string | null;
  readonly factId: string;
  /** The member in clear: the store keeps only an HMAC of it. */
  readonly userId: string;
  readonly vote: Vote;
}

export interface ReportQuery {
  /** undefined = every guild and the console together (the CLI); a guild id or null (DMs) = that one only. */
  readonly guildId?: string | null;
  readonly since: number;
  /** How many distinct declined question texts to return at most (grouping happens outside the store). */
  readonly unansweredLimit?: number;
}

export interface RawReport {
  readonly total: number;
  readonly byOutcome: Readonly<Record<Outcome, number>>;
  readonly byLang: Readonly<Record<string, number>>;
  /** UTC day (YYYY-MM-DD) → counts. */
  readonly perDay: readonly {
    readonly day: string;
    readonly answered: number;
    readonly declined: number;
    readonly clarified: number;
  }[];
  /** Distinct declined/clarified question texts, most frequent first. */
  readonly unanswered: readonly {
    readonly question: string;
    readonly lang: string;
    readonly nearestFactId: string | null;
    readonly count: number;
  }[];
  /** Facts by 👎, most first (then 👍 fewest), with one example question. */
  readonly votes: readonly {
    readonly factId: string;
    readonly up: number;
    readonly down: number;
    readonly example: string;
  }[];
  /** The knowledge versions that answered, most recently used first (optional: a backend may not keep them). */
  readonly knowledge?: readonly {
    readonly hash: string;
    readonly loadedAt: number;
    readonly questions: number;
    readonly lastAt: number;
  }[];
}

/** A report of nothing recorded (an empty store, a store that is down, the null store). */
export function emptyReport(): RawReport {
  return {
    total: 0,
    byOutcome: { answered: 0, declined: 0, clarified: 0 },
    byLang: {},
    perDay: [],
    unanswered: [],
    votes: [],
    knowledge: [],
  };
}

export interface StoreStatus {
  readonly backend: 'sqlite' | 'postgres' | 'none';
  /** Where the data lives (a file path, or a URL without its password). */
  readonly location: string;
  /** false while a fault keeps the store from recording (it retries later). */
  readonly recording: boolean;
}

/** A per-user /ask limit: at most `max` answered asks within any `windowMs`. */
export interface AskLimit {
  readonly max: number;
  readonly windowMs: number;
}

/**
 * State that replicas on one database share (PostgreSQL only). Each call is one atomic statement; it resolves
 * undefined when the database cannot answer now (the store logs that once), and the caller falls back to its
 * in-process state so that the bot keeps answering.
 */
export interface SharedLimits {
  /** Counts the attempt when it is within the limit; false (and nothing counted) when over it. */
  takeAsk(userId: string, limit: AskLimit, now: number): Promise<boolean | undefined>;
  /** Milliseconds until the user may ask again (0 when they may ask now). */
  askRetryAfterMs(userId: string, limit: AskLimit, now: number): Promise<number | undefined>;
  /** Claims a request's replay keys: true when none was seen within `windowMs`, recording them; false for a replay. */
  claimReplay(keys: readonly string[], now: number, windowMs: number): Promise<boolean | undefined>;
}

export interface InsightStore {
  recordQuestion(record: QuestionRecord): Promise<void>;
  /** A second vote by the same member on the same answer replaces the first. Resolves false when no such answer is recorded. */
  recordVote(vote: VoteRecord): Promise<boolean>;
  report(query: ReportQuery): Promise<RawReport>;
  /**
   * The report's questions per UTC day alone (report().perDay): the per-day counts only, so that /insights can draw
   * its chart while the store groups the unanswered questions and the votes.
   */
  dayCounts(query: ReportQuery): Promise<RawReport['perDay']>;
  /** Deletes every question (and its votes) recorded before `before`; resolves how many questions went. */
  purge(before: number): Promise<number>;
  status(): StoreStatus;
  close(): Promise<void>;
  /** Present when several processes share this store (PostgreSQL): the /ask cooldown and the replay set live there. */
  readonly shared?: SharedLimits;
}

/** Longest question text kept (Discord's option limit is far higher; this is enough to add a paraphrase). */
export const MAX_RECORDED_QUESTION = 300;

/** The store's schema is newer than this code: refusing to start beats writing into a schema it does not know. */
export class StoreSchemaError extends Error {
  override name = 'StoreSchemaError';
}
