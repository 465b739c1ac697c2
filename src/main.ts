// `npm start`: starts the bot in the configured mode: gateway (with a token), sharded gateway, HTTP endpoint, or the local console.
import { pathToFileURL } from 'node:url';
import { createServices, reportStartupFailure } from './bootstrap.js';
import { getConfig, type Config } from './config.js';
import { getCommandRegistry } from './interactions/registry.js';
import { loadKnowledge } from './knowledge/load.js';
import type { ShardedBot } from './discord/sharding.js';
import { getLogger, type Logger } from './logger.js';
import { openStore } from './store/index.js';
import { watchKnowledge } from './knowledge/watch.js';

export type Mode = 'gateway' | 'http' | 'console';

/** Flags win over INTERACTIONS_MODE; "auto" means the gateway when there is a token, else the console. */
export function chooseMode(config: Pick<Config, 'mode' | 'discord'>, argv: readonly string[]): Mode {
  if (argv.includes('--console')) return 'console';
  if (argv.includes('--http')) return 'http';
  if (argv.includes('--gateway')) return 'gateway';
  if (config.mode !== 'auto') return config.mode;
  return config.discord.token ? 'gateway' : 'console';
}

async function runConsoleMode(config: Config): Promise<void> {
  const { createConsoleDiscordActions, runConsole, consoleLogger } = await import('./console/console.js');
  const { logger, logFile } = consoleLogger(config, process.stdin.isTTY, process.env);
  const services = createServices({
    config,
    logger,
    discord: createConsoleDiscordActions((text) => process.stdout.write(text)),
    askCooldown: null,
    // The console's session is one conversation until /new, however long the member pauses.
    conversation: { ttlMs: null },
    store: (await openStore(config.store, logger)).store,
  });
  // The console's logs go to a file: a reload is also told in one line here.
  const watching = watchKnowledge(services, {
    dir: config.knowledgeDir,
    logger,
    onReload: (outcome) => {
      if (outcome.status === 'swapped') process.stdout.write(`\n(knowledge reloaded: ${outcome.version.hash})\n`);
      else if (outcome.status === 'rejected')
        process.stdout.write(
          `\n(knowledge not reloaded, still answering with the previous one:\n${outcome.problems.map((p) => `  - ${p}`).join('\n')})\n`,
        );
    },
  });
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    services,
    registry: await getCommandRegistry(),
    ...(logFile ? { logFile } : {}),
  });
  watching.close();
}

async function runHttp(config: Config): Promise<void> {
  const { runHttpMode } = await import('./http/run.js');
  await runHttpMode(config);
}

async function runGateway(config: Config, logger: Logger): Promise<void> {
  if (!config.discord.token)
    throw new Error(
      'DISCORD_TOKEN is not set: gateway mode needs the bot token (without one, npm start opens the local console).',
    );
  if (config.shards === undefined) {
    const { runGatewayProcess } = await import('./discord/run.js');
    await runGatewayProcess(config, logger);
    return;
  }
  // The manager serves HEALTH_PORT for all its shards: ready once every shard is.
  const { startProcessOps } = await import('./ops/process-ops.js');
  const ops = await startProcessOps(config, logger);
  ops.readiness.set('gateway', false, 'spawning shards');
  const { startShardingManager } = await import('./discord/sharding.js');
  const { exitOnSignals } = await import('./ops/signals.js');
  const running: { sharded?: ShardedBot } = {};
  exitOnSignals(async () => {
    ops.readiness.set('gateway', false, 'shutting down');
    await running.sharded?.stop();
    await ops.close();
  }, logger);
  try {
    // Shards load the knowledge and commands themselves; checking both here first fails fast, once, not per shard.
    ops.metrics.knowledge(loadKnowledge(config.knowledgeDir));
    ops.readiness.set('knowledge', true);
    await getCommandRegistry();
    // Each shard watches KNOWLEDGE_DIR itself; SIGHUP to the manager is passed on to every shard.
    process.on('SIGHUP', () => {
      for (const shard of running.sharded?.manager.shards.values() ?? []) shard.process?.kill('SIGHUP');
    });
    running.sharded = await startShardingManager(config, logger);
  } catch (error) {
    await ops.close();
    throw error;
  }
  ops.readiness.set('gateway', true);
  const down = new Set<number>();
  const update = () =>
    ops.readiness.set('gateway', down.size === 0, down.size ? `shards down: ${[...down].join(', ')}` : undefined);
  for (const shard of running.sharded.manager.shards.values()) {
    shard.on('death', () => (down.add(shard.id), update()));
    shard.on('ready', () => (down.delete(shard.id), update()));
  }
}

export async function main(argv: readonly string[]): Promise<void> {
  let logger: Logger | undefined;
  try {
    const config = getConfig();
    logger = getLogger();
    const log = logger;
    process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
    const mode = chooseMode(config, argv);
    if (mode === 'console') await runConsoleMode(config);
    else if (mode === 'http') await runHttp(config);
    else await runGateway(config, logger);
  } catch (error) {
    reportStartupFailure(error, logger);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
