// The operations side of one bot process: its metrics, its readiness checks and, when HEALTH_PORT is set, the
// health server that exposes them. Each shell (gateway, shard manager, HTTP) starts it first, before the knowledge
// loads, so that /healthz answers and /readyz says what is still missing during start-up.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startHealthServer, type HealthServer, type Ops } from './health-server.js';
import type { Metrics } from './metrics.js';
import { createReadiness } from './readiness.js';

export interface ProcessOps extends Ops {
  readonly health: HealthServer | undefined;
  close(): Promise<void>;
}

/**
 * The metrics of a process without HEALTH_PORT (or of a shard, whose manager serves it): /metrics is served nowhere,
 * so nothing is counted and prom-client, with its default collectors, is never loaded (about 5 MiB of RSS).
 */
const UNREAD_METRICS: Metrics = {
  interaction: () => undefined,
  answer: () => undefined,
  autocomplete: () => undefined,
  restResponse: () => undefined,
  rateLimitWait: () => undefined,
  storeError: () => undefined,
  store: () => undefined,
  knowledge: () => undefined,
  render: () => Promise.resolve(''),
  contentType: 'text/plain; version=0.0.4; charset=utf-8',
};

export async function startProcessOps(config: Config, logger: Logger): Promise<ProcessOps> {
  const metrics = config.health ? (await import('./metrics.js')).getMetrics() : UNREAD_METRICS;
  const ops: Ops = { metrics, readiness: createReadiness() };
  ops.readiness.set('knowledge', false, 'loading');
  const health = config.health ? await startHealthServer({ ...config.health, ops, logger }) : undefined;
  return { ...ops, health, close: async () => health?.close() };
}
