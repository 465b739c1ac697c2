// /summary: the article's summary with paragraph references, private by default.
import { SlashCommandBuilder } from 'discord.js';
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

const data = new SlashCommandBuilder()
  .setName('summary')
  .setNameLocalizations({ vi: 'tóm-tắt' })
  .setDescription('A summary of the article with paragraph references (only you see it)')
  .setDescriptionLocalizations({ vi: 'Tóm tắt bài viết kèm số đoạn (chỉ mình bạn thấy)' })
  .addStringOption(summaryLengthOption)
  .addStringOption((option) =>
    languageOption(option, {
      en: 'Summary language (default: your Discord language)',
      vi: 'Ngôn ngữ tóm tắt (mặc định: ngôn ngữ Discord của bạn)',
    }),
  )
  .addBooleanOption((option) =>
    privateOption(option, {
      en: 'Only you see the summary (default: yes)',
      vi: 'Chỉ mình bạn thấy bản tóm tắt (mặc định: có)',
    }),
  )
  .toJSON();

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
