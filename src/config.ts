// The process environment, parsed once with zod into a frozen, typed configuration object.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project root: the nearest folder above this module with a package.json (src/ under tsx, dist/src/ when built). */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..');
  }
}

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, 'must be a Discord snowflake (17 to 20 digits)');

const optionalSnowflake = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(snowflake.optional())
  .optional();

/** A blank value means "use the default": without this, z.coerce turns PORT= into 0 (a random port) instead of 8787. */
const blankAsUnset = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const positiveInt = (fallback: number) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().positive().default(fallback));

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
    KNOWLEDGE_DIR: optionalString,
    DISCORD_TOKEN: optionalString,
    DISCORD_CLIENT_ID: optionalSnowflake,
    DISCORD_GUILD_ID: optionalSnowflake,
    DISCORD_API_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    DISCORD_PUBLIC_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (the application public key)')
        .optional(),
    ),
    INTERACTIONS_MODE: z.enum(['auto', 'gateway', 'http', 'console']).default('auto'),
    PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(65_535).default(8787)),
    HOST: z.preprocess(blankAsUnset, z.string().trim().min(1).default('0.0.0.0')),
    SHARDS: optionalString.pipe(
      z
        .union([z.literal('auto'), z.string().regex(/^\d+$/, 'must be "auto" or a whole number').transform(Number)])
        .optional(),
    ),
    ASK_COOLDOWN_MAX: positiveInt(5),
    ASK_COOLDOWN_WINDOW_SECONDS: positiveInt(30),
    CONVERSATION_MINUTES: positiveInt(10),
    CONVERSATION_MAX: positiveInt(10_000),
    DATA_DIR: optionalString,
    ENGINE_CACHE: z.preprocess(blankAsUnset, z.enum(['on', 'off']).default('on')),
    STORE_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    RETENTION_DAYS: positiveInt(90),
    DATABASE_URL: optionalString.pipe(
      z
        .url({
          protocol: /^postgres(ql)?$/,
          error: 'must be a postgres://user:password@host:port/database URL',
        })
        .optional(),
    ),
    DATABASE_POOL_MAX: positiveInt(10),
    HEALTH_PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(65_535).optional()),
    HEALTH_HOST: optionalString,
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    knowledgeDir: path.resolve(PROJECT_ROOT, env.KNOWLEDGE_DIR ?? 'knowledge'),
    discord: {
      token: env.DISCORD_TOKEN,
      clientId: env.DISCORD_CLIENT_ID ?? (env.DISCORD_TOKEN ? clientIdFromToken(env.DISCORD_TOKEN) : undefined),
      guildId: env.DISCORD_GUILD_ID,
      apiUrl: env.DISCORD_API_URL,
      publicKey: env.DISCORD_PUBLIC_KEY?.toLowerCase(),
    },
    mode: env.INTERACTIONS_MODE,
    http: { port: env.PORT, host: env.HOST },
    /** /healthz, /readyz and /metrics, in every mode; off when HEALTH_PORT is unset. */
    health: env.HEALTH_PORT === undefined ? undefined : { port: env.HEALTH_PORT, host: env.HEALTH_HOST ?? env.HOST },
    shards: env.SHARDS,
    askCooldown: { max: env.ASK_COOLDOWN_MAX, windowMs: env.ASK_COOLDOWN_WINDOW_SECONDS * 1000 },
    /** What /ask (and a mention thread) remembers for follow-ups: per member per channel, forgotten when quiet. */
    conversation: { ttlMs: env.CONVERSATION_MINUTES * 60_000, maxConversations: env.CONVERSATION_MAX },
    /** Where a fresh process finds the knowledge and its engine already built (src/engine-cache.ts); off: nowhere. */
    engineCacheDir:
      env.ENGINE_CACHE === 'off' ? undefined : path.resolve(PROJECT_ROOT, env.DATA_DIR ?? 'data', 'engine-cache'),
    store: {
      dataDir: path.resolve(PROJECT_ROOT, env.DATA_DIR ?? 'data'),
      secret: env.STORE_SECRET,
      retentionDays: env.RETENTION_DAYS,
      databaseUrl: env.DATABASE_URL,
      poolMax: env.DATABASE_POOL_MAX,
    },
  }));

export type Config = Readonly<z.output<typeof ConfigSchema>>;

/** A bot token's first segment is the base64 of the application's user id. */
export function clientIdFromToken(token: string): string | undefined {
  const first = token.split('.')[0];
  if (!first) return undefined;
  try {
    const decoded = Buffer.from(first, 'base64').toString('utf8');
    return /^\d{17,20}$/.test(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Parses an environment; the error names each bad variable and why, never its value. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return deepFreeze(result.data);
}

let cached: Config | undefined;

/** Reads `.env` at the project root into the environment, without overriding variables already set. */
function loadDotEnv(): void {
  const file = path.join(PROJECT_ROOT, '.env');
  // Tests must not pick up a developer's real token.
  if (process.env.VITEST || !existsSync(file)) return;
  process.loadEnvFile(file);
}

/** The configuration of this process, parsed from process.env (and `.env`) on first use. */
export function getConfig(): Config {
  if (!cached) {
    loadDotEnv();
    cached = parseConfig(process.env);
  }
  return cached;
}
