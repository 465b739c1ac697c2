// The health and metrics endpoint on HEALTH_PORT, in every mode: GET /healthz (liveness: the process answers),
// GET /readyz (every readiness check ok, else 503 with the failing ones), GET /metrics (Prometheus text).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

export interface Ops {
  readonly metrics: Metrics;
  readonly readiness: Readiness;
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  type: string,
  extra: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  response.end(body);
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Answers /healthz, /readyz and /metrics; anything else 404, other methods 405. Never throws. */
export async function handleHealthRequest(
  request: IncomingMessage,
  response: ServerResponse,
  ops: Ops,
  options: { readonly draining?: () => boolean } = {},
): Promise<void> {
  const pathname = (request.url ?? '/').split('?')[0];
  if (pathname !== '/healthz' && pathname !== '/readyz' && pathname !== '/metrics') {
    send(response, 404, JSON.stringify({ error: 'not found' }), JSON_TYPE);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, JSON.stringify({ error: 'method not allowed' }), JSON_TYPE, { allow: 'GET, HEAD' });
    return;
  }
  if (pathname === '/healthz') {
    const draining = options.draining?.() ?? false;
    send(response, draining ? 503 : 200, JSON.stringify({ status: draining ? 'draining' : 'ok' }), JSON_TYPE);
    return;
  }
  if (pathname === '/readyz') {
    const report = await ops.readiness.report();
    send(response, report.ready ? 200 : 503, JSON.stringify(report), JSON_TYPE);
    return;
  }
  send(response, 200, await ops.metrics.render(), ops.metrics.contentType);
}

export interface HealthServer {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on host:port (port 0: one the OS picks) and logs where. */
export async function startHealthServer(options: {
  readonly port: number;
  readonly host: string;
  readonly ops: Ops;
  readonly logger: Logger;
}): Promise<HealthServer> {
  const { ops, logger } = options;
  const server = createServer((request, response) => {
    handleHealthRequest(request, response, ops).catch((error: unknown) => {
      logger.error({ err: error, path: request.url?.slice(0, 200) }, 'health request failed');
      if (!response.headersSent) send(response, 500, JSON.stringify({ error: 'internal error' }), JSON_TYPE);
      else response.destroy();
    });
  });
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error({ err: error }, 'health server error'));
  const address = server.address() as AddressInfo;
  logger.info(
    { healthHost: address.address, healthPort: address.port },
    `health and metrics on http://${address.address}:${address.port} (/healthz /readyz /metrics)`,
  );
  return {
    server,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
