// Builds the services every shell shares, once per process: the knowledge base, the answer engine, the /ask cooldown.
import { ChartCatalogue } from './charts/catalogue.js';
import { ConfigError, type Config } from './config.js';
import { loadEngine } from './engine-cache.js';
import { answerEngineSteps, createAnswerEngine } from './engine/index.js';
import type { AnswerEngine } from './engine/types.js';
import type { DiscordActions, Services } from './interactions/contract.js';
import { createConversationMemory, type ConversationMemoryOptions } from './interactions/conversations.js';
import { createAskCooldown, createAutocompleteBudget } from './interactions/cooldown.js';
import { CommandLoadError } from './interactions/registry.js';
import { KnowledgeError, loadKnowledge } from './knowledge/load.js';
import { knowledgeHash, type ReloadTarget } from './knowledge/watch.js';
import type { KnowledgeBase } from './knowledge/schema.js';
import { getLogger, type Logger } from './logger.js';
import { StoreSchemaError, type InsightStore } from './store/index.js';
import { createSharedAskCooldown } from './store/shared.js';
import type { AnswerOutcome, Metrics } from './ops/metrics.js';
import { runInSlices } from './ops/slices.js';

export interface ServicesOptions {
  readonly config: Config;
  readonly discord: DiscordActions;
  readonly logger?: Logger;
  /** An already loaded knowledge base (tests build several services from one). */
  readonly kb?: KnowledgeBase;
  /** Replaces the real engine (unit tests with a small typed fake). */
  readonly createEngine?: (kb: KnowledgeBase) => AnswerEngine;
  /** The /ask rate limit; null turns it off (the local console has one user, who is never throttled). Default: config.askCooldown. */
  readonly askCooldown?: { readonly max: number; readonly windowMs: number } | null;
  /** The insight store (the shells open it from config.store); default: nothing is recorded. */
  readonly store?: InsightStore;
  /** What follow-ups remember; default: config.conversation (the console keeps its one session without expiry). */
  readonly conversation?: Partial<ConversationMemoryOptions>;
  /** Where interactions, answers and latencies are counted (the shells pass the process's metrics). */
  readonly metrics?: Metrics;
  /**
   * On an engine-cache miss, build the engine in a child process (src/engine-cache.ts, buildEngineInChild): the
   * long-running shells, so that the build's garbage and compiled code do not stay in their memory.
   */
  readonly buildInChild?: boolean;
}

function answerOutcome(reply: { readonly answered: boolean; readonly kind?: string }): AnswerOutcome {
  if (reply.kind === 'clarify') return 'clarified';
  return reply.answered ? 'answered' : 'declined';
}

/** The engine with every ask() timed and its outcome counted; the replies are the engine's own. */
function measuredEngine(engine: AnswerEngine, metrics: Metrics): AnswerEngine {
  return Object.assign(Object.create(engine) as AnswerEngine, {
    ask(...args: Parameters<AnswerEngine['ask']>) {
      const started = performance.now();
      const reply = engine.ask(...args);
      metrics.answer(answerOutcome(reply), (performance.now() - started) / 1000);
      return reply;
    },
  });
}

/**
 * Loads and validates the knowledge (throws the loader's KnowledgeError, which names file, entry and
 * field) and builds the engine's indexes; both happen once, here, never per interaction.
 */
