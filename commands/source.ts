// /source: where the article comes from (title, origin chain, author, date, machine translation, disclaimer).
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import { lookupPrivateOption, PrivateChoice } from '../src/interactions/common-options.js';
import type { Command } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { renderSource } from '../src/render/article.js';
import { ApplicationCommandType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'source',
  name_localizations: { vi: 'nguồn' },
  description: 'Where the article comes from: origin, author, date, translation, disclaimer',
  description_localizations: { vi: 'Nguồn gốc bài viết: nơi đăng, tác giả, ngày, bản dịch, tuyên bố miễn trừ' },
  options: [lookupPrivateOption()],
} satisfies SlashCommandData;

const Options = z.object({ private: PrivateChoice });

export default {
  data,
  async execute({ input, respond, services }) {
    const options = parseOptions(Options, input);
    await respond.reply(renderSource(services.kb, localeLang(input)), { ephemeral: options.private });
  },
} satisfies Command;
