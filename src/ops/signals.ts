// One way every mode ends: on SIGINT or SIGTERM, run the mode's shutdown once, flush the logs and exit 0.
import type { Logger } from '../logger.js';

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
