// The embedded store backend: one SQLite file (WAL) under DATA_DIR; a fault never stops answering, it only pauses recording.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../logger.js';
import { MIGRATIONS } from './migrations.js';
import { hashUserId } from './secret.js';
import { countWindow, DAY_MS, summarizeCounts, type CountRow } from './summary.js';
import { createWriteQueue } from './write-queue.js';
import {
  MAX_RECORDED_QUESTION,
  emptyReport,
  StoreSchemaError,
  type InsightStore,
  type QuestionRecord,
  type RawReport,
  type ReportQuery,
  type StoreStatus,
  type VoteRecord,
} from './types.js';

export const DATABASE_FILE = 'insights.sqlite';
/** How long a fault pauses recording before the store tries again. */
const DEFAULT_RETRY_MS = 30_000;
/** A locked database is waited for this long at most: recording runs on the request path. */
const BUSY_TIMEOUT_MS = 20;
/** A batch is written at once when it reaches this many questions, without waiting for the next turn. */
const MAX_BATCH = 500;

export interface SqliteStoreOptions {
  readonly dataDir: string;
  readonly secret: string;
  readonly logger: Logger;
  readonly now?: () => number;
  readonly retryMs?: number;
  /** Tests only: open the file read-only (root ignores file modes), or run pragmas right after opening. */
  readonly readonly?: boolean;
  readonly afterOpen?: (db: Database.Database) => void;
}

type Db = Database.Database;

/** From this window length on, a guild's unanswered questions are grouped from the index in question order. */
const LONG_WINDOW_MS = 21 * 24 * 60 * 60 * 1000;

const unansweredSql = (indexed: string) =>
  `SELECT q.question AS question, q.lang AS lang, max(q.nearest_fact_id) AS nearestFactId, count(*) AS count
   FROM questions q ${indexed} WHERE q.at >= @since AND <scope> AND q.outcome <> 'answered'
   GROUP BY q.question, q.lang ORDER BY count DESC, max(q.at) DESC LIMIT @limit`;

