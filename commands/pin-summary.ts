// /pin-summary (moderators): posts the summary publicly in the channel and pins it, after checking the bot can.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import {
  LanguageChoice,
  languageOption,
  SummaryLength,
  summaryLengthOption,
} from '../src/interactions/common-options.js';
import { UserFacingError, type Command } from '../src/interactions/contract.js';
import { discordErrorCode, DiscordErrorCode, isMissingPermissions } from '../src/interactions/discord-errors.js';
import { chosenLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import {
  missingPermissions,
  permissionNames,
  PERMISSIONS,
  PIN_SUMMARY_BOT_NEEDS,
  PIN_SUMMARY_DEFAULT_MEMBER,
} from '../src/interactions/permissions.js';
import { renderSummary } from '../src/render/article.js';
import { UI } from '../src/render/strings.js';
import { ApplicationCommandType, InteractionContextType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'pin-summary',
  name_localizations: { vi: 'ghim-tóm-tắt' },
  description: 'Post the article summary in this channel and pin it (moderators)',
  description_localizations: { vi: 'Đăng bản tóm tắt bài viết vào kênh này và ghim lại (người điều hành)' },
  default_member_permissions: PIN_SUMMARY_DEFAULT_MEMBER.bit.toString(),
  contexts: [InteractionContextType.Guild],
  options: [
    summaryLengthOption(),
    languageOption({
      en: 'Summary language (default: your Discord language)',
      vi: 'Ngôn ngữ tóm tắt (mặc định: ngôn ngữ Discord của bạn)',
    }),
  ],
} satisfies SlashCommandData;

const Options = z.object({ length: SummaryLength, language: LanguageChoice });

export default {
  data,
  async execute({ input, respond, services }) {
    const options = parseOptions(Options, input);
    const lang = chosenLang(options.language, input);
    const ui = UI[lang];
    if (!input.guildId || !input.channelId) throw new UserFacingError(ui.guildOnly);
    // Who may run it is Discord's decision: default_member_permissions is the default and server admins may
    // override it under Integrations, so the member is not checked again here. What the bot can do is checked
    // before anything is posted, so a refusal never leaves a summary behind (and a retry never posts a second one).
    if (services.discord.canPin?.() === false) throw new UserFacingError(ui.cannotPinHere);
    const botMissing = missingPermissions(input.appPermissions, PIN_SUMMARY_BOT_NEEDS);
    if (botMissing.length > 0) throw new UserFacingError(ui.botMissing(permissionNames(botMissing)));

    // Public from the start (the deferral fixes it); editing the deferral returns the message id to pin.
    await respond.defer({ ephemeral: false });
    const sent = await respond.editReply(
      renderSummary(services.kb, services.engine.summary(options.length, lang), options.length, lang),
    );
    if (!sent.id) throw new Error('the shell did not return the id of the posted summary, so it cannot be pinned');
    try {
      await services.discord.pinMessage(sent.channelId ?? input.channelId, sent.id);
    } catch (error) {
      if (discordErrorCode(error) === DiscordErrorCode.pinLimit) throw new UserFacingError(ui.pinLimit);
      if (isMissingPermissions(error))
        throw new UserFacingError(ui.pinFailedPermission(permissionNames([PERMISSIONS.pinMessages])));
      throw error;
    }
    services.logger.info(
      { interactionId: input.id, guildId: input.guildId, channelId: input.channelId, messageId: sent.id },
      'summary pinned',
    );
    await respond.followUp({ content: ui.pinned }, { ephemeral: true });
  },
} satisfies Command;
