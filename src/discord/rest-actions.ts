// Discord REST for actions outside an interaction's own response (pinning), honouring DISCORD_API_URL.
import { REST, Routes } from 'discord.js';
import type { Config } from '../config.js';
import type { DiscordActions } from '../interactions/contract.js';

/** A REST client for the configured API base (a proxy or the fake Discord) with the bot token, when there is one. */
export function createRest(config: Config): REST {
  const rest = new REST(config.discord.apiUrl ? { api: config.discord.apiUrl } : {});
  if (config.discord.token) rest.setToken(config.discord.token);
  return rest;
}

export function createRestDiscordActions(rest: REST): DiscordActions {
  return {
    async pinMessage(channelId, messageId) {
      await rest.put(Routes.channelMessagesPin(channelId, messageId), { reason: 'Pinned with /pin-summary' });
    },
  };
}
