// The shared store backend: PostgreSQL through a pool, for several replicas on one database. A fault never stops
// answering: it is logged once, recording pauses, and the store tries again after a pause.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { hashUserId } from './secret.js';
import { countWindow, summarizeCounts, type CountRow } from './summary.js';
import { createWriteQueue } from './write-queue.js';
import {
  MAX_RECORDED_QUESTION,
  emptyReport,
  StoreSchemaError,
  type AskLimit,
  type InsightStore,
  type QuestionRecord,
  type RawReport,
  type ReportQuery,
  type SharedLimits,
  type StoreStatus,
  type VoteRecord,
} from './types.js';

/** How long a fault pauses the store before it tries again. */
const DEFAULT_RETRY_MS = 30_000;
/** The request path waits this long at most for a connection, then answers without the store. */
const CONNECT_TIMEOUT_MS = 2_000;
/** And this long for one statement (a report included). */
const QUERY_TIMEOUT_MS = 5_000;
/** Expired cooldown rows and replay keys are deleted this often. */
const SWEEP_INTERVAL_MS = 60_000;
/** A batch is written at once when it reaches this many questions, without waiting for the next turn. */
const MAX_BATCH = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** From this window length on, a guild's unanswered questions are grouped in question order (as on SQLite). */
const LONG_WINDOW_MS = 21 * DAY_MS;
/** Serialises migrations of replicas that start together (an arbitrary constant, the same in every replica). */
const MIGRATION_LOCK = 7_310_412_012;

export interface PostgresStoreOptions {
  readonly url: string;
  /** STORE_SECRET; when unset, one generated key is kept in the database so that every replica uses the same. */
  readonly secret: string | undefined;
  readonly logger: Logger;
  readonly now?: () => number;
  readonly retryMs?: number;
  /** Connections per process (replicas each have their own pool). */
  readonly poolMax?: number;
  /** How often expired cooldown rows and replay keys are deleted (tests shorten it). */
  readonly sweepMs?: number;
}

/** The URL to show in logs and status: without its password. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

/** Applies the migrations this database lacks, all in one transaction; a newer schema is refused. */
async function migratePostgres(client: pg.ClientBase, location: string): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS store_schema (version INTEGER NOT NULL)');
    const rows = (await client.query<{ version: number }>('SELECT version FROM store_schema')).rows;
    const version = rows[0]?.version ?? 0;
    if (version > POSTGRES_MIGRATIONS.length)
      throw new StoreSchemaError(
        `The store ${location} has schema version ${version}, newer than this bot knows ` +
          `(${POSTGRES_MIGRATIONS.length}). Run the newer bot, or set DATABASE_URL to another database.`,
      );
    if (rows.length === 0) await client.query('INSERT INTO store_schema (version) VALUES (0)');
    for (const [index, sql] of POSTGRES_MIGRATIONS.entries()) {
      if (index < version) continue;
      await client.query(sql);
      await client.query('UPDATE store_schema SET version = $1', [index + 1]);
    }
    await client.query('COMMIT');
    return POSTGRES_MIGRATIONS.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** A generated voter key, stored once: the first replica's insert wins and every replica reads the same value. */
async function databaseSecret(pool: pg.Pool): Promise<string> {
  await pool.query(`INSERT INTO store_meta (key, value) VALUES ('voter_secret', $1) ON CONFLICT (key) DO NOTHING`, [
    randomBytes(32).toString('hex'),
  ]);
  const { rows } = await pool.query<{ value: string }>(`SELECT value FROM store_meta WHERE key = 'voter_secret'`);
  const value = rows[0]?.value;
  if (!value) throw new Error('store_meta has no voter_secret');
  return value;
}

/** The SQL condition of a report's scope, pushing its parameter when it has one. */
function scopeSql(query: ReportQuery, params: unknown[]): string {
  if (query.guildId === undefined) return 'TRUE';
  if (query.guildId === null) return 'q.guild_id IS NULL';
  params.push(query.guildId);
  return `q.guild_id = $${params.length}`;
}

/** The same scope over the per-day counts, where a DM's guild is ''. */
function countsScopeSql(query: ReportQuery, params: unknown[]): string {
  if (query.guildId === undefined) return 'TRUE';
  if (query.guildId === null) return `c.guild_key = ''`;
  params.push(query.guildId);
  return `c.guild_key = $${params.length} AND c.guild_key <> ''`;
}

