// /topics: the article's sections in order, with their paragraphs and what each says.
import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { lookupPrivateOption, PrivateChoice } from '../src/interactions/common-options.js';
import type { Command } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { renderTopics } from '../src/render/article.js';

const data = new SlashCommandBuilder()
  .setName('topics')
  .setNameLocalizations({ vi: 'chủ-đề' })
  .setDescription('What the article covers, section by section')
  .setDescriptionLocalizations({ vi: 'Nội dung bài viết theo từng phần' })
  .addBooleanOption(lookupPrivateOption)
  .toJSON();

const Options = z.object({ private: PrivateChoice });

export default {
  data,
  async execute({ input, respond, services }) {
    const options = parseOptions(Options, input);
    await respond.reply(renderTopics(services.kb, localeLang(input)), { ephemeral: options.private });
  },
} satisfies Command;
