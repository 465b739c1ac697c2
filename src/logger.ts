// The one structured logger (pino, to stderr so stdout stays clean for JSON output), with secrets redacted.
import { createRequire } from 'node:module';
import pino from 'pino';
import { getConfig, type Config } from './config.js';

export const REDACTED_PATHS = [
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

export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): pino.Logger {
  return pino(
    {
      name: 'ask-the-article',
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
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