/** The window's whole days from the per-day counts; a day it starts within from that day's rows. */
async function readCounts(client: pg.ClientBase, query: ReportQuery): Promise<CountRow[]> {
  // BIGINT comes back from pg as a string: float8 (exact for milliseconds) comes back as a number.
  const window = countWindow(query.since);
  const countParams: unknown[] = [window.fromDay];
  const counts = (
    await client.query<CountRow>(
      `SELECT c.day, c.outcome, c.lang, nullif(c.knowledge_hash, '') AS hash, c.loaded_at::float8 AS "loadedAt",
              c.last_at::float8 AS "lastAt", c.n::int AS n
       FROM question_counts c WHERE c.day >= $1 AND ${countsScopeSql(query, countParams)}`,
      countParams,
    )
  ).rows;
  if (!window.partial) return counts;
  const params: unknown[] = [query.since];
  const where = `q.at >= $1 AND ${scopeSql(query, params)}`;
  const partial = await client.query<CountRow>(
    `SELECT (q.at / ${DAY_MS})::int AS day, q.outcome, q.lang, q.knowledge_hash AS hash,
            min(q.knowledge_loaded_at)::float8 AS "loadedAt", max(q.at)::float8 AS "lastAt", count(*)::int AS n
     FROM questions q WHERE ${where} AND q.at < $${params.length + 1} GROUP BY 1, 2, 3, 4`,
    [...params, window.until],
  );
  return [...counts, ...partial.rows];
}

async function readReport(client: pg.ClientBase, query: ReportQuery, now: number): Promise<RawReport> {
  const params: unknown[] = [query.since];
  const where = `q.at >= $1 AND ${scopeSql(query, params)}`;
  const rows = async <T extends pg.QueryResultRow>(sql: string, extra: unknown[] = []) =>
    (await client.query<T>(sql, [...params, ...extra])).rows;
  const counts = await readCounts(client, query);
  const limitParam = `$${params.length + 1}`;
  // A long window of one guild holds most of its unanswered rows: they are read in question order from
  // questions_unanswered_text and grouped as they come, instead of hashed or sorted (the planner prefers a
  // sequential scan there); a short window reads only its own rows by time.
  const inQuestionOrder = typeof query.guildId === 'string' && now - query.since >= LONG_WINDOW_MS;
  const unansweredRows = inQuestionOrder
    ? `(SELECT * FROM questions q WHERE q.guild_id = $2 AND q.outcome <> 'answered'
        ORDER BY q.guild_id, q.question, q.lang) q WHERE q.at >= $1`
    : `questions q WHERE ${where} AND q.outcome <> 'answered'`;
  const unanswered = await rows<RawReport['unanswered'][number]>(
    `SELECT q.question, q.lang, max(q.nearest_fact_id COLLATE "C") AS "nearestFactId", count(*)::int AS count
     FROM ${unansweredRows}
     GROUP BY q.question, q.lang ORDER BY count DESC, max(q.at) DESC LIMIT ${limitParam}`,
    [query.unansweredLimit ?? 500],
  );
  const votes = await rows<RawReport['votes'][number]>(
    `SELECT v.fact_id AS "factId", (count(*) FILTER (WHERE v.vote = 1))::int AS up,
            (count(*) FILTER (WHERE v.vote = -1))::int AS down, max(q.question COLLATE "C") AS example
     FROM votes v JOIN questions q ON q.id = v.question_id
     WHERE ${where} GROUP BY v.fact_id ORDER BY down DESC, up ASC LIMIT 25`,
  );
  return summarizeCounts(counts, unanswered, votes);
}

