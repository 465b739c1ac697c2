// Slash-command options shared by several commands (language, private, summary length), as Discord's JSON, with their
// zod checks and vi localisations.
import type { APIApplicationCommandBooleanOption, APIApplicationCommandStringOption } from 'discord.js';
import { z } from 'zod';
import { OptionType } from '../render/discord-api.js';

export const LanguageChoice = z.enum(['auto', 'en', 'vi']).default('auto');
/** The `private` option of a lookup command: public unless asked. */
export const PrivateChoice = z.boolean().default(false);
export const SummaryLength = z.enum(['short', 'full']).default('short');

/** What an option says, in English and in Vietnamese. */
type OptionText = { readonly en: string; readonly vi: string };

export function languageOption(what: OptionText): APIApplicationCommandStringOption {
  return {
    type: OptionType.String,
    name: 'language',
    name_localizations: { vi: 'ngôn-ngữ' },
    description: what.en,
    description_localizations: { vi: what.vi },
    required: false,
    choices: [
      { name: 'auto', name_localizations: { vi: 'tự động' }, value: 'auto' },
      { name: 'English', name_localizations: { vi: 'Tiếng Anh' }, value: 'en' },
      { name: 'Tiếng Việt', value: 'vi' },
    ],
  };
}

export function privateOption(what: OptionText): APIApplicationCommandBooleanOption {
  return {
    type: OptionType.Boolean,
    name: 'private',
    name_localizations: { vi: 'riêng-tư' },
    description: what.en,
    description_localizations: { vi: what.vi },
    required: false,
  };
}

export function summaryLengthOption(): APIApplicationCommandStringOption {
  return {
    type: OptionType.String,
    name: 'length',
    name_localizations: { vi: 'độ-dài' },
    description: 'Short or full summary',
    description_localizations: { vi: 'Tóm tắt ngắn hoặc đầy đủ' },
    required: false,
    choices: [
      { name: 'short', name_localizations: { vi: 'ngắn' }, value: 'short' },
      { name: 'full', name_localizations: { vi: 'đầy đủ' }, value: 'full' },
    ],
  };
}

/** The `private` option every lookup command (/quote, /figure, /topics, /source, /chart) offers. */
export function lookupPrivateOption(): APIApplicationCommandBooleanOption {
  return privateOption({ en: 'Only you see the reply', vi: 'Chỉ mình bạn thấy câu trả lời' });
}
