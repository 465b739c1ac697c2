// Knowledge without a restart: watches KNOWLEDGE_DIR (and SIGHUP), reloads and validates the whole base off the
// request path, and swaps it in only when every check passes; a bad edit keeps the old knowledge and logs why.
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.js';
import { deepFreeze } from './freeze.js';
export { knowledgeHash } from './hash.js';
import type { KnowledgeBase } from './schema.js';

/** Which knowledge answered: a hash of every file's path and bytes, and when it was loaded. */
export interface KnowledgeVersion {
  /** First 12 hex digits of a SHA-256 over the sorted relative paths and contents. */
  readonly hash: string;
  readonly loadedAt: number;
}

function directoriesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  return [dir, ...entries.filter((e) => e.isDirectory()).flatMap((e) => directoriesUnder(path.join(dir, e.name)))];
}

export type ReloadOutcome = (
  | { readonly status: 'swapped'; readonly version: KnowledgeVersion }
  | { readonly status: 'unchanged'; readonly version: KnowledgeVersion }
  | { readonly status: 'rejected'; readonly problems: readonly string[] }
) & {
  /** When the reload began (Date.now()) and how long it took in all, from the start to the swap or refusal. */
  readonly startedAt: number;
  readonly ms: number;
  /**
   * The longest this thread was held by it at once: freezing what the worker sent, or one slice of the new engine's
   * build (hashing, reading and validating run in the worker). Requests wait at most about this long.
   */
  readonly blockedMs: number;
};

/** What a reloadable set of services offers the watcher (createServices implements it). */
export interface ReloadTarget {
  readonly knowledge: KnowledgeVersion;
  /**
   * Builds a new engine on validated knowledge (a slice at a time, between requests) and swaps both in at once, or
   * throws and keeps the old; says the longest it held this thread at once.
   */
  swapKnowledge(kb: KnowledgeBase, hash: string): Promise<{ readonly longestPauseMs: number }>;
}

/** What the reload asks its worker thread (src/knowledge/load-worker.ts). */
export interface LoadRequest {
  readonly dir: string;
  /** The hash of the knowledge in use: the same content is not loaded again. */
  readonly currentHash: string;
}

/** What the worker answers: the validated knowledge as plain data (structured clone), or every problem. */
export type LoadResult = (
  | { readonly status: 'unchanged'; readonly hash: string }
  | { readonly status: 'loaded'; readonly hash: string; readonly kb: KnowledgeBase }
  | { readonly status: 'rejected'; readonly problems: readonly string[] }
) & { readonly ms: number };

// Compiled, the worker is load-worker.js next to this file; from source (tsx, vitest) a small ES module starts
// load-worker.ts with tsx's loader registered in the worker thread.
const WORKER_URL = new URL(
  path.extname(fileURLToPath(import.meta.url)) === '.ts' ? './load-worker-from-source.mjs' : './load-worker.js',
  import.meta.url,
);

/** How long the loading thread waits for another reload before it ends (it costs memory while it waits). */
const LOADER_IDLE_MS = 60_000;

interface KnowledgeLoader {
  /** Starts the thread now, if it is not running, so that it is ready when the debounce ends. */
  warm(): void;
  /** Hashes, reads and validates in the thread: this thread only waits for one message. */
  load(request: LoadRequest): Promise<LoadResult>;
  close(): void;
}

/**
 * One worker thread, started on the first change (its start-up overlaps the debounce), reused by the reloads that
 * follow, and ended after a quiet minute. It never keeps the process alive while it waits.
 */
function createKnowledgeLoader(): KnowledgeLoader {
  let worker: Worker | undefined;
  let answer: ((result: LoadResult) => void) | undefined;
  let failure: ((message: string) => void) | undefined;
  let idle: NodeJS.Timeout | undefined;
  const stopIdle = () => {
    if (idle) clearTimeout(idle);
    idle = undefined;
  };
  const end = () => {
    stopIdle();
    const ending = worker;
    worker = undefined;
    void ending?.terminate();
  };
  const start = (): Worker => {
    if (worker) return worker;
    const thread = new Worker(WORKER_URL);
    thread.unref();
    const failed = (message: string) => {
      if (worker === thread) worker = undefined;
      const fail = failure;
      answer = failure = undefined;
      fail?.(message);
    };
    thread.on('message', (result: LoadResult) => {
      const resolve = answer;
      answer = failure = undefined;
      thread.unref();
      stopIdle();
      idle = setTimeout(end, LOADER_IDLE_MS);
      idle.unref();
      resolve?.(result);
    });
    thread.on('error', (error) => failed(`the loading thread failed: ${error.message}`));
    thread.on('exit', (code) => failed(`the loading thread stopped (exit code ${code}) before it answered`));
    worker = thread;
    return thread;
  };
  return {
    warm() {
      try {
        start();
      } catch {
        // load() reports it.
      }
    },
    load(request) {
      stopIdle();
      const started = performance.now();
      const rejected = (message: string): LoadResult => ({
        status: 'rejected',
        problems: [`${request.dir}: ${message}`],
        ms: Math.round(performance.now() - started),
      });
      return new Promise((resolve) => {
        let thread: Worker;
        try {
          thread = start();
        } catch (error) {
          resolve(rejected(`cannot start the loading thread: ${(error as Error).message}`));
          return;
        }
        answer = resolve;
        failure = (message) => resolve(rejected(message));
        // Waiting for the answer keeps the process alive, as any pending I/O does.
        thread.ref();
        thread.postMessage(request);
      });
    },
    close: end,
  };
}