/**
 * Opens the pool and migrates. Only a newer schema rejects, so that start-up refuses; any other fault (the server
 * down, a wrong password) is logged once and retried later while the bot keeps answering without recording.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<InsightStore> {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  const location = redactDatabaseUrl(options.url);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: 'ask-the-article',
    // Idle connections do not keep a finished process (the console, the insights CLI) alive.
    allowExitOnIdle: true,
  });
  // An idle connection the server dropped (a restart): the pool replaces it; without a listener it would crash.
  pool.on('error', (error) =>
    logger.warn({ location, reason: `${errorCode(error)}: ${error.message}` }, 'store connection dropped'),
  );

  let secret = options.secret;
  let ready = false;
  let faulted = false;
  let retryAt = 0;
  let closed = false;
  let opening: Promise<boolean> | undefined;
  /** The longest replay window asked for: keys older than it are swept. */
  let replayWindowMs = 0;

  const fault = (error: unknown, operation: string) => {
    ready = false;
    if (!faulted) {
      if (error instanceof StoreSchemaError)
        logger.error({ location, reason: error.message, operation }, 'store unavailable: not recording');
      else
        logger.error(
          { location, reason: `${errorCode(error)}: ${(error as Error).message}`, operation },
          'store unavailable: answering without recording, will retry',
        );
    }
    faulted = true;
    retryAt = now() + retryMs;
  };

  const connect = async (): Promise<void> => {
    const client = await pool.connect();
    try {
      await migratePostgres(client, location);
    } finally {
      client.release();
    }
    secret ??= await databaseSecret(pool);
    ready = true;
  };

  /** True when the store may be used now: open, or reopened after the pause that followed a fault. */
  const available = async (operation: string): Promise<boolean> => {
    if (closed) return false;
    if (ready) return true;
    if (faulted && now() < retryAt) return false;
    opening ??= connect()
      .then(() => true)
      .catch((error: unknown) => {
        fault(error, operation);
        return false;
      })
      .finally(() => {
        opening = undefined;
      });
    return opening;
  };

  /** Runs one operation; on any fault logs (once), pauses the store and resolves the fallback. */
  const guarded = async <T>(operation: string, fallback: T, run: () => Promise<T>): Promise<T> => {
    if (!(await available(operation))) return fallback;
    try {
      const result = await run();
      if (faulted) {
        logger.info({ location }, 'store available again: recording');
        faulted = false;
      }
      return result;
    } catch (error) {
      fault(error, operation);
      return fallback;
    }
  };

  const userKey = (userId: string): string => hashUserId(secret ?? '', userId);

  const sweep = () =>
    guarded('sweep', undefined, async () => {
      const at = now();
      await pool.query('DELETE FROM ask_cooldown WHERE expires_at <= $1', [at]);
      if (replayWindowMs > 0) await pool.query('DELETE FROM replay_keys WHERE seen_at < $1', [at - replayWindowMs]);
    });

  try {
    await connect();
  } catch (error) {
    if (error instanceof StoreSchemaError) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    fault(error, 'open');
  }
  const sweeper = setInterval(() => void sweep(), options.sweepMs ?? SWEEP_INTERVAL_MS);
  sweeper.unref();

  // Questions are written in batches (write-queue.ts): one multi-row INSERT writes a turn's questions (one round
  // trip for a burst), in order, so that votes, reports and purges, which wait for flush(), see every question
  // recorded before them.
  const insertBatch = async (records: readonly QuestionRecord[]) => {
    const column = <T>(pick: (record: QuestionRecord) => T) => records.map(pick);
    await pool.query(
      `INSERT INTO questions (at, guild_id, channel_id, lang, question, outcome, fact_ids, nearest_fact_id,
                              confidence, interaction_id, message_id, knowledge_hash, knowledge_loaded_at)
       SELECT * FROM unnest($1::BIGINT[], $2::TEXT[], $3::TEXT[], $4::TEXT[], $5::TEXT[], $6::TEXT[], $7::TEXT[],
                            $8::TEXT[], $9::FLOAT8[], $10::TEXT[], $11::TEXT[], $12::TEXT[], $13::BIGINT[])`,
      [
        column((r) => r.at),
        column((r) => r.guildId),
        column((r) => r.channelId),
        column((r) => r.lang),
        column((r) => r.question.slice(0, MAX_RECORDED_QUESTION)),
        column((r) => r.outcome),
        column((r) => r.factIds.join(' ')),
        column((r) => r.nearestFactId ?? null),
        column((r) => r.confidence),
        column((r) => r.interactionId),
        column((r) => r.messageId),
        column((r) => r.knowledge?.hash ?? null),
        column((r) => r.knowledge?.loadedAt ?? null),
      ],
    );
  };
  const queue = createWriteQueue<QuestionRecord>(MAX_BATCH, (records) =>
    guarded('record question', undefined, () => insertBatch(records)),
  );
  const flush = () => queue.written();

  const shared: SharedLimits = {
    async takeAsk(userId: string, limit: AskLimit, at: number) {
      return guarded('cooldown', undefined, async () => {
        // One atomic statement: the row lock of ON CONFLICT serialises replicas checking the same member.
        const { rows } = await pool.query<{ allowed: boolean }>(
          `INSERT INTO ask_cooldown AS c (user_key, attempts, allowed, expires_at)
           VALUES ($1, ARRAY[$2::BIGINT], TRUE, $5::BIGINT)
           ON CONFLICT (user_key) DO UPDATE SET
             allowed = cardinality(ask_recent(c.attempts, $3::BIGINT)) < $4::INT,
             attempts = CASE WHEN cardinality(ask_recent(c.attempts, $3::BIGINT)) < $4::INT
                             THEN ask_recent(c.attempts, $3::BIGINT) || $2::BIGINT
                             ELSE ask_recent(c.attempts, $3::BIGINT) END,
             expires_at = CASE WHEN cardinality(ask_recent(c.attempts, $3::BIGINT)) < $4::INT
                               THEN $5::BIGINT ELSE c.expires_at END
           RETURNING allowed`,
          [userKey(userId), at, at - limit.windowMs, limit.max, at + limit.windowMs],
        );
        return rows[0]?.allowed ?? true;
      });
    },
    async askRetryAfterMs(userId: string, limit: AskLimit, at: number) {
      return guarded('cooldown', undefined, async () => {
        const { rows } = await pool.query<{ kept: string[] }>(
          'SELECT ask_recent(attempts, $2::BIGINT) AS kept FROM ask_cooldown WHERE user_key = $1',
          [userKey(userId), at - limit.windowMs],
        );
        const kept = (rows[0]?.kept ?? []).map(Number);
        if (kept.length < limit.max) return 0;
        const oldest = kept[kept.length - limit.max] ?? at;
        return Math.max(oldest + limit.windowMs - at, 0);
      });
    },
    async claimReplay(keys: readonly string[], at: number, windowMs: number) {
      const unique = [...new Set(keys)];
      replayWindowMs = Math.max(replayWindowMs, windowMs);
      return guarded('replay', undefined, async () => {
        // A key seen within the window stays; an expired one is taken over. Claimed only when every key was.
        const { rowCount } = await pool.query(
          `INSERT INTO replay_keys AS r (key, seen_at) SELECT k, $2::BIGINT FROM unnest($1::TEXT[]) AS k
           ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE r.seen_at < $3::BIGINT
           RETURNING key`,
          [unique, at, at - windowMs],
        );
        return rowCount === unique.length;
      });
    },
  };

  return {
    recordQuestion(record: QuestionRecord) {
      // While a fault pauses the store, a question is dropped at once (the fault was logged when it began).
      if (closed || (faulted && now() < retryAt)) return Promise.resolve();
      return queue.add(record);
    },
    async recordVote(vote: VoteRecord) {
      await flush();
      return guarded('record vote', false, async () => {
        // One statement: the latest answer with that message or interaction, and the member's vote on it.
        const { rowCount } = await pool.query(
          `INSERT INTO votes (question_id, voter, fact_id, vote, at)
           SELECT id, $3, $4, $5, $6 FROM questions
           WHERE message_id = $1 OR interaction_id = $2 ORDER BY id DESC LIMIT 1
           ON CONFLICT (question_id, voter, fact_id) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
          [vote.messageId, vote.interactionId, userKey(vote.userId), vote.factId, vote.vote === 'up' ? 1 : -1, vote.at],
        );
        return rowCount === 1;
      });
    },
    async report(query: ReportQuery) {
      await flush();
      return guarded('report', emptyReport(), async () => {
        const client = await pool.connect();
        try {
          // One snapshot for every part of the report, even while replicas keep recording.
          await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
          const report = await readReport(client, query, now());
          await client.query('COMMIT');
          return report;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      });
    },
    async dayCounts(query: ReportQuery) {
      await flush();
      return guarded('report', [] as RawReport['perDay'], async () => {
        const client = await pool.connect();
        try {
          return summarizeCounts(await readCounts(client, query), [], []).perDay;
        } finally {
          client.release();
        }
      });
    },
    async purge(before: number) {
      await flush();
      return guarded('purge', 0, async () => {
        const day = Math.floor(before / DAY_MS);
        const client = await pool.connect();
        try {
          // The per-day counts of whole days that went, and the cut-off's day counted again from the rows it kept.
          await client.query('BEGIN');
          const { rowCount } = await client.query('DELETE FROM questions WHERE at < $1', [before]);
          await client.query('DELETE FROM question_counts WHERE day <= $1', [day]);
          await client.query(
            `INSERT INTO question_counts (guild_key, day, outcome, lang, knowledge_hash, n, loaded_at, last_at)
             SELECT coalesce(guild_id, ''), (at / ${DAY_MS})::int, outcome, lang, coalesce(knowledge_hash, ''),
                    count(*), min(knowledge_loaded_at), max(at)
             FROM questions WHERE at >= $1 AND at < $2 GROUP BY 1, 2, 3, 4, 5`,
            [day * DAY_MS, (day + 1) * DAY_MS],
          );
          await client.query('COMMIT');
          return rowCount ?? 0;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      });
    },
    status(): StoreStatus {
      return { backend: 'postgres', location, recording: ready && !faulted && !closed };
    },
    async close() {
      if (closed) return;
      await flush();
      closed = true;
      clearInterval(sweeper);
      await opening;
      await pool.end();
    },
    shared,
  };
}
