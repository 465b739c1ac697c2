// Knowledge without a restart: watches KNOWLEDGE_DIR (and SIGHUP), reloads and validates the whole base off the
// request path, and swaps it in only when every check passes; a bad edit keeps the old knowledge and logs why.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { KnowledgeError, formatProblem } from './problems.js';

/** Which knowledge answered: a hash of every file's path and bytes, and when it was loaded. */
export interface KnowledgeVersion {
  /** First 12 hex digits of a SHA-256 over the sorted relative paths and contents. */
  readonly hash: string;
  readonly loadedAt: number;
}

function filesUnder(dir: string, prefix = ''): string[] {
  const entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  return entries
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(dir, relative);
      return entry.isFile() ? [relative] : [];
    })
    .sort();
}

function directoriesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  return [dir, ...entries.filter((e) => e.isDirectory()).flatMap((e) => directoriesUnder(path.join(dir, e.name)))];
}

/** The content hash of a knowledge directory (what /insights and the CLI report as the knowledge version). */
export function knowledgeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

export type ReloadOutcome = (
  | { readonly status: 'swapped'; readonly version: KnowledgeVersion }
  | { readonly status: 'unchanged'; readonly version: KnowledgeVersion }
  | { readonly status: 'rejected'; readonly problems: readonly string[] }
) & {
  /** When the reload began (Date.now()) and how long loading, validating and building took. */
  readonly startedAt: number;
  readonly ms: number;
};

/** What a reloadable set of services offers the watcher (createServices implements it). */
export interface ReloadTarget {
  readonly knowledge: KnowledgeVersion;
  /** Loads and validates `dir` and builds a new engine; swaps both in at once, or throws (KnowledgeError) and keeps the old. */
  swapKnowledge(hash: string): void;
}

/** One reload attempt: unchanged content is not reloaded; a failure keeps the old knowledge and logs every problem. */
function reloadKnowledge(target: ReloadTarget, dir: string, logger: Logger): ReloadOutcome {
  const startedAt = Date.now();
  const started = performance.now();
  const timing = () => ({ startedAt, ms: Math.round(performance.now() - started) });
  const reject = (problems: string[]): ReloadOutcome => {
    logger.error({ dir, problems }, 'knowledge reload failed: still answering with the previous knowledge');
    return { status: 'rejected', problems, ...timing() };
  };
  let hash: string;
  try {
    hash = knowledgeHash(dir);
  } catch (error) {
    return reject([`${dir}: ${(error as Error).message}`]);
  }
  if (hash === target.knowledge.hash) return { status: 'unchanged', version: target.knowledge, ...timing() };
  try {
    target.swapKnowledge(hash);
  } catch (error) {
    return reject(
      error instanceof KnowledgeError
        ? error.problems.map((problem) => formatProblem(problem).trim().replace(/^- /, ''))
        : [(error as Error).message],
    );
  }
  const version = target.knowledge;
  const outcome: ReloadOutcome = { status: 'swapped', version, ...timing() };
  logger.info({ dir, hash: version.hash, ms: outcome.ms }, 'knowledge reloaded without a restart');
  return outcome;
}

export interface KnowledgeWatch {
  /** Reload now (what SIGHUP does). */
  reload(): ReloadOutcome;
  close(): void;
}

export interface WatchOptions {
  readonly dir: string;
  readonly logger: Logger;
  /** Quiet time after the last write before reloading (well inside the 2 s the issue allows). */
  readonly debounceMs?: number;
  /** Also reload on SIGHUP (default true). */
  readonly sighup?: boolean;
  readonly onReload?: (outcome: ReloadOutcome) => void;
}

/** Default quiet time after the last write: an editor's save (temp file, rename) is one burst of events. */
const RELOAD_DEBOUNCE_MS = 300;

/**
 * Watches every directory of the knowledge base (fs.watch per directory: recursive watching is not reliable on
 * every Node 20 platform; directories added later are watched from the next reload on) and reloads
 * `debounceMs` after the last change; SIGHUP reloads at once. The reload runs in a timer, never inside a
 * request: requests keep the engine they started with (dispatch pins it) and later ones get the new one.
 */
export function watchKnowledge(target: ReloadTarget, options: WatchOptions): KnowledgeWatch {
  const { dir, logger } = options;
  const debounceMs = options.debounceMs ?? RELOAD_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const watchers = new Map<string, FSWatcher>();
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      reload();
    }, debounceMs);
    timer.unref();
  };
  const watchDirectories = () => {
    let directories: string[];
    try {
      directories = directoriesUnder(dir);
    } catch (error) {
      logger.warn({ dir, reason: (error as Error).message }, 'cannot list the knowledge folders to watch');
      return;
    }
    for (const [directory, watcher] of watchers)
      if (!directories.includes(directory)) {
        watcher.close();
        watchers.delete(directory);
      }
    for (const directory of directories) {
      if (watchers.has(directory)) continue;
      try {
        const watcher = watch(directory, { persistent: false }, schedule);
        watcher.on('error', (error) => {
          logger.warn({ dir: directory, reason: error.message }, 'stopped watching a knowledge folder');
          watcher.close();
          watchers.delete(directory);
        });
        watchers.set(directory, watcher);
      } catch (error) {
        logger.warn(
          { dir: directory, reason: (error as Error).message },
          'cannot watch a knowledge folder: use SIGHUP',
        );
      }
    }
  };
  const reload = () => {
    const outcome = reloadKnowledge(target, dir, logger);
    if (!closed) watchDirectories();
    options.onReload?.(outcome);
    return outcome;
  };
  watchDirectories();
  const onSighup = () => {
    logger.info({ dir }, 'SIGHUP: reloading the knowledge');
    reload();
  };
  if (options.sighup !== false) process.on('SIGHUP', onSighup);
  return {
    reload,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      process.off('SIGHUP', onSighup);
    },
  };
}
