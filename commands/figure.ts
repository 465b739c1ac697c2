// /figure: the article's numbers on a subject (e.g. OpenAI's costs) as a compact embed, each with its ¶, and its chart when there is one.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import { chartAttachmentFor } from '../src/charts/message.js';
import type { SubjectFigures } from '../src/engine/types.js';
import { lookupPrivateOption, PrivateChoice } from '../src/interactions/common-options.js';
import type { Command, CommandContext, Services } from '../src/interactions/contract.js';
import { decodeLookupArg, encodeLookupArg } from '../src/interactions/lookup-arg.js';
import { withPager } from '../src/interactions/paging.js';
import { localeLang } from '../src/interactions/language.js';
import { parseOptions } from '../src/interactions/options.js';
import { renderFigures, type SubjectChart } from '../src/render/figures.js';
import type { Lang } from '../src/text/lang.js';
import { ApplicationCommandType, OptionType } from '../src/render/discord-api.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'figure',
  name_localizations: { vi: 'số-liệu' },
  description: 'The article’s numbers on a subject, each with its paragraph',
  description_localizations: { vi: 'Các con số trong bài về một chủ thể, kèm số đoạn' },
  options: [
    {
      type: OptionType.String,
      name: 'subject',
      name_localizations: { vi: 'chủ-thể' },
      description: 'Company, person or topic (leave empty for all)',
      description_localizations: { vi: 'Công ty, người hoặc chủ đề (để trống để xem tất cả)' },
      required: false,
      autocomplete: true,
      max_length: 100,
    },
    lookupPrivateOption(),
  ],
} satisfies SlashCommandData;

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
    const attachment = chartAttachmentFor(services.charts, only.subject, lang);
    if (attachment) charts.set(only.subject, attachment.file);
  } catch (error) {
    services.logger.warn(
      { err: error, interactionId: input.id, subject: only.subject },
      'chart for /figure could not be drawn',
    );
  }
  return charts;
}

/** A value picked from autocomplete is an entity id; anything typed is searched. */
function subjectsFor(
  services: Services,
  subject: string,
): { readonly subjects: readonly SubjectFigures[]; readonly byId: boolean } {
  const { kb, engine } = services;
  const exact = kb.entitiesById.has(subject) ? engine.figuresBySubject('').filter((s) => s.subject === subject) : [];
  return exact.length > 0
    ? { subjects: exact, byId: true }
    : { subjects: engine.figuresBySubject(subject), byId: false };
}

export default {
  data,
  async execute(context) {
    const { input, respond, services } = context;
    const { subject = '', private: isPrivate } = parseOptions(Options, input);
    const { subjects, byId } = subjectsFor(services, subject);
    const lang = localeLang(input);
    const { message, pageCount, page } = renderFigures(services.kb, subjects, lang, {
      query: subject,
      charts: chartFor(subjects, context, lang),
    });
    const pager = {
      command: 'figure',
      page,
      pageCount,
      arg: encodeLookupArg(subject, byId),
      lang,
      owner: input.userId,
    };
    // Nothing found is for the asker only, like a decline.
    await respond.reply(withPager(message, pager), { ephemeral: isPrivate || subjects.length === 0 });
  },
  page({ services }, { page, arg, lang }) {
    const asked = decodeLookupArg(arg);
    if (!asked) return undefined;
    const { subjects } = subjectsFor(services, asked.query);
    // Only the overview of several subjects pages (one subject is one message, with its chart).
    if (subjects.length < 2) return undefined;
    return renderFigures(services.kb, subjects, lang, { page });
  },
  autocomplete({ input, services }) {
    return services.engine.subjectChoices(input.focused?.value ?? '', localeLang(input));
  },
} satisfies Command;
