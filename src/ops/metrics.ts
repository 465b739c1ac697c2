// Prometheus metrics (prom-client) for one process: interactions by command and outcome, answers by kind, engine and
// autocomplete latency, Discord REST errors and 429 waits, store errors, the knowledge version and Node's own metrics
// (event-loop delay among them). Each process has one registry; tests create their own.
import { createHash } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { InsightStore } from '../store/index.js';

/** What happened to one interaction, as dispatch saw it. */
export type InteractionOutcome = 'ok' | 'refused' | 'failed' | 'expired';
/** What the engine did with a question. */
export type AnswerOutcome = 'answered' | 'declined' | 'clarified';

export interface Metrics {
  interaction(kind: string, command: string, outcome: InteractionOutcome, seconds: number): void;
  answer(outcome: AnswerOutcome, seconds: number): void;
  autocomplete(seconds: number): void;
  restResponse(method: string, status: number): void;
  rateLimitWait(global: boolean, seconds: number): void;
  storeError(operation: string): void;
  /** Exposes whether the store records (1) or a fault has paused it (0), read at every scrape. */
  store(store: Pick<InsightStore, 'status'>): void;
  knowledge(kb: KnowledgeBase): void;
  /** The text exposition for GET /metrics. */
  render(): Promise<string>;
  readonly contentType: string;
}

/** Sub-millisecond to seconds: the engine answers in about a millisecond; autocomplete in a tenth of one. */
const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/** A short, stable id of the knowledge content: it changes when any fact, quote or paragraph does. */
export function knowledgeVersion(kb: KnowledgeBase): string {
  return createHash('sha256').update(JSON.stringify(kb)).digest('hex').slice(0, 12);
}

export function createMetrics(options: { readonly defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app: 'ask-the-article' });
  // Node's process metrics, including nodejs_eventloop_lag_* from monitorEventLoopDelay (10 ms resolution).
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
  const registers = [registry];
  const interactions = new Counter({
    name: 'bot_interactions_total',
    help: 'Interactions handled, by kind (command, autocomplete, button), command and outcome',
    labelNames: ['kind', 'command', 'outcome'],
    registers,
  });
  const interactionSeconds = new Histogram({
    name: 'bot_interaction_duration_seconds',
    help: 'Time from dispatch to the last response of an interaction, by kind',
    labelNames: ['kind'],
    buckets: [0.001, 0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const answers = new Counter({
    name: 'bot_answers_total',
    help: 'Questions the engine answered, declined or answered with a clarifying question',
    labelNames: ['outcome'],
    registers,
  });
  const engineSeconds = new Histogram({
    name: 'bot_engine_duration_seconds',
    help: 'Time the engine takes to answer one question',
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const autocompleteSeconds = new Histogram({
    name: 'bot_autocomplete_duration_seconds',
    help: 'Time to compute one autocomplete answer',
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const restErrors = new Counter({
    name: 'bot_discord_rest_errors_total',
    help: 'Discord REST responses with an error status (429 included), by method and status',
    labelNames: ['method', 'status'],
    registers,
  });
  const rateLimitWaits = new Counter({
    name: 'bot_discord_rate_limit_waits_total',
    help: 'Waits for a Discord rate limit (a 429 answered, or a bucket used up before sending)',
    labelNames: ['global'],
    registers,
  });
  const rateLimitSeconds = new Counter({
    name: 'bot_discord_rate_limit_wait_seconds_total',
    help: 'Seconds spent waiting for Discord rate limits',
    registers,
  });
  const storeErrors = new Counter({
    name: 'bot_store_errors_total',
    help: 'Failed store operations, by operation',
    labelNames: ['operation'],
    registers,
  });
  let watchedStore: Pick<InsightStore, 'status'> | undefined;
  new Gauge({
    name: 'bot_store_recording',
    help: 'Whether the insight store records (1) or a fault has paused recording (0), by backend',
    labelNames: ['backend'],
    registers,
    collect() {
      this.reset();
      if (!watchedStore) return;
      const status = watchedStore.status();
      this.set({ backend: status.backend }, status.recording ? 1 : 0);
    },
  });
  const knowledgeInfo = new Gauge({
    name: 'bot_knowledge_info',
    help: 'The knowledge loaded: 1 for its version (a hash of its content), with its fact count',
    labelNames: ['version', 'facts'],
    registers,
  });

  return {
    interaction(kind, command, outcome, seconds) {
      interactions.inc({ kind, command, outcome });
      interactionSeconds.observe({ kind }, seconds);
    },
    answer(outcome, seconds) {
      answers.inc({ outcome });
      engineSeconds.observe(seconds);
    },
    autocomplete(seconds) {
      autocompleteSeconds.observe(seconds);
    },
    restResponse(method, status) {
      if (status >= 400) restErrors.inc({ method: method.toUpperCase(), status: String(status) });
    },
    rateLimitWait(global, seconds) {
      rateLimitWaits.inc({ global: String(global) });
      if (Number.isFinite(seconds) && seconds > 0) rateLimitSeconds.inc(seconds);
    },
    storeError(operation) {
      storeErrors.inc({ operation });
    },
    store(store) {
      watchedStore = store;
    },
    knowledge(kb) {
      knowledgeInfo.reset();
      knowledgeInfo.set({ version: knowledgeVersion(kb), facts: String(kb.facts.length) }, 1);
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

let processMetrics: Metrics | undefined;

/** The process's metrics, created on first use (the shells share them with the health server). */
export function getMetrics(): Metrics {
  processMetrics ??= createMetrics();
  return processMetrics;
}
