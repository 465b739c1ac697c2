// Runs one gateway client as a long-lived process (alone, or as one shard): services, login, clean shutdown on signals.
import type { Config } from '../config.js';
import { createServices } from '../bootstrap.js';
import type { Logger } from '../logger.js';
import { startGatewayBot, type GatewayBot } from './gateway.js';
import { createRest, createRestDiscordActions } from './rest-actions.js';
import { openStore } from '../store/index.js';

/** On SIGINT or SIGTERM: `stop()` (bounded by the caller), logs flushed, exit 0. */
export function exitOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop()
      .catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'))
      .finally(() => {
        logger.flush();
        process.exit(0);
      });
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
}

/** Loads the knowledge, builds the engine, logs in, and stays up until a signal. */
export async function runGatewayProcess(config: Config, logger: Logger): Promise<void> {
  const services = createServices({
    config,
    discord: createRestDiscordActions(createRest(config, logger)),
    logger,
    store: openStore(config.store, logger).store,
  });
  // Handlers go in before login, so that a signal during start-up still ends in a clean exit 0.
  const running: { bot?: GatewayBot } = {};
  exitOnSignals(async () => running.bot?.stop(), logger);
  running.bot = await startGatewayBot(config, services);
}