export function createServices(options: ServicesOptions): Services & ReloadTarget {
  const { config } = options;
  const { metrics } = options;
  const create = options.createEngine ?? createAnswerEngine;
  const measured = (base: KnowledgeBase, built: AnswerEngine) => {
    metrics?.knowledge(base);
    return metrics ? measuredEngine(built, metrics) : built;
  };
  const build = (base: KnowledgeBase) => measured(base, create(base));
  const logger = options.logger ?? getLogger();
  // The real engine on the configured knowledge starts from the engine cache when it holds exactly that knowledge.
  const cached =
    options.kb || options.createEngine
      ? undefined
      : loadEngine(
          config.knowledgeDir,
          {
            cacheDir: config.engineCacheDir,
            onMiss: (reason) => logger.debug(reason),
            ...(options.buildInChild ? { buildInChild: true } : {}),
          },
          loadKnowledge,
        );
  const kb = cached?.kb ?? options.kb ?? loadKnowledge(config.knowledgeDir);
  // From the cache (or a child's build) the autocomplete's index is decoded on first use (src/engine/snapshot.ts):
  // done right after start instead, so that no member's first keystroke waits for it.
  if (cached && cached.source !== 'built')
    setImmediate(() => cached.engine.suggestQuestions('a', { limit: 1 })).unref();
  // The knowledge in use; swapKnowledge replaces all four at once (dispatch pins them per interaction), so the charts'
  // caches live exactly as long as their knowledge.
  let current = {
    kb,
    engine: cached ? measured(kb, cached.engine) : build(kb),
    charts: new ChartCatalogue(kb),
    version: {
      hash: options.kb ? 'preloaded' : (cached?.hash ?? safeHash(config.knowledgeDir)),
      loadedAt: Date.now(),
    },
  };
  const limits = options.askCooldown === undefined ? config.askCooldown : options.askCooldown;
  const cooldown = limits ? createAskCooldown(limits) : undefined;
  // On a shared store (PostgreSQL) replicas enforce one limit there; this process's own is the fallback.
  const shared =
    limits && cooldown && options.store?.shared
      ? createSharedAskCooldown(options.store.shared, limits, cooldown)
      : undefined;
  // One client typing (or scripting) autocompletes as fast as it can must not starve everyone else.
  const budget = limits ? createAutocompleteBudget() : undefined;
  return {
    get kb() {
      return current.kb;
    },
    get engine() {
      return current.engine;
    },
    get charts() {
      return current.charts;
    },
    get knowledge() {
      return current.version;
    },
    async swapKnowledge(next: KnowledgeBase, hash: string) {
      // Built a few milliseconds at a time between requests (src/ops/slices.ts), then swapped in one step.
      const built = options.createEngine
        ? { value: options.createEngine(next), longestSliceMs: 0 }
        : await runInSlices(answerEngineSteps(next));
      current = {
        kb: next,
        engine: measured(next, built.value),
        charts: new ChartCatalogue(next),
        version: { hash, loadedAt: Date.now() },
      };
      return { longestPauseMs: built.longestSliceMs };
    },
    logger,
    discord: options.discord,
    allowAsk: (userId, now) => (shared ?? cooldown)?.allow(userId, now) ?? true,
    askRetryAfterMs: (userId, now) => (shared ?? cooldown)?.retryAfterMs(userId, now) ?? 0,
    allowAutocomplete: (userId, now) => budget?.allow(userId, now) ?? true,
    conversations: createConversationMemory({ ...config.conversation, ...options.conversation }),
    ...(options.store ? { store: options.store } : {}),
    ...(metrics ? { metrics } : {}),
  };
}

function safeHash(dir: string): string {
  try {
    return knowledgeHash(dir);
  } catch {
    return 'unknown';
  }
}

/** Configuration, knowledge and command errors already say exactly what is wrong (file, entry, field, variable). */
function isExplainedStartupError(
  error: unknown,
): error is ConfigError | KnowledgeError | CommandLoadError | StoreSchemaError {
  return (
    error instanceof ConfigError ||
    error instanceof KnowledgeError ||
    error instanceof CommandLoadError ||
    error instanceof StoreSchemaError
  );
}

/** What to print when the process cannot start: an explained error as it is, without a stack. */
export function startupFailureMessage(error: unknown): string {
  if (isExplainedStartupError(error)) return error.message;
  return `Could not start: ${error instanceof Error ? error.message : String(error)}`;
}

/** Prints the reason on stderr and sets exit code 1 (the shells print nothing else, and no stack trace). */
export function reportStartupFailure(error: unknown, logger?: Logger): void {
  if (!isExplainedStartupError(error)) logger?.fatal({ err: error }, 'could not start');
  process.stderr.write(`${startupFailureMessage(error)}\n`);
  process.exitCode = 1;
}
