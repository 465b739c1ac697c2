// Discord's rate limits made visible: every wait discord.js's REST takes, and every 429 Discord answers, at warn with
// the route and the wait. Never the URL as sent: interaction and webhook tokens are part of it.
import { DefaultRestOptions, RESTEvents, type REST, type RESTOptions, type RateLimitData } from 'discord.js';
import { redactUrl, type Logger } from '../logger.js';

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
 * REST options that log each 429 response (route, wait, global or not) before discord.js waits and retries; with
 * no logger, discord.js's own request function unchanged. A 429 on a shared route makes discord.js sleep without
 * any event, so the response itself is where every wait is seen.
 */
export function rateLimitLoggingOptions(logger: Logger | undefined): Pick<RESTOptions, 'makeRequest'> {
  const base = DefaultRestOptions.makeRequest;
  if (!logger) return { makeRequest: base };
  return {
    async makeRequest(url, init) {
      const response = await base(url, init);
      if (response.status === 429) {
        logger.warn(
          {
            method: init.method ?? 'GET',
            route: routeOf(url),
            waitMs: retryAfterMs(response.headers.get('retry-after')),
            global: response.headers.has('x-ratelimit-global'),
            scope: response.headers.get('x-ratelimit-scope') ?? undefined,
          },
          'Discord answered 429: waiting before retrying',
        );
      }
      return response;
    },
  };
}

/** Logs every wait discord.js takes before sending (a bucket or the global limit used up), with its route and length. */
export function logRateLimitWaits(rest: REST, logger: Logger): void {
  rest.on(RESTEvents.RateLimited, (info: RateLimitData) =>
    logger.warn(
      { route: info.route, method: info.method, waitMs: info.timeToReset, global: info.global, scope: info.scope },
      'Discord rate limit: waiting before the next request',
    ),
  );
}