/**
 * One reload attempt: unchanged content is not reloaded; a failure keeps the old knowledge and logs every problem.
 * Only freezing the worker's answer and building the engine (in slices, between requests) run on this thread.
 */
async function reloadKnowledge(
  target: ReloadTarget,
  dir: string,
  logger: Logger,
  loader: KnowledgeLoader,
): Promise<ReloadOutcome> {
  const startedAt = Date.now();
  const started = performance.now();
  let blocked = 0;
  const timing = () => ({ startedAt, ms: Math.round(performance.now() - started), blockedMs: Math.round(blocked) });
  const reject = (problems: readonly string[]): ReloadOutcome => {
    logger.error({ dir, problems }, 'knowledge reload failed: still answering with the previous knowledge');
    return { status: 'rejected', problems, ...timing() };
  };
  const loaded = await loader.load({ dir, currentHash: target.knowledge.hash });
  if (loaded.status === 'rejected') return reject(loaded.problems);
  if (loaded.status === 'unchanged') return { status: 'unchanged', version: target.knowledge, ...timing() };
  const freezeStarted = performance.now();
  const frozen = deepFreeze(loaded.kb);
  blocked = performance.now() - freezeStarted;
  let failure: Error | undefined;
  try {
    const { longestPauseMs } = await target.swapKnowledge(frozen, loaded.hash);
    blocked = Math.max(blocked, longestPauseMs);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }
  if (failure) return reject([failure.message]);
  const version = target.knowledge;
  const outcome: ReloadOutcome = { status: 'swapped', version, ...timing() };
  logger.info(
    { dir, hash: version.hash, ms: outcome.ms, blockedMs: outcome.blockedMs, loadMs: loaded.ms },
    'knowledge reloaded without a restart',
  );
  return outcome;
}

export interface KnowledgeWatch {
  /** Reload now (what SIGHUP does); a reload asked for while one runs follows it (one at a time). */
  reload(): Promise<ReloadOutcome>;
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
 * `debounceMs` after the last change; SIGHUP reloads at once. Hashing, reading and validating run in a worker
 * thread; only the engine is built here, in a timer, never inside a request: requests keep the engine they
 * started with (dispatch pins it) and later ones get the new one.
 */
export function watchKnowledge(target: ReloadTarget, options: WatchOptions): KnowledgeWatch {
  const { dir, logger } = options;
  const debounceMs = options.debounceMs ?? RELOAD_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const watchers = new Map<string, FSWatcher>();
  const loader = createKnowledgeLoader();
  const schedule = () => {
    if (closed) return;
    loader.warm();
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void reload();
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
  const reloadOnce = async () => {
    const outcome = await reloadKnowledge(target, dir, logger, loader);
    if (!closed) watchDirectories();
    options.onReload?.(outcome);
    return outcome;
  };
  // One reload at a time: a write during a reload starts one more after it (never two side by side), so the
  // knowledge swapped in last is the newest on disk.
  let running: Promise<ReloadOutcome> | undefined;
  let next: Promise<ReloadOutcome> | undefined;
  const reload = (): Promise<ReloadOutcome> => {
    if (running) {
      next ??= running.then(() => {
        next = undefined;
        return reload();
      });
      return next;
    }
    running = reloadOnce().finally(() => {
      running = undefined;
    });
    return running;
  };
  watchDirectories();
  const onSighup = () => {
    logger.info({ dir }, 'SIGHUP: reloading the knowledge');
    void reload();
  };
  if (options.sighup !== false) process.on('SIGHUP', onSighup);
  return {
    reload,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      loader.close();
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      process.off('SIGHUP', onSighup);
    },
  };
}
