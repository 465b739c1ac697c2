// The entry file of each shard process that ShardingManager starts: one gateway client for the shard ids discord.js passes in SHARDS.
import { reportStartupFailure } from '../bootstrap.js';
import { getConfig } from '../config.js';
import { getLogger } from '../logger.js';
import { runGatewayProcess } from './run.js';

try {
  await runGatewayProcess(getConfig(), getLogger());
} catch (error) {
  reportStartupFailure(error, getLogger());
}
