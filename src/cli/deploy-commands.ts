// `npm run deploy:commands`: registers every command in commands/ with Discord (in DISCORD_GUILD_ID when set, else globally).
import { pathToFileURL } from 'node:url';
import { Routes } from 'discord.js';
import { z } from 'zod';
import { startupFailureMessage } from '../bootstrap.js';
import { getConfig, type Config } from '../config.js';
import { createRest } from '../discord/rest-actions.js';
import { discordErrorCode } from '../interactions/discord-errors.js';
import { loadCommands } from '../interactions/registry.js';

const Registered = z.array(z.object({ id: z.string(), name: z.string() }));

function missingSettings(config: Config): string[] {
  const missing: string[] = [];
  if (!config.discord.token) missing.push('DISCORD_TOKEN (the bot token from the developer portal)');
  if (!config.discord.clientId)
    missing.push('DISCORD_CLIENT_ID (the application id; it cannot be derived from the token)');
  return missing;
}

export async function deployCommands(config: Config, log: (line: string) => void = console.log): Promise<number> {
  const missing = missingSettings(config);
  if (missing.length > 0) {
    console.error(
      `Cannot register the commands: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set.`,
    );
    return 1;
  }
  const { commands } = await loadCommands();
  const clientId = config.discord.clientId ?? '';
  const { guildId } = config.discord;
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  const registered = Registered.parse(
    await createRest(config).put(route, { body: commands.map((command) => command.data) }),
  );
  log(
    guildId
      ? `Registered ${registered.length} commands in guild ${guildId} (they appear there at once):`
      : `Registered ${registered.length} commands globally (they can take a while to appear in every server):`,
  );
  for (const command of registered) log(`  /${command.name} (${command.id})`);
  return 0;
}

async function main(): Promise<number> {
  try {
    return await deployCommands(getConfig());
  } catch (error) {
    const code = discordErrorCode(error);
    const status = (error as { status?: unknown }).status;
    if (status === 401) console.error('Discord rejected DISCORD_TOKEN (401 Unauthorized): check the bot token.');
    else if (code !== undefined)
      console.error(`Discord refused the commands (error ${code}): ${(error as Error).message}`);
    else console.error(startupFailureMessage(error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
