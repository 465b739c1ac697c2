// `npm run invite`: prints the bot's invite URL with exactly the permissions it uses, and why it needs each.
import { pathToFileURL } from 'node:url';
import { startupFailureMessage } from '../bootstrap.js';
import { getConfig, type Config } from '../config.js';
import { BOT_PERMISSIONS, INVITE_SCOPES, invitePermissions, inviteUrl } from '../interactions/permissions.js';

/** The lines `npm run invite` prints; 1 with a clear message when the application id is unknown. */
export function inviteLines(config: Config): { readonly code: number; readonly lines: readonly string[] } {
  const { clientId } = config.discord;
  if (!clientId)
    return {
      code: 1,
      lines: [
        'Cannot build the invite link: DISCORD_CLIENT_ID (the application id, developer portal → General Information) is not set.',
      ],
    };
  return {
    code: 0,
    lines: [
      inviteUrl(clientId),
      '',
      `Scopes: ${INVITE_SCOPES.join(', ')}. Permissions (${invitePermissions().toString()}):`,
      ...BOT_PERMISSIONS.map(({ permission, why }) => `  ${permission.name}: ${why}`),
      'Everything else the bot says is an interaction response, which needs no channel permission.',
    ],
  };
}

function main(): number {
  try {
    const { code, lines } = inviteLines(getConfig());
    for (const line of lines) (code === 0 ? console.log : console.error)(line);
    return code;
  } catch (error) {
    console.error(startupFailureMessage(error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
