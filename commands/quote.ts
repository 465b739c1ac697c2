// /quote: what people say in the article, with speaker, role, organisation, Vietnamese verbatim, English translation and ¶.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import { lookupPrivateOption, PrivateChoice } from '../src/interactions/common-options.js';
import type { Command, Services } from '../src/interactions/contract.js';
import { decodeLookupArg, encodeLookupArg } from '../src/interactions/lookup-arg.js';
import { withPager } from '../src/interactions/paging.js';
import type { Quote } from '../src/knowledge/schema.js';
import { localeLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { renderQuotes } from '../src/render/quotes.js';
import { ApplicationCommandType, OptionType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'quote',
  name_localizations: { vi: 'trích-dẫn' },
  description: 'Quotes from the article, by speaker',
  description_localizations: { vi: 'Các trích dẫn trong bài viết, theo người nói' },
  options: [
    {
      type: OptionType.String,
      name: 'speaker',
      name_localizations: { vi: 'người-nói' },
      description: 'Who said it (leave empty for every quote)',
      description_localizations: { vi: 'Ai đã nói (để trống để xem mọi trích dẫn)' },
      required: false,
      autocomplete: true,
      max_length: 100,
    },
    lookupPrivateOption(),
  ],
} satisfies SlashCommandData;

const Options = z.object({ speaker: z.string().trim().max(100).optional(), private: PrivateChoice });

/** A value picked from autocomplete is an entity id; anything typed is searched. */
function quotesFor(services: Services, speaker: string): { readonly quotes: readonly Quote[]; readonly byId: boolean } {
  const { kb, engine } = services;
  const byId = kb.entitiesById.has(speaker)
    ? kb.quotes.filter((q) => q.speaker === speaker || q.organisation === speaker)
    : [];
  return byId.length > 0 ? { quotes: byId, byId: true } : { quotes: engine.findQuotes(speaker), byId: false };
}

export default {
  data,
  async execute({ input, respond, services }) {
    const { speaker = '', private: isPrivate } = parseOptions(Options, input);
    const { quotes, byId } = quotesFor(services, speaker);
    const lang = localeLang(input);
    const { message, pageCount, page } = renderQuotes(services.kb, quotes, lang, { query: speaker });
    const pager = { command: 'quote', page, pageCount, arg: encodeLookupArg(speaker, byId), lang, owner: input.userId };
    // Nothing found is for the asker only, like a decline.
    const ephemeral = isPrivate || quotes.length === 0;
    await respond.reply(withPager(message, pager), { ephemeral });
  },
  page({ services }, { page, arg, lang }) {
    const asked = decodeLookupArg(arg);
    if (!asked) return undefined;
    const { quotes } = quotesFor(services, asked.query);
    if (quotes.length === 0) return undefined;
    return renderQuotes(services.kb, quotes, lang, { page });
  },
  autocomplete({ input, services }) {
    return services.engine.speakerChoices(input.focused?.value ?? '', localeLang(input));
  },
} satisfies Command;
