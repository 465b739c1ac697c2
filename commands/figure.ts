// /figure: the article's numbers on a subject (e.g. OpenAI's costs) as a compact embed, each with its ¶, and its chart when there is one.
import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { chartAttachmentFor } from '../src/charts/message.js';
import type { Lang, SubjectFigures } from '../src/engine/types.js';
import { lookupPrivateOption, PrivateChoice } from '../src/interactions/common-options.js';
import type { Command, CommandContext } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { renderFigures, type SubjectChart } from '../src/render/figures.js';

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
  .addBooleanOption(lookupPrivateOption)
  .toJSON();

const Options = z.object({ subject: z.string().trim().max(100).optional(), private: PrivateChoice });

/**
 * The chart of the one subject shown, when the article's figures make one (a listing of every subject
 * stays text). A chart that cannot be drawn is logged and left out: the numbers still answer.
 */
function chartFor(
  subjects: readonly SubjectFigures[],
  { input, services }: CommandContext,
  lang: Lang,
): Map<string, SubjectChart> {
  const charts = new Map<string, SubjectChart>();
  const [only] = subjects;
  if (subjects.length !== 1 || !only) return charts;
  try {
    const attachment = chartAttachmentFor(services.kb, only.subject, lang);
    if (attachment) charts.set(only.subject, attachment.file);
  } catch (error) {
    services.logger.warn(
      { err: error, interactionId: input.id, subject: only.subject },
      'chart for /figure could not be drawn',
    );
  }
  return charts;
}

export default {
  data,
  async execute(context) {
    const { input, respond, services } = context;
    const { subject = '', private: isPrivate } = parseOptions(Options, input);
    const { kb, engine } = services;
    // A value picked from autocomplete is an entity id; anything typed is searched.
    const exact = kb.entitiesById.has(subject) ? engine.figuresBySubject('').filter((s) => s.subject === subject) : [];
    const subjects = exact.length > 0 ? exact : engine.figuresBySubject(subject);
    const lang = localeLang(input);
    await respond.reply(
      renderFigures(kb, subjects, lang, { query: subject, charts: chartFor(subjects, context, lang) }),
      // Nothing found is for the asker only, like a decline.
      { ephemeral: isPrivate || subjects.length === 0 },
    );
  },
  autocomplete({ input, services }) {
    return services.engine.subjectChoices(input.focused?.value ?? '', localeLang(input));
  },
} satisfies Command;
