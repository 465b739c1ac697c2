// The one structured logger (pino, to stderr so stdout stays clean for JSON output), with secrets redacted.
import pino from 'pino';
import { getConfig } from './config.js';

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

function safeLevel(): string {
  try {
    return getConfig().logLevel;
  } catch {
    return 'info';
  }
}

/** The process-wide logger, created on first use with the configured level. */
export function getLogger(): pino.Logger {
  cached ??= createLogger(safeLevel());
  return cached;
}

export type Logger = pino.Logger;
