// Discord REST for actions outside an interaction's own response (pinning), honouring DISCORD_API_URL.
import { REST, Routes } from 'discord.js';
import type { Config } from '../config.js';
import type { DiscordActions } from '../interactions/contract.js';
import type { Logger } from '../logger.js';
import type { Readiness } from '../ops/readiness.js';
import { guardBotToken } from './bot-token.js';
import { observeRateLimitWaits, observedRestOptions, type RestObserver } from './rate-limits.js';

/**
 * A REST client for the configured API base (a proxy or the fake Discord) with the bot token, when there is one;
 * its statuses counted and its rate-limit waits and 429s logged when an observer is given.
 */
export function createRest(config: Config, observer: RestObserver = {}): REST {
  const rest = new REST({
    ...(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}),
    ...observedRestOptions(observer),
  });
  if (config.discord.token) rest.setToken(config.discord.token);
  observeRateLimitWaits(rest, observer);
  return rest;
}

/** Pinning with the bot token; a 401 fails readiness and is logged (see bot-token.ts) instead of breaking pins. */
export function createRestDiscordActions(
  rest: REST,
  options: { readonly token?: string | undefined; readonly logger?: Logger; readonly readiness?: Readiness } = {},
): DiscordActions {
  const guarded = guardBotToken(rest, options.token, options);
  return {
    async pinMessage(channelId, messageId) {
      await guarded('a pin', () =>
        rest.put(Routes.channelMessagesPin(channelId, messageId), { reason: 'Pinned with /pin-summary' }),
      );
    },
  };
}
