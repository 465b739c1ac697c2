// /summary: the article's summary with paragraph references, private by default.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import {
  LanguageChoice,
  languageOption,
  privateOption,
  SummaryLength,
  summaryLengthOption,
} from '../src/interactions/common-options.js';
import type { Command } from '../src/interactions/contract.js';
import { chosenLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { renderSummary } from '../src/render/article.js';
import { ApplicationCommandType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'summary',
  name_localizations: { vi: 'tóm-tắt' },
  description: 'A summary of the article with paragraph references (only you see it)',
  description_localizations: { vi: 'Tóm tắt bài viết kèm số đoạn (chỉ mình bạn thấy)' },
  options: [
    summaryLengthOption(),
    languageOption({
      en: 'Summary language (default: your Discord language)',
      vi: 'Ngôn ngữ tóm tắt (mặc định: ngôn ngữ Discord của bạn)',
    }),
    privateOption({
      en: 'Only you see the summary (default: yes)',
      vi: 'Chỉ mình bạn thấy bản tóm tắt (mặc định: có)',
    }),
  ],
} satisfies SlashCommandData;

const Options = z.object({ length: SummaryLength, language: LanguageChoice, private: z.boolean().default(true) });

export default {
  data,
  async execute({ input, respond, services }) {
    const options = parseOptions(Options, input);
    const lang = chosenLang(options.language, input);
    const sentences = services.engine.summary(options.length, lang);
    await respond.reply(renderSummary(services.kb, sentences, options.length, lang), { ephemeral: options.private });
  },
} satisfies Command;
