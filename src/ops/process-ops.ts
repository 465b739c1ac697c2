// The operations side of one bot process: its metrics, its readiness checks and, when HEALTH_PORT is set, the
// health server that exposes them. Each shell (gateway, shard manager, HTTP) starts it first, before the knowledge
// loads, so that /healthz answers and /readyz says what is still missing during start-up.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startHealthServer, type HealthServer, type Ops } from './health-server.js';
import { getMetrics } from './metrics.js';
import { createReadiness } from './readiness.js';

export interface ProcessOps extends Ops {
  readonly health: HealthServer | undefined;
  close(): Promise<void>;
}

export async function startProcessOps(config: Config, logger: Logger): Promise<ProcessOps> {
  const ops: Ops = { metrics: getMetrics(), readiness: createReadiness() };
  ops.readiness.set('knowledge', false, 'loading');
  const health = config.health ? await startHealthServer({ ...config.health, ops, logger }) : undefined;
  return { ...ops, health, close: async () => health?.close() };
}
