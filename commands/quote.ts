// /quote: what people say in the article, with speaker, role, organisation, Vietnamese verbatim, English translation and ¶.
import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { lookupPrivateOption, PrivateChoice } from '../src/interactions/common-options.js';
import type { Command } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { renderQuotes } from '../src/render/quotes.js';

const data = new SlashCommandBuilder()
  .setName('quote')
  .setNameLocalizations({ vi: 'trích-dẫn' })
  .setDescription('Quotes from the article, by speaker')
  .setDescriptionLocalizations({ vi: 'Các trích dẫn trong bài viết, theo người nói' })
  .addStringOption((option) =>
    option
      .setName('speaker')
      .setNameLocalizations({ vi: 'người-nói' })
      .setDescription('Who said it (leave empty for every quote)')
      .setDescriptionLocalizations({ vi: 'Ai đã nói (để trống để xem mọi trích dẫn)' })
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addBooleanOption(lookupPrivateOption)
  .toJSON();

const Options = z.object({ speaker: z.string().trim().max(100).optional(), private: PrivateChoice });

export default {
  data,
  async execute({ input, respond, services }) {
    const { speaker = '', private: isPrivate } = parseOptions(Options, input);
    const { kb, engine } = services;
    // A value picked from autocomplete is an entity id; anything typed is searched.
    const byId = kb.entitiesById.has(speaker)
      ? kb.quotes.filter((q) => q.speaker === speaker || q.organisation === speaker)
      : [];
    const quotes = byId.length > 0 ? byId : engine.findQuotes(speaker);
    // Nothing found is for the asker only, like a decline.
    const ephemeral = isPrivate || quotes.length === 0;
    await respond.reply(renderQuotes(kb, quotes, localeLang(input), { query: speaker }), { ephemeral });
  },
  autocomplete({ input, services }) {
    return services.engine.speakerChoices(input.focused?.value ?? '', localeLang(input));
  },
} satisfies Command;
