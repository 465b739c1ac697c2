// Runs one gateway client as a long-lived process (alone, or as one shard): services, login, clean shutdown on signals.
import type { Config } from '../config.js';
import { createServices } from '../bootstrap.js';
import type { Logger } from '../logger.js';
import { startProcessOps, type ProcessOps } from '../ops/process-ops.js';
import { storeCheck } from '../ops/readiness.js';
import { exitOnSignals } from '../ops/signals.js';
import { startGatewayBot, type GatewayBot } from './gateway.js';
import { createRest, createRestDiscordActions } from './rest-actions.js';
import { openStore } from '../store/index.js';
import { watchKnowledge } from '../knowledge/watch.js';

/**
 * Starts the health server (HEALTH_PORT; not in a shard, whose manager serves it), loads the knowledge, builds the
 * engine, logs in, and stays up until a signal.
 */
export async function runGatewayProcess(config: Config, logger: Logger): Promise<void> {
  const inShard = process.env.SHARDING_MANAGER !== undefined;
  const ops: ProcessOps = await startProcessOps(inShard ? { ...config, health: undefined } : config, logger);
  const { metrics, readiness } = ops;
  // Handlers go in before login, so that a signal during start-up still ends in a clean exit 0.
  const running: { bot?: GatewayBot } = {};
  exitOnSignals(async () => {
    readiness.set('gateway', false, 'shutting down');
    await running.bot?.stop();
    await ops.close();
  }, logger);
  readiness.set('gateway', false, 'connecting');
  try {
    const rest = createRest(config, { logger, metrics });
    const discord = createRestDiscordActions(rest, { token: config.discord.token, logger, readiness });
    const { store } = await openStore(config.store, logger);
    readiness.probe('store', storeCheck(store));
    metrics.store(store);
    const services = createServices({
      config,
      discord,
      logger,
      metrics,
      store,
      buildInChild: true,
    });
    readiness.set('knowledge', true);
    // Edits to KNOWLEDGE_DIR (or SIGHUP) swap in the new knowledge once it validates, without a restart.
    watchKnowledge(services, { dir: config.knowledgeDir, logger });
    running.bot = await startGatewayBot(config, services, { readiness });
  } catch (error) {
    // The health server would keep a process that cannot start alive.
    await ops.close();
    throw error;
  }
}
