// `npm run deploy:commands`: registers every command in commands/ with Discord (in DISCORD_GUILD_ID when set, else globally);
// `-- --remove` removes them all again from the same place.
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

const Args = z.array(
  z.enum(['--remove'], { error: (issue) => `unknown option ${String(issue.input)} (only --remove)` }),
);

export async function deployCommands(
  config: Config,
  log: (line: string) => void = console.log,
  options: { readonly remove?: boolean } = {},
): Promise<number> {
  const missing = missingSettings(config);
  if (missing.length > 0) {
    console.error(
      `Cannot register the commands: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set.`,
    );
    return 1;
  }
  const clientId = config.discord.clientId ?? '';
  const { guildId } = config.discord;
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  if (options.remove) {
    // Overwriting the list with an empty one removes every command of this application there, in one call.
    const left = Registered.parse(await createRest(config).put(route, { body: [] }));
    log(
      guildId
        ? `Removed the commands from guild ${guildId} (${left.length} left).`
        : `Removed the global commands (${left.length} left; Discord can take a while to drop them everywhere).`,
    );
    return left.length === 0 ? 0 : 1;
  }
  const { commands } = await loadCommands();
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

async function main(argv: readonly string[]): Promise<number> {
  const args = Args.safeParse(argv);
  if (!args.success) {
    console.error(`npm run deploy:commands: ${args.error.issues[0]?.message ?? 'bad arguments'}`);
    return 2;
  }
  try {
    return await deployCommands(getConfig(), console.log, { remove: args.data.includes('--remove') });
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
