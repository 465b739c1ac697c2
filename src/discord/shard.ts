// The entry file of each shard process that ShardingManager starts: one gateway client for the shard ids discord.js passes in SHARDS.
import { reportStartupFailure } from '../bootstrap.js';
import { getConfig } from '../config.js';
import { getLogger } from '../logger.js';
import { runGatewayProcess } from './run.js';

try {
  await runGatewayProcess(getConfig(), getLogger());
} catch (error) {
  reportStartupFailure(error, getLogger());
  getLogger().flush();
  // The IPC channel to the manager would keep a failed shard alive; the manager sees the exit and reports it.
  process.exit(1);
}
