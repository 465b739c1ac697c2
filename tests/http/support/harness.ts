// Starts the interactions server on 127.0.0.1 (port chosen at run time) with its REST client, for tests and the bench.
import type { AddressInfo } from 'node:net';
import type { Services } from '../../../src/interactions/contract.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { createDiscordRestClient } from '../../../src/http/discord-rest.js';
import type { ReplayGuard } from '../../../src/http/replay.js';
import { createInteractionsServer, type Dispatch } from '../../../src/http/server.js';

export interface HarnessOptions {
  readonly publicKeyHex: string;
  /** Builds the services around the REST client's DiscordActions (so pins go to the fake REST API). */
  readonly services: (discord: ReturnType<typeof createDiscordRestClient>['actions'], logger: Logger) => Services;
  /** Default: the real dispatchInteraction. */
  readonly dispatch?: Dispatch;
  readonly apiUrl: string;
  readonly token?: string;
  readonly deferAfterMs?: number;
  readonly logger?: Logger;
  /** Default: one in-memory guard per server. */
  readonly replay?: ReplayGuard;
}

export async function startInteractionsHarness(options: HarnessOptions) {
  const logger = options.logger ?? createLogger('silent');
  const rest = createDiscordRestClient({
    apiUrl: options.apiUrl,
    token: options.token ?? 'fake.bot.token',
    timeoutMs: 5000,
    logger,
  });
  const services = options.services(rest.actions, logger);
  const server = createInteractionsServer({
    services,
    publicKey: options.publicKeyHex,
    logger,
    webhooks: rest.webhooks,
    ...(options.dispatch ? { dispatch: options.dispatch } : {}),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    ...(options.replay ? { replay: options.replay } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    server,
    services,
    async close(): Promise<void> {
      server.startDraining();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await server.settled();
      rest.close();
    },
  };
}
