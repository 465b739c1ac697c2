// `npm run start:http`: runs the interactions endpoint as a process (services, listening, health, reload, clean
// shutdown). The request handling itself is src/http/server.ts.
import type { AddressInfo } from 'node:net';
import { createServices } from '../bootstrap.js';
import { ConfigError, type Config } from '../config.js';
import { watchKnowledge } from '../knowledge/watch.js';
import { getLogger } from '../logger.js';
import { startProcessOps } from '../ops/process-ops.js';
import { storeCheck } from '../ops/readiness.js';
import { exitOnSignals } from '../ops/signals.js';
import { openStore } from '../store/index.js';
import { createDiscordRestClient } from './discord-rest.js';
import { createInteractionsServer, type InteractionsServer } from './server.js';

/** How long a shutdown waits for in-flight interactions (their edits and follow-ups) before exiting anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * `npm run start:http`: loads the services, listens on HOST:PORT, and on SIGINT/SIGTERM stops accepting
 * work, lets in-flight interactions finish (bounded), flushes the logs and exits 0.
 */
export async function runHttpMode(config: Config): Promise<void> {
  const logger = getLogger();
  if (!config.discord.publicKey) {
    throw new ConfigError(
      'Invalid configuration:\n  DISCORD_PUBLIC_KEY: required in HTTP mode (the application public key from the developer portal)',
    );
  }
  if (!config.discord.token) logger.warn('DISCORD_TOKEN is not set: answers work, but /pin-summary cannot pin');
  const ops = await startProcessOps(config, logger);
  const { metrics, readiness } = ops;
  readiness.set('http', false, 'not listening yet');
  const rest = createDiscordRestClient({
    apiUrl: config.discord.apiUrl,
    token: config.discord.token,
    logger,
    metrics,
    readiness,
  });
  let server: InteractionsServer;
  try {
    const { store } = await openStore(config.store, logger);
    readiness.probe('store', storeCheck(store));
    metrics.store(store);
    const services = createServices({
      config,
      discord: rest.actions,
      logger,
      metrics,
      store,
      buildInChild: true,
    });
    readiness.set('knowledge', true);
    // Edits to KNOWLEDGE_DIR (or SIGHUP) swap in the new knowledge once it validates, without a restart.
    watchKnowledge(services, { dir: config.knowledgeDir, logger });
    server = createInteractionsServer({
      services,
      publicKey: config.discord.publicKey,
      logger,
      webhooks: rest.webhooks,
      ops,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.http.port, config.http.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // The health server and REST sweepers would keep a process that cannot start alive.
    rest.close();
    await ops.close();
    throw error;
  }
  readiness.set('http', true);
  server.on('error', (error) => logger.error({ err: error }, 'HTTP server error'));
  const address = server.address() as AddressInfo;
  logger.info(
    { host: address.address, port: address.port },
    `interactions endpoint listening on http://${address.address}:${address.port}/interactions`,
  );

  exitOnSignals(async () => {
    logger.info('draining in-flight interactions');
    server.startDraining();
    readiness.set('http', false, 'draining');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const grace = new Promise<'timeout'>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS, 'timeout').unref());
    const outcome = await Promise.race([server.settled().then(() => 'done' as const), grace]);
    if (outcome === 'timeout')
      logger.warn({ graceMs: SHUTDOWN_GRACE_MS }, 'in-flight interactions did not finish in time');
    // Every answer is written; keep-alive connections would otherwise hold close() open for keepAliveTimeout.
    server.closeAllConnections();
    await closed;
    rest.close();
    await ops.close();
    logger.info('stopped');
  }, logger);
}