function prepareStatements(db: Db) {
  // "=" lets SQLite use the (guild_id, at) index; DMs (no guild) have their own IS NULL variant.
  const scoped = (sql: string) => ({
    all: db.prepare(sql.replaceAll('<scope>', '1 = 1')),
    guild: db.prepare(sql.replaceAll('<scope>', 'q.guild_id = @guild')),
    dm: db.prepare(sql.replaceAll('<scope>', 'q.guild_id IS NULL')),
  });
  // The per-day counts keep a DM's guild as ''.
  const scopedCounts = (sql: string) => ({
    all: db.prepare(sql.replaceAll('<scope>', '1 = 1')),
    guild: db.prepare(sql.replaceAll('<scope>', "c.guild_key = @guild AND c.guild_key <> ''")),
    dm: db.prepare(sql.replaceAll('<scope>', "c.guild_key = ''")),
  });
  const countColumns = `c.day AS day, c.outcome AS outcome, c.lang AS lang, nullif(c.knowledge_hash, '') AS hash,
                        c.loaded_at AS loadedAt, c.last_at AS lastAt, c.n AS n`;
  return {
    insertQuestion: db.prepare(
      `INSERT INTO questions (at, guild_id, channel_id, lang, question, outcome, fact_ids, nearest_fact_id, confidence,
                              interaction_id, message_id, knowledge_hash, knowledge_loaded_at)
       VALUES (@at, @guild, @channel, @lang, @question, @outcome, @factIds, @nearest, @confidence, @interaction, @message,
               @knowledgeHash, @knowledgeLoadedAt)`,
    ),
    findAnswer: db.prepare(
      `SELECT id FROM questions WHERE (message_id = @message OR interaction_id = @interaction) ORDER BY id DESC LIMIT 1`,
    ),
    upsertVote: db.prepare(
      `INSERT INTO votes (question_id, voter, fact_id, vote, at) VALUES (@question, @voter, @fact, @vote, @at)
       ON CONFLICT (question_id, voter, fact_id) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
    ),
    purge: db.prepare(`DELETE FROM questions WHERE at < ?`),
    // The per-day counts of whole days that went, then the cut-off's day counted again from the rows it kept.
    purgeCounts: db.prepare(`DELETE FROM question_counts WHERE day <= ?`),
    recountDay: db.prepare(
      `INSERT INTO question_counts (guild_key, day, outcome, lang, knowledge_hash, n, loaded_at, last_at)
       SELECT coalesce(guild_id, ''), at / 86400000, outcome, lang, coalesce(knowledge_hash, ''), count(*),
              min(knowledge_loaded_at), max(at)
       FROM questions WHERE at >= @start AND at < @end GROUP BY 1, 2, 3, 4, 5`,
    ),
    // Whole days of the window from the per-day counts (a few rows per day), whatever the window's length.
    dayCounts: scopedCounts(`SELECT ${countColumns} FROM question_counts c WHERE c.day >= @fromDay AND <scope>`),
    // A window that starts within a day (the CLI's "now minus N days"): that day's part from its rows.
    partialDayCounts: scoped(
      `SELECT q.at / 86400000 AS day, q.outcome AS outcome, q.lang AS lang, q.knowledge_hash AS hash,
              min(q.knowledge_loaded_at) AS loadedAt, max(q.at) AS lastAt, count(*) AS n
       FROM questions q WHERE q.at >= @since AND q.at < @until AND <scope> GROUP BY 1, 2, 3, 4`,
    ),
    unanswered: scoped(unansweredSql('')),
    // A long window of one guild: most of its unanswered rows are in it, so reading them in question order (and
    // skipping the older ones) beats sorting them all; a short one reads only its own rows by time.
    unansweredLong: db.prepare(
      unansweredSql('INDEXED BY questions_unanswered_text').replaceAll('<scope>', 'q.guild_id = @guild'),
    ),
    // Votes are far fewer than questions: read them first, then each one's question by its key.
    votes: scoped(
      `SELECT v.fact_id AS factId, sum(v.vote = 1) AS up, sum(v.vote = -1) AS down, max(q.question) AS example
       FROM votes v CROSS JOIN questions q ON q.id = v.question_id
       WHERE q.at >= @since AND <scope> GROUP BY v.fact_id ORDER BY down DESC, up ASC LIMIT 25`,
    ),
  };
}
type Statements = ReturnType<typeof prepareStatements>;

/** Applies the migrations this database lacks, all in one transaction; a newer schema is refused. */
function migrate(db: Db, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length)
    throw new StoreSchemaError(
      `The store ${file} has schema version ${version}, newer than this bot knows (${MIGRATIONS.length}). ` +
        'Run the newer bot, or set DATA_DIR to another folder.',
    );
  if (version === MIGRATIONS.length) return;
  db.transaction(() => {
    MIGRATIONS.slice(version).forEach((sql, index) => {
      db.exec(sql);
      db.pragma(`user_version = ${version + index + 1}`);
    });
  })();
}

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

function isCorrupt(error: unknown): boolean {
  const code = errorCode(error);
  return CORRUPT_CODES.has(code) || code.startsWith('SQLITE_CORRUPT');
}

/**
 * Opens (creating DATA_DIR and the file when needed) and migrates. Only a newer schema throws, at once, so
 * that start-up refuses; every other fault is logged once and retried later while the bot keeps answering.
 */
export function openSqliteStore(options: SqliteStoreOptions): InsightStore {
  const { dataDir, secret, logger } = options;
  const now = options.now ?? Date.now;
  const retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  const file = path.join(dataDir, DATABASE_FILE);
  let db: Db | undefined;
  let statements: Statements | undefined;
  let retryAt = 0;
  let faulted = false;

  const open = (): Statements => {
    mkdirSync(dataDir, { recursive: true });
    const opened = new Database(file, { timeout: BUSY_TIMEOUT_MS, readonly: options.readonly ?? false });
    try {
      if (!options.readonly) opened.pragma('journal_mode = WAL');
      opened.pragma('synchronous = NORMAL');
      opened.pragma('foreign_keys = ON');
      options.afterOpen?.(opened);
      if (!options.readonly) migrate(opened, file);
      const prepared = prepareStatements(opened);
      db = opened;
      return prepared;
    } catch (error) {
      opened.close();
      throw error;
    }
  };

  const closeDb = () => {
    try {
      db?.close();
    } catch {
      // Already unusable: nothing more to release.
    }
    db = undefined;
    statements = undefined;
  };

  /** Moves the broken file (and its WAL and shared-memory files) aside, so that a fresh store can start. */
  const moveAside = (): string => {
    closeDb();
    const target = `${file}.corrupt-${new Date(now()).toISOString().replaceAll(':', '-')}`;
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
    return target;
  };

  const fault = (error: unknown, operation: string) => {
    if (error instanceof StoreSchemaError) {
      if (!faulted) logger.error({ path: file, reason: error.message, operation }, 'store unavailable: not recording');
    } else if (isCorrupt(error)) {
      try {
        const movedTo = moveAside();
        logger.error(
          { path: file, movedTo, reason: (error as Error).message, operation },
          'store file is corrupt: moved it aside and started a fresh one',
        );
        statements = open();
        faulted = false;
        return;
      } catch (retryError) {
        error = retryError;
      }
    }
    closeDb();
    if (!faulted && !(error instanceof StoreSchemaError))
      logger.error(
        { path: file, reason: `${errorCode(error)}: ${(error as Error).message}`, operation },
        'store unavailable: answering without recording, will retry',
      );
    faulted = true;
    retryAt = now() + retryMs;
  };

  /** Runs one operation, reopening after a pause when an earlier one failed; on any fault returns the fallback. */
  const guarded = <T>(operation: string, fallback: T, run: (s: Statements) => T, writes = true): T => {
    if (!statements) {
      if (faulted && now() < retryAt) return fallback;
      try {
        statements = open();
      } catch (error) {
        fault(error, operation);
        if (!statements) return fallback;
      }
    }
    try {
      const result = run(statements);
      // The fault is over only once an operation succeeds (a read-only file opens fine and fails at the first write).
      if (faulted && writes) {
        logger.info({ path: file }, 'store available again: recording');
        faulted = false;
      }
      return result;
    } catch (error) {
      fault(error, operation);
      return fallback;
    }
  };

  // At start-up a newer schema stops the process; any other fault only pauses recording.
  try {
    statements = open();
  } catch (error) {
    if (error instanceof StoreSchemaError) throw error;
    fault(error, 'open');
  }

  const scope = (query: ReportQuery) => (query.guildId === undefined ? 'all' : query.guildId === null ? 'dm' : 'guild');

  // Questions are written in batches (write-queue.ts): one transaction inserts a turn's questions, so a burst
  // costs one commit. Reads and votes flush first, so they always see every question recorded before them.
  const insertAll = (s: Statements, records: readonly QuestionRecord[]) =>
    db?.transaction(() => {
      for (const record of records)
        s.insertQuestion.run({
          at: record.at,
          guild: record.guildId,
          channel: record.channelId,
          lang: record.lang,
          question: record.question.slice(0, MAX_RECORDED_QUESTION),
          outcome: record.outcome,
          factIds: record.factIds.join(' '),
          nearest: record.nearestFactId ?? null,
          confidence: record.confidence,
          interaction: record.interactionId,
          message: record.messageId,
          knowledgeHash: record.knowledge?.hash ?? null,
          knowledgeLoadedAt: record.knowledge?.loadedAt ?? null,
        });
    })();
  const queue = createWriteQueue<QuestionRecord>(MAX_BATCH, (records) =>
    guarded('record question', undefined, (s) => insertAll(s, records)),
  );
  const flush = () => queue.flush();

  /** The window's whole days from the per-day counts; a day it starts within from that day's rows. */
  const readCounts = (s: Statements, query: ReportQuery): CountRow[] => {
    const which = scope(query);
    const params = { since: query.since, guild: query.guildId ?? null };
    const window = countWindow(query.since);
    const counts = s.dayCounts[which].all({ ...params, fromDay: window.fromDay }) as CountRow[];
    if (window.partial)
      counts.push(...(s.partialDayCounts[which].all({ ...params, until: window.until }) as CountRow[]));
    return counts;
  };

  return {
    recordQuestion(record: QuestionRecord) {
      // While a fault pauses recording, a question is dropped at once (the fault was logged when it began).
      if (faulted && now() < retryAt) return Promise.resolve();
      return queue.add(record);
    },
    async recordVote(vote: VoteRecord) {
      flush();
      return guarded('record vote', false, (s) => {
        const row = s.findAnswer.get({ message: vote.messageId, interaction: vote.interactionId }) as
          { id: number } | undefined;
        if (!row) return false;
        s.upsertVote.run({
          question: row.id,
          voter: hashUserId(secret, vote.userId),
          fact: vote.factId,
          vote: vote.vote === 'up' ? 1 : -1,
          at: vote.at,
        });
        return true;
      });
    },
    async report(query: ReportQuery) {
      flush();
      return guarded(
        'report',
        emptyReport(),
        (s) => {
          const which = scope(query);
          // One read transaction: every part of the report sees the same questions.
          return db!.transaction(() => {
            const params = { since: query.since, guild: query.guildId ?? null, limit: query.unansweredLimit ?? 500 };
            return summarizeCounts(
              readCounts(s, query),
              (which === 'guild' && now() - query.since >= LONG_WINDOW_MS ? s.unansweredLong : s.unanswered[which]).all(
                params,
              ) as RawReport['unanswered'],
              s.votes[which].all(params) as RawReport['votes'],
            );
          })();
        },
        false,
      );
    },
    async dayCounts(query: ReportQuery) {
      flush();
      return guarded('report', [], (s) => summarizeCounts(readCounts(s, query), [], []).perDay, false);
    },
    async purge(before: number) {
      flush();
      return guarded('purge', 0, (s) =>
        db!.transaction(() => {
          const removed = s.purge.run(before).changes;
          const day = Math.floor(before / DAY_MS);
          s.purgeCounts.run(day);
          s.recountDay.run({ start: day * DAY_MS, end: (day + 1) * DAY_MS });
          return removed;
        })(),
      );
    },
    status(): StoreStatus {
      return { backend: 'sqlite', location: file, recording: statements !== undefined && !faulted };
    },
    async close() {
      flush();
      closeDb();
    },
  };
}
