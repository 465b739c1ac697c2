// Discord's REST made visible: every response status counted, every 429 and every wait discord.js takes logged at
// warn with the route and the wait. Never the URL as sent: interaction and webhook tokens are part of it.
import { DefaultRestOptions, RESTEvents, type REST, type RESTOptions, type RateLimitData } from 'discord.js';
import { redactUrl, type Logger } from '../logger.js';
import type { Metrics } from '../ops/metrics.js';

/** Where REST outcomes go; either may be absent (tests, the CLI). */
export interface RestObserver {
  readonly logger?: Logger | undefined;
  readonly metrics?: Metrics | undefined;
}

/** Seconds as Discord sends them in Retry-After, in milliseconds; undefined when absent or not a number. */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) : undefined;
}

/** The path after /api/v10, tokens redacted: /webhooks/<app>/[redacted]/messages/@original. */
function routeOf(url: string): string {
  return redactUrl(new URL(url).pathname)
    .replace(/^.*?\/v\d+(?=\/)/, '')
    .replaceAll('%40', '@');
}

/**
 * REST options that count each response's status and log each 429 (route, wait, global or not) before discord.js
 * waits and retries; with no observer, discord.js's own request function unchanged. A 429 on a shared route makes
 * discord.js sleep without any event, so the response itself is where every wait is seen.
 */
export function observedRestOptions(observer: RestObserver = {}): Pick<RESTOptions, 'makeRequest'> {
  const base = DefaultRestOptions.makeRequest;
  const { logger, metrics } = observer;
  if (!logger && !metrics) return { makeRequest: base };
  return {
    async makeRequest(url, init) {
      const method = init.method ?? 'GET';
      const response = await base(url, init);
      metrics?.restResponse(method, response.status);
      if (response.status === 429) {
        const waitMs = retryAfterMs(response.headers.get('retry-after'));
        const global = response.headers.has('x-ratelimit-global');
        metrics?.rateLimitWait(global, (waitMs ?? 0) / 1000);
        logger?.warn(
          {
            method,
            route: routeOf(url),
            waitMs,
            global,
            scope: response.headers.get('x-ratelimit-scope') ?? undefined,
          },
          'Discord answered 429: waiting before retrying',
        );
      }
      return response;
    },
  };
}

/** Logs (and counts) every wait discord.js takes before sending: a bucket or the global limit used up. */
export function observeRateLimitWaits(rest: REST, observer: RestObserver = {}): void {
  const { logger, metrics } = observer;
  if (!logger && !metrics) return;
  rest.on(RESTEvents.RateLimited, (info: RateLimitData) => {
    metrics?.rateLimitWait(info.global, info.timeToReset / 1000);
    logger?.warn(
      { route: info.route, method: info.method, waitMs: info.timeToReset, global: info.global, scope: info.scope },
      'Discord rate limit: waiting before the next request',
    );
  });
}
