// The one structured logger (pino, to stderr so stdout stays clean for JSON output), with secrets redacted.
import { createRequire } from 'node:module';
import pino from 'pino';
import { getConfig, type Config } from './config.js';

const REDACTED_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.headers.authorization',
  'headers["x-signature-ed25519"]',
  'config.discord.token',
  'discord.token',
];

/** Interaction and webhook tokens travel in REST URLs (`/webhooks/<app>/<token>`, `/interactions/<id>/<token>`). */
export function redactUrl(url: string): string {
  return url.replace(/\/(webhooks|interactions)\/(\d+)\/[^/?#]+/g, '/$1/$2/[redacted]');
}

function describeBody(body: unknown): { type: string; size: number } {
  let size: number;
  try {
    size = typeof body === 'string' ? body.length : (JSON.stringify(body)?.length ?? 0);
  } catch {
    size = -1;
  }
  return { type: Array.isArray(body) ? 'array' : typeof body, size };
}

/**
 * pino's error serializer, then: URLs without their tokens and request bodies (discord.js's `requestBody`,
 * which can hold a whole PNG) replaced by their type and size, so no level writes a token or a huge line.
 */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(serialized)) {
    if (typeof value === 'string' && /url/i.test(key)) serialized[key] = redactUrl(value);
    else if (/body/i.test(key) && value !== undefined && value !== null) serialized[key] = describeBody(value);
  }
  if (typeof serialized.message === 'string') serialized.message = redactUrl(serialized.message);
  if (typeof serialized.stack === 'string') serialized.stack = redactUrl(serialized.stack);
  return serialized;
}

export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): pino.Logger {
  return pino(
    {
      name: 'ask-the-article',
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError },
      base: { pid: process.pid },
    },
    destination,
  );
}

let cached: pino.Logger | undefined;

function safeLogConfig(): Pick<Config, 'logLevel' | 'logFormat'> {
  try {
    return getConfig();
  } catch {
    return { logLevel: 'info', logFormat: 'json' };
  }
}

/**
 * Human-readable lines on stderr through pino-pretty, for development. pino-pretty is a dev dependency:
 * where it is not installed (a production install), logs stay JSON.
 */
function prettyDestination(): pino.DestinationStream | undefined {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
  } catch {
    return undefined;
  }
  return pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: process.stderr.isTTY } });
}

/** The process-wide logger, created on first use with the configured level and format. */
export function getLogger(): pino.Logger {
  if (!cached) {
    const { logLevel, logFormat } = safeLogConfig();
    const pretty = logFormat === 'pretty' ? prettyDestination() : undefined;
    cached = createLogger(logLevel, pretty);
  }
  return cached;
}

export type Logger = pino.Logger;
