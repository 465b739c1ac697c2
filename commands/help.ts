// /help: how to use the bot, every registered command, and example questions the article answers (only you see it).
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import type { Command } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { helpMessage } from '../src/interactions/help-message.js';
import { ApplicationCommandType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'help',
  name_localizations: { vi: 'trợ-giúp' },
  description: 'How to use this bot',
  description_localizations: { vi: 'Cách dùng bot này' },
  options: [],
} satisfies SlashCommandData;

export default {
  data,
  async execute({ input, respond, services }) {
    const lang = localeLang(input);
    await respond.reply(await helpMessage(services, lang), { ephemeral: true });
  },
} satisfies Command;
