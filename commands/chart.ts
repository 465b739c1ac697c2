// /chart: the article's numbers on a subject drawn as a PNG chart, with a caption citing their paragraphs.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import { chartImage, chartMessage, unknownChartText } from '../src/charts/message.js';
import { findCharts } from '../src/charts/catalogue.js';
import {
  LanguageChoice,
  languageOption,
  lookupPrivateOption,
  PrivateChoice,
} from '../src/interactions/common-options.js';
import { UserFacingError, type Command } from '../src/interactions/contract.js';
import { chosenLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { paragraphRefs } from '../src/render/citation.js';
import { ApplicationCommandType, OptionType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'chart',
  name_localizations: { vi: 'biểu-đồ' },
  description: 'The article’s numbers on a subject, drawn as a chart',
  description_localizations: { vi: 'Các con số trong bài về một chủ thể, vẽ thành biểu đồ' },
  options: [
    {
      type: OptionType.String,
      name: 'subject',
      name_localizations: { vi: 'chủ-thể' },
      description: 'Company, person or topic to chart (pick one from the list)',
      description_localizations: { vi: 'Công ty, người hoặc chủ đề cần vẽ (chọn trong danh sách)' },
      required: true,
      autocomplete: true,
      max_length: 100,
    },
    languageOption({
      en: 'Language of the chart (default: your Discord language)',
      vi: 'Ngôn ngữ của biểu đồ (mặc định: ngôn ngữ Discord của bạn)',
    }),
    lookupPrivateOption(),
  ],
} satisfies SlashCommandData;

const Options = z.object({
  subject: z.string().trim().min(1).max(100),
  language: LanguageChoice,
  private: PrivateChoice,
});

const AutocompleteOptions = z.object({ language: z.enum(['auto', 'en', 'vi']).optional() });

export default {
  data,
  async execute({ input, respond, services }) {
    const { subject, language, private: isPrivate } = parseOptions(Options, input);
    const lang = chosenLang(language, input);
    const { charts } = services;
    // A value picked from autocomplete is a chart id; anything typed is matched against titles and subjects.
    const chart = findCharts(charts, subject)[0];
    if (!chart) throw new UserFacingError(unknownChartText(charts, subject, lang));
    const { spec, png } = chartImage(charts, chart.id, lang);
    await respond.reply(chartMessage(spec, png), { ephemeral: isPrivate });
  },
  // A throw here reaches dispatch's one autocomplete path: logged, and an empty list sent; dispatch fits the choices.
  autocomplete({ input, services }) {
    const parsed = AutocompleteOptions.safeParse(input.options);
    const lang = chosenLang(parsed.success ? parsed.data.language : undefined, input);
    return findCharts(services.charts, input.focused?.value ?? '').map((chart) => ({
      name: `${chart.title[lang]} (${paragraphRefs(chart.paragraphs)})`,
      value: chart.id,
    }));
  },
} satisfies Command;
