// /figure: the article's numbers on a subject (e.g. OpenAI's costs) as a compact embed, each with its ¶.
import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Command } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { renderFigures } from '../src/render/figures.js';

const data = new SlashCommandBuilder()
  .setName('figure')
  .setNameLocalizations({ vi: 'số-liệu' })
  .setDescription('The article’s numbers on a subject, each with its paragraph')
  .setDescriptionLocalizations({ vi: 'Các con số trong bài về một chủ thể, kèm số đoạn' })
  .addStringOption((option) =>
    option
      .setName('subject')
      .setNameLocalizations({ vi: 'chủ-thể' })
      .setDescription('Company, person or topic (leave empty for all)')
      .setDescriptionLocalizations({ vi: 'Công ty, người hoặc chủ đề (để trống để xem tất cả)' })
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .toJSON();

const Options = z.object({ subject: z.string().trim().max(100).optional() });

export default {
  data,
  async execute({ input, respond, services }) {
    const { subject = '' } = parseOptions(Options, input);
    const { kb, engine } = services;
    // A value picked from autocomplete is an entity id; anything typed is searched.
    const exact = kb.entitiesById.has(subject) ? engine.figuresBySubject('').filter((s) => s.subject === subject) : [];
    const subjects = exact.length > 0 ? exact : engine.figuresBySubject(subject);
    await respond.reply(renderFigures(kb, subjects, localeLang(input), { query: subject }), { ephemeral: false });
  },
  autocomplete({ input, services }) {
    return services.engine.subjectChoices(input.focused?.value ?? '', localeLang(input));
  },
} satisfies Command;
