// /topics: the article's sections in order, with their paragraphs and what each says.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import { lookupPrivateOption, PrivateChoice } from '../src/interactions/common-options.js';
import type { Command } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { renderTopics } from '../src/render/article.js';
import { ApplicationCommandType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'topics',
  name_localizations: { vi: 'chủ-đề' },
  description: 'What the article covers, section by section',
  description_localizations: { vi: 'Nội dung bài viết theo từng phần' },
  options: [lookupPrivateOption()],
} satisfies SlashCommandData;

const Options = z.object({ private: PrivateChoice });

export default {
  data,
  async execute({ input, respond, services }) {
    const options = parseOptions(Options, input);
    await respond.reply(renderTopics(services.kb, localeLang(input)), { ephemeral: options.private });
  },
} satisfies Command;
