// /help: how to use the bot, every registered command, and example questions the article answers (only you see it).
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { getCommandRegistry } from '../src/interactions/registry.js';
import { renderHelp } from '../src/render/help.js';

const EXAMPLES = 5;

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
    const { commands } = await getCommandRegistry();
    const examples = services.engine.suggestQuestions('', { lang, limit: EXAMPLES }).map((choice) => choice.name);
    await respond.reply(
      renderHelp(
        services.kb,
        commands.map((c) => c.data),
        examples,
        lang,
      ),
      { ephemeral: true },
    );
  },
} satisfies Command;
