// A tiny fake of Discord's REST API on 127.0.0.1: records webhook edits, follow-ups and pins, and answers like Discord.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  readonly method: string;
  /** Decoded path without the /api/v10 prefix, e.g. /webhooks/1/tok/messages/@original. */
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly contentType: string;
  readonly raw: Buffer;
  /** The JSON body, or payload_json of a multipart body. */
  readonly json: unknown;
}

/** An error Discord would return for a route (e.g. 50013 Missing Permissions on a pin). */
export interface FakeRouteError {
  readonly status: number;
  readonly code: number;
  readonly message: string;
}

function payloadOf(contentType: string, raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  if (contentType.startsWith('application/json')) return JSON.parse(raw.toString('utf8'));
  if (contentType.startsWith('multipart/form-data')) {
    const match = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw.toString('utf8'));
    return match?.[1] ? JSON.parse(match[1]) : undefined;
  }
  return raw.toString('utf8');
}

export async function startFakeDiscordRest(options: { readonly channelId: string }) {
  const calls: RecordedCall[] = [];
  const errors = new Map<string, FakeRouteError>();
  /** Routes that answer their next call with a 429 (then behave normally), as Discord does past a limit. */
  const rateLimits = new Map<string, { retryAfterSeconds: number; global: boolean }>();
  const waiters: { predicate: (call: RecordedCall) => boolean; resolve: (call: RecordedCall) => void }[] = [];
  let messageSequence = 0n;

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(request.url ?? '/', 'http://fake');
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
      const contentType = String(request.headers['content-type'] ?? '');
      let json: unknown;
      try {
        json = payloadOf(contentType, raw);
      } catch {
        json = undefined;
      }
      const call: RecordedCall = {
        method: request.method ?? '',
        path,
        headers: request.headers,
        contentType,
        raw,
        json,
      };
      calls.push(call);
      for (const waiter of [...waiters]) {
        if (waiter.predicate(call)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(call);
        }
      }

      const send = (status: number, body?: unknown) => {
        const payload = body === undefined ? '' : JSON.stringify(body);
        response.writeHead(status, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        });
        response.end(payload);
      };
      const routeKey = `${call.method} ${path.replace(/\d{5,}/g, ':id')}`;
      const limited = rateLimits.get(routeKey);
      if (limited) {
        rateLimits.delete(routeKey);
        const payload = JSON.stringify({
          message: 'You are being rate limited.',
          retry_after: limited.retryAfterSeconds,
          global: limited.global,
        });
        response.writeHead(429, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'retry-after': String(limited.retryAfterSeconds),
          'x-ratelimit-scope': limited.global ? 'global' : 'user',
          ...(limited.global ? { 'x-ratelimit-global': 'true' } : {}),
        });
        response.end(payload);
        return;
      }
      const error = errors.get(routeKey);
      if (error) {
        send(error.status, { code: error.code, message: error.message });
        return;
      }
      if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) {
        messageSequence += 1n;
        const body = (json ?? {}) as Record<string, unknown>;
        send(200, {
          id: String(900_000_000_000_000_000n + messageSequence),
          channel_id: options.channelId,
          type: 0,
          ...body,
        });
        return;
      }
      if (/^\/channels\/\d+\/messages\/pins\/\d+$/.test(path) && call.method === 'PUT') {
        response.writeHead(204);
        response.end();
        return;
      }
      send(404, { code: 0, message: '404: Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    /** DISCORD_API_URL for the bot: discord.js's REST appends /v10. */
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    /** Makes a route (e.g. "PUT /channels/:id/messages/pins/:id") answer with a Discord error. */
    failRoute(routeKey: string, error: FakeRouteError): void {
      errors.set(routeKey, error);
    },
    /** Makes a route work again after failRoute. */
    clearRoute(routeKey: string): void {
      errors.delete(routeKey);
    },
    /** Makes the next call of a route answer 429 with Retry-After (global: X-RateLimit-Global), then work again. */
    rateLimitOnce(routeKey: string, limit: { retryAfterSeconds: number; global?: boolean }): void {
      rateLimits.set(routeKey, { retryAfterSeconds: limit.retryAfterSeconds, global: limit.global ?? false });
    },
    /** Resolves with the first call (already recorded or still to come) that matches; bounded in time. */
    waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
      const seen = calls.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the expected REST call never arrived')), timeoutMs);
        waiters.push({
          predicate,
          resolve: (call) => {
            clearTimeout(timer);
            resolve(call);
          },
        });
      });
    },
    close(): Promise<void> {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscordRest = Awaited<ReturnType<typeof startFakeDiscordRest>>;
