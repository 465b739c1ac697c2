// Opens the configured insight store and keeps its retention: the one way the rest of the bot reaches stored data.
import type { Logger } from '../logger.js';
import { resolveStoreSecret } from './secret.js';
import { emptyReport, type InsightStore } from './types.js';
export { emptyReport } from './types.js';

export type * from './types.js';
export { MAX_RECORDED_QUESTION, StoreSchemaError } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface StoreConfig {
  readonly dataDir: string;
  readonly secret: string | undefined;
  readonly retentionDays: number;
  /** DATABASE_URL: PostgreSQL instead of the SQLite file in DATA_DIR (replicas share it). */
  readonly databaseUrl?: string | undefined;
  readonly poolMax?: number;
}

/** A store that records nothing (the ask CLI by default, and hand-built test services). */
export function createNullStore(): InsightStore {
  return {
    recordQuestion: async () => undefined,
    recordVote: async () => false,
    report: async () => emptyReport(),
    dayCounts: async () => [],
    purge: async () => 0,
    status: () => ({ backend: 'none', location: '', recording: false }),
    close: async () => undefined,
  };
}

export interface OpenedStore {
  readonly store: InsightStore;
  /** Stops the daily purge and closes the store. */
  readonly close: () => Promise<void>;
}

/**
 * Opens the store (rejects with StoreSchemaError for a newer schema; any other fault only pauses recording),
 * purges what is older than RETENTION_DAYS now and then once a day. Async because a network backend migrates
 * over its connection before the bot starts answering.
 */
export async function openStore(
  config: StoreConfig,
  logger: Logger,
  now: () => number = Date.now,
): Promise<OpenedStore> {
  // Each backend's module (and its driver: pg, better-sqlite3) is loaded only when configured.
  const store = config.databaseUrl
    ? await (
        await import('./postgres.js')
      ).openPostgresStore({
        url: config.databaseUrl,
        // Unset: the database keeps one generated key, so that every replica hashes a member the same way.
        secret: config.secret,
        logger,
        now,
        ...(config.poolMax ? { poolMax: config.poolMax } : {}),
      })
    : (await import('./sqlite.js')).openSqliteStore({
        dataDir: config.dataDir,
        secret: resolveStoreSecret(config.secret, config.dataDir, logger),
        logger,
        now,
      });
  const purge = async () => {
    const removed = await store.purge(now() - config.retentionDays * DAY_MS);
    if (removed > 0)
      logger.info({ removed, retentionDays: config.retentionDays }, 'purged old questions from the store');
  };
  // SQLite purges synchronously within this call; a network backend finishes in the background.
  void purge();
  const timer = setInterval(() => void purge(), DAY_MS);
  timer.unref();
  return {
    store,
    close: async () => {
      clearInterval(timer);
      await store.close();
    },
  };
}
