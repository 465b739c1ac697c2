// Discord REST for actions outside an interaction's own response (pinning), honouring DISCORD_API_URL.
import { REST, Routes } from 'discord.js';
import type { Config } from '../config.js';
import type { DiscordActions } from '../interactions/contract.js';
import type { Logger } from '../logger.js';
import { logRateLimitWaits, rateLimitLoggingOptions } from './rate-limits.js';

/**
 * A REST client for the configured API base (a proxy or the fake Discord) with the bot token, when there is one;
 * with a logger, its rate-limit waits and 429s are logged.
 */
export function createRest(config: Config, logger?: Logger): REST {
  const rest = new REST({
    ...(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}),
    ...rateLimitLoggingOptions(logger),
  });
  if (config.discord.token) rest.setToken(config.discord.token);
  if (logger) logRateLimitWaits(rest, logger);
  return rest;
}

export function createRestDiscordActions(rest: REST): DiscordActions {
  return {
    async pinMessage(channelId, messageId) {
      await rest.put(Routes.channelMessagesPin(channelId, messageId), { reason: 'Pinned with /pin-summary' });
    },
  };
}
