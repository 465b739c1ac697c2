// /ask: answers a question about the article with its verbatim source; autocomplete offers questions the article answers.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import { LanguageChoice, languageOption, privateOption } from '../src/interactions/common-options.js';
import { UserFacingError, type Command, type CommandContext } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { askConversationKey } from '../src/interactions/conversations.js';
import { parseOptions } from '../src/interactions/options.js';
import { recordQuestion } from '../src/interactions/recording.js';
import { renderReply } from '../src/render/answer.js';
import { factQuestion } from '../src/render/citation.js';
import { DISCORD_LIMITS } from '../src/render/limits.js';
import { UI } from '../src/render/strings.js';
import { MAX_INPUT_CHARS } from '../src/text/normalize.js';
import type { Lang } from '../src/text/lang.js';
import { ApplicationCommandType, OptionType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  name_localizations: { vi: 'hỏi' },
  description: 'Ask a question about the article, in English or Vietnamese',
  description_localizations: { vi: 'Đặt câu hỏi về bài viết, bằng tiếng Việt hoặc tiếng Anh' },
  options: [
    {
      type: OptionType.String,
      name: 'question',
      name_localizations: { vi: 'câu-hỏi' },
      description: 'Your question (pick a suggestion or type your own)',
      description_localizations: { vi: 'Câu hỏi của bạn (chọn một gợi ý hoặc tự nhập)' },
      required: true,
      autocomplete: true,
      max_length: MAX_INPUT_CHARS,
    },
    languageOption({
      en: 'Reply language (default: the language of your question)',
      vi: 'Ngôn ngữ trả lời (mặc định: ngôn ngữ của câu hỏi)',
    }),
    privateOption({ en: 'Only you see the answer', vi: 'Chỉ mình bạn thấy câu trả lời' }),
  ],
} satisfies SlashCommandData;

const Options = z.object({
  // Longer text is cut by the engine; the limit here only stops absurd input before any work.
  question: z
    .string()
    .trim()
    .min(1, 'write a question')
    .max(MAX_INPUT_CHARS * 4),
  language: LanguageChoice,
  private: z.boolean().default(false),
});

/** An autocomplete choice's value: "<fact id>:<lang>" (the language the suggestion was shown in). */
const SuggestionValue = z.string().regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)(?::(en|vi))?$/);

function suggestionValue(factId: string, lang: Lang): string {
  return `${factId}:${lang}`;
}

/** The fact a submitted value names, when it came from autocomplete (or is a fact id); free text gives undefined. */
function pickedFact(value: string, context: CommandContext): { factId: string; lang?: Lang } | undefined {
  if (!SuggestionValue.safeParse(value).success) return undefined;
  const [factId = '', lang] = value.split(':');
  if (!context.services.kb.factsById.has(factId)) return undefined;
  return lang === 'en' || lang === 'vi' ? { factId, lang } : { factId };
}

export default {
  data,
  async execute(context) {
    const { input, respond, services } = context;
    const options = parseOptions(Options, input);
    const explicit = options.language === 'auto' ? undefined : options.language;
    const fallbackLang = localeLang(input);
    if (!(await services.allowAsk(input.userId))) {
      const lang = explicit ?? services.engine.detectLanguage(options.question) ?? fallbackLang;
      const waitMs = (await services.askRetryAfterMs?.(input.userId)) ?? 0;
      throw new UserFacingError(UI[lang].slowDown(Math.max(1, Math.ceil(waitMs / 1000))));
    }
    const picked = pickedFact(options.question, context);
    const pickedLang = explicit ?? picked?.lang ?? fallbackLang;
    // The member's earlier turns in this channel: "and Meta?" after a question about Google asks it about Meta.
    const key = askConversationKey(input);
    const conversation = services.conversations?.recall(key) ?? [];
    const reply = picked
      ? services.engine.answerFact(picked.factId, pickedLang)
      : services.engine.ask(options.question, { conversation, fallbackLang, ...(explicit ? { lang: explicit } : {}) });
    if (!reply) throw new UserFacingError(UI[pickedLang].unknownFact);
    const question = picked ? factQuestion(services.kb, picked.factId, reply.lang) : options.question;
    services.conversations?.remember(key, question ?? options.question, reply);
    // Quiet by default: a decline or a clarifying question is for the asker only; answers are public unless private.
    const ephemeral = options.private || !reply.answered;
    const sent = await respond.reply(renderReply(reply, services.kb, { question }), { ephemeral });
    recordQuestion(services, input, question ?? options.question, reply, sent);
  },
  autocomplete({ input, services }) {
    const partial = input.focused?.value ?? '';
    const chosen = LanguageChoice.safeParse(input.options.language);
    const explicit = chosen.success && chosen.data !== 'auto' ? chosen.data : undefined;
    const lang =
      explicit ?? (partial.trim() ? services.engine.detectLanguage(partial) : undefined) ?? localeLang(input);
    return services.engine
      .suggestQuestions(partial, { lang, limit: DISCORD_LIMITS.choices })
      .map((choice) => ({ name: choice.name, value: suggestionValue(choice.value, lang) }));
  },
} satisfies Command;
