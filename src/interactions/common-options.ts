// Slash-command options shared by several commands (language, private, summary length), with their zod checks and vi localisations.
import type { SlashCommandBooleanOption, SlashCommandStringOption } from 'discord.js';
import { z } from 'zod';

export const LanguageChoice = z.enum(['auto', 'en', 'vi']).default('auto');
/** The `private` option of a lookup command: public unless asked. */
export const PrivateChoice = z.boolean().default(false);
export const SummaryLength = z.enum(['short', 'full']).default('short');

export function languageOption(
  option: SlashCommandStringOption,
  what: { en: string; vi: string },
): SlashCommandStringOption {
  return option
    .setName('language')
    .setNameLocalizations({ vi: 'ngôn-ngữ' })
    .setDescription(what.en)
    .setDescriptionLocalizations({ vi: what.vi })
    .addChoices(
      { name: 'auto', name_localizations: { vi: 'tự động' }, value: 'auto' },
      { name: 'English', name_localizations: { vi: 'Tiếng Anh' }, value: 'en' },
      { name: 'Tiếng Việt', value: 'vi' },
    );
}

export function privateOption(
  option: SlashCommandBooleanOption,
  what: { en: string; vi: string },
): SlashCommandBooleanOption {
  return option
    .setName('private')
    .setNameLocalizations({ vi: 'riêng-tư' })
    .setDescription(what.en)
    .setDescriptionLocalizations({ vi: what.vi });
}

export function summaryLengthOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName('length')
    .setNameLocalizations({ vi: 'độ-dài' })
    .setDescription('Short or full summary')
    .setDescriptionLocalizations({ vi: 'Tóm tắt ngắn hoặc đầy đủ' })
    .addChoices(
      { name: 'short', name_localizations: { vi: 'ngắn' }, value: 'short' },
      { name: 'full', name_localizations: { vi: 'đầy đủ' }, value: 'full' },
    );
}

/** The `private` option every lookup command (/quote, /figure, /topics, /source, /chart) offers. */
export function lookupPrivateOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return privateOption(option, { en: 'Only you see the reply', vi: 'Chỉ mình bạn thấy câu trả lời' });
}
