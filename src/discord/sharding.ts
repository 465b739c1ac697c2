// Gateway sharding for large bots (SHARDS=auto or a number): discord.js's ShardingManager runs src/discord/shard.ts per shard.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Routes, ShardingManager } from 'discord.js';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createRest } from './rest-actions.js';

const GatewayBot = z.object({ shards: z.number().int().positive() });

export interface ShardedBot {
  readonly manager: ShardingManager;
  readonly totalShards: number;
  /** Kills every shard process (each destroys its client on SIGTERM). */
  stop(): Promise<void>;
}

/**
 * Discord's recommended shard count, asked of the configured API (discord.js's own helper always asks
 * discord.com, which would bypass DISCORD_API_URL).
 */
export async function recommendedShardCount(config: Config): Promise<number> {
  return GatewayBot.parse(await createRest(config).get(Routes.gatewayBot())).shards;
}

export async function startShardingManager(
  config: Config,
  logger: Logger,
  options: { readonly spawnTimeoutMs?: number } = {},
): Promise<ShardedBot> {
  const { token } = config.discord;
  if (!token) throw new Error('DISCORD_TOKEN is not set: sharding needs the bot token.');
  if (config.shards === undefined) throw new Error('SHARDS is not set: sharding is off.');
  if (config.shards !== 'auto' && config.shards < 1)
    throw new Error('SHARDS must be "auto" or a whole number of at least 1.');
  const totalShards = config.shards === 'auto' ? await recommendedShardCount(config) : config.shards;
  // Under tsx the sources are .ts and each shard needs tsx's loader too; a build runs the compiled .js directly.
  const here = fileURLToPath(import.meta.url);
  const extension = path.extname(here);
  const manager = new ShardingManager(path.join(path.dirname(here), `shard${extension}`), {
    token,
    totalShards,
    mode: 'process',
    respawn: true,
    // Each shard runs with the manager's heap flags (start:prod's young-generation size and heap growth; the
    // environment, MALLOC_ARENA_MAX with it, is inherited), and tsx's loader if needed.
    execArgv: [
      ...process.execArgv.filter((arg) => /^--(max-(semi|old)-space-size|heap-growing-percent)=/.test(arg)),
      ...(extension === '.ts' ? ['--import', 'tsx'] : []),
    ],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, totalShards }, 'shard launched');
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited'));
  });
  const stop = async () => {
    for (const shard of manager.shards.values()) shard.kill();
  };
  try {
    await manager.spawn({ amount: totalShards, timeout: options.spawnTimeoutMs ?? 60_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ totalShards }, 'all shards ready');
  return { manager, totalShards, stop };
}
