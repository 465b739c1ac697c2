// After one 401 on a call with the bot token, discord.js forgets the token: every later call fails with "Expected
// token to be set" until a restart, while the process looks healthy. This guard logs the 401 as an error, fails
// readiness (so a supervisor or load balancer sees it), and sets the token again so that the next call tries it:
// a 401 from a hiccup recovers by itself, a token that was really reset keeps /readyz failing.
import { DiscordAPIError, type REST } from 'discord.js';
import type { Logger } from '../logger.js';
import type { Readiness } from '../ops/readiness.js';

export type BotTokenGuard = <T>(what: string, call: () => Promise<T>) => Promise<T>;

export function guardBotToken(
  rest: REST,
  token: string | undefined,
  options: { readonly logger?: Logger | undefined; readonly readiness?: Readiness | undefined } = {},
): BotTokenGuard {
  const { logger, readiness } = options;
  // Without a token there is nothing to refuse (HTTP mode answers without one; it only cannot pin).
  if (token) readiness?.set('discordToken', true);
  return async (what, call) => {
    try {
      const result = await call();
      if (readiness?.get('discordToken')?.ok === false && token) {
        readiness.set('discordToken', true);
        logger?.info({ call: what }, 'Discord accepts the bot token again; ready');
      }
      return result;
    } catch (error) {
      if (token && error instanceof DiscordAPIError && error.status === 401) {
        rest.setToken(token);
        readiness?.set('discordToken', false, `Discord answered 401 to ${what}: the bot token was refused`);
        logger?.error(
          { call: what, status: 401 },
          'Discord refused the bot token (401): not ready until a call with it succeeds; if it was reset, set a new DISCORD_TOKEN',
        );
      }
      throw error;
    }
  };
}
