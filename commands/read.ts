// /read [where] [language] [private]: one paragraph of the article in Vietnamese verbatim and in the project's English
// rendering, with its section and translation notes; ◀ ▶ page through the article in order (private by default).
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import { privateOption } from '../src/interactions/common-options.js';
import { UserFacingError, type Command } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { withPager } from '../src/interactions/paging.js';
import { readChoices, renderParagraph, resolveWhere } from '../src/render/read.js';
import { UI } from '../src/render/strings.js';
import { detectLanguage } from '../src/text/language.js';
import { ApplicationCommandType, OptionType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'read',
  name_localizations: { vi: 'đọc' },
  description: 'Read the article paragraph by paragraph, in Vietnamese and English',
  description_localizations: { vi: 'Đọc bài viết từng đoạn, bằng tiếng Việt và tiếng Anh' },
  options: [
    {
      type: OptionType.String,
      name: 'where',
      name_localizations: { vi: 'vị-trí' },
      description: 'A paragraph number (1-33) or a section (empty: the first paragraph)',
      description_localizations: { vi: 'Số đoạn (1-33) hoặc một phần (để trống: đoạn đầu tiên)' },
      required: false,
      autocomplete: true,
      max_length: 100,
    },
    {
      type: OptionType.String,
      name: 'language',
      name_localizations: { vi: 'ngôn-ngữ' },
      description: 'Both languages (default), English only or Vietnamese only',
      description_localizations: { vi: 'Cả hai ngôn ngữ (mặc định), chỉ tiếng Anh hoặc chỉ tiếng Việt' },
      required: false,
      choices: [
        { name: 'both', name_localizations: { vi: 'cả hai' }, value: 'both' },
        { name: 'English', name_localizations: { vi: 'Tiếng Anh' }, value: 'en' },
        { name: 'Tiếng Việt', value: 'vi' },
      ],
    },
    privateOption({
      en: 'Only you see it (default: yes; false posts it in the channel)',
      vi: 'Chỉ bạn thấy (mặc định: có; false sẽ đăng vào kênh)',
    }),
  ],
} satisfies SlashCommandData;

const Show = z.enum(['both', 'en', 'vi']);
const Options = z.object({
  where: z.string().trim().max(100).optional(),
  language: Show.default('both'),
  private: z.boolean().default(true),
});

export default {
  data,
  async execute({ input, respond, services }) {
    const { where, language, private: ephemeral } = parseOptions(Options, input);
    const { kb } = services;
    const lang = localeLang(input);
    const n = where ? resolveWhere(kb, where) : 1;
    if (n === undefined) throw new UserFacingError(UI[lang].readUnknownWhere(where ?? '', kb.paragraphs.length));
    const message = renderParagraph(kb, n, { show: language, lang });
    if (!message) throw new UserFacingError(UI[lang].readUnknownWhere(where ?? '', kb.paragraphs.length));
    const pager = { command: 'read', page: n - 1, pageCount: kb.paragraphs.length, arg: language, lang };
    await respond.reply(withPager(message, { ...pager, owner: input.userId }), { ephemeral });
  },
  page({ services }, { page, arg, lang }) {
    const show = Show.safeParse(arg);
    if (!show.success) return undefined;
    const message = renderParagraph(services.kb, page + 1, { show: show.data, lang });
    return message && { message, pageCount: services.kb.paragraphs.length };
  },
  autocomplete({ input, services }) {
    const typed = input.focused?.value ?? '';
    const lang = detectLanguage(typed) ?? localeLang(input);
    return readChoices(services.kb, typed, lang);
  },
} satisfies Command;
