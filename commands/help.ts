// /help: how to use the bot, every registered command, and example questions the article answers (only you see it).
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { helpMessage } from '../src/interactions/help-message.js';

const data = new SlashCommandBuilder()
  .setName('help')
  .setNameLocalizations({ vi: 'trợ-giúp' })
  .setDescription('How to use this bot')
  .setDescriptionLocalizations({ vi: 'Cách dùng bot này' })
  .toJSON();

export default {
  data,
  async execute({ input, respond, services }) {
    const lang = localeLang(input);
    await respond.reply(await helpMessage(services, lang), { ephemeral: true });
  },
} satisfies Command;
