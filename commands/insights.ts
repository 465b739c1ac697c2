// /insights (moderators): what this server asked, what the bot could not answer, which answers got 👎, per-day chart.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody as SlashCommandData } from 'discord.js';
import { z } from 'zod';
import { insightsChart, fillDays } from '../src/insights/chart.js';
import { buildInsightReport, type InsightReport } from '../src/insights/report.js';
import { privateOption, PrivateChoice } from '../src/interactions/common-options.js';
import { UserFacingError, type Command, type CommandContext } from '../src/interactions/contract.js';
import { localeLang } from '../src/interactions/language.js';
import type { Lang } from '../src/text/lang.js';
import { parseOptions } from '../src/interactions/options.js';
import { withPager } from '../src/interactions/paging.js';
import { INSIGHTS_DEFAULT_MEMBER } from '../src/interactions/permissions.js';
import { renderInsights } from '../src/render/insights.js';
import { UI } from '../src/render/strings.js';
import { emptyReport } from '../src/store/index.js';
import { ApplicationCommandType, OptionType, InteractionContextType } from '../src/render/discord-api.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_DAYS = 365;

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'insights',
  name_localizations: { vi: 'thống-kê' },
  description: 'What members asked, what the bot could not answer, and disliked answers (moderators)',
  description_localizations: {
    vi: 'Thành viên đã hỏi gì, bot chưa trả lời được gì, câu trả lời bị chê (người điều hành)',
  },
  default_member_permissions: INSIGHTS_DEFAULT_MEMBER.bit.toString(),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: OptionType.Integer,
      name: 'days',
      name_localizations: { vi: 'số-ngày' },
      description: 'How many days back, today included (default 7)',
      description_localizations: { vi: 'Bao nhiêu ngày gần đây, tính cả hôm nay (mặc định 7)' },
      required: false,
      min_value: 1,
      max_value: MAX_DAYS,
    },
    privateOption({ en: 'Only you see the report', vi: 'Chỉ mình bạn thấy báo cáo' }),
  ],
} satisfies SlashCommandData;

const Options = z.object({
  days: z.number().int().min(1).max(MAX_DAYS).default(7),
  private: PrivateChoice,
});

/** The window starts at midnight UTC, `days - 1` days ago, so that it covers the chart's days exactly. */
function since(days: number, now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS - (days - 1) * DAY_MS;
}

/** The guild asked about: always the interaction's own (insights are only ever of this guild); none in a DM. */
function guildOf(input: CommandContext['input']): string {
  if (!input.guildId) throw new UserFacingError(UI[localeLang(input)].guildOnly);
  return input.guildId;
}

/** This guild's report, and only this guild's. */
async function guildReport(
  { input, services }: Pick<CommandContext, 'input' | 'services'>,
  days: number,
  now: number,
): Promise<InsightReport> {
  const guildId = guildOf(input);
  const raw = services.store ? await services.store.report({ guildId, since: since(days, now) }) : undefined;
  return buildInsightReport(raw ?? emptyReport(), days, guildId);
}

/** The chart of this guild's questions per day: its counts first, then drawn while the report is read. */
async function guildChart(
  { input, services }: Pick<CommandContext, 'input' | 'services'>,
  days: number,
  now: number,
  lang: Lang,
) {
  const perDay = services.store
    ? await services.store.dayCounts({ guildId: guildOf(input), since: since(days, now) })
    : [];
  return { drawing: insightsChart(fillDays(perDay, days, now), days, lang) };
}

function view(context: Pick<CommandContext, 'services'>, lang: Lang) {
  const { services } = context;
  return { lang, knowledge: services.knowledge, recording: services.store?.status().recording ?? false };
}

export default {
  data,
  async execute(context) {
    const { input, respond, services } = context;
    const { days, private: isPrivate } = parseOptions(Options, input);
    const lang = localeLang(input);
    const now = Date.now();
    // The chart is drawn off this thread while the store groups the unanswered questions and the votes.
    const { drawing } = await guildChart(context, days, now, lang);
    const [report, chart] = await Promise.all([guildReport(context, days, now), drawing]);
    const { message, page, pageCount } = renderInsights(services.kb, report, view(context, lang));
    const withChart = {
      ...message,
      files: [{ name: `insights-${days}d.png`, data: chart.png, description: chart.description }],
    };
    const pager = { command: 'insights', page, pageCount, arg: String(days), lang, owner: input.userId };
    await respond.reply(withPager(withChart, pager), { ephemeral: isPrivate });
  },
  async page(context, { page, arg, lang }) {
    const days = Options.shape.days.safeParse(Number(arg));
    if (!days.success || !/^\d+$/.test(arg)) return undefined;
    // The pages re-read the store; the chart stays attached to the message (an update without files keeps it).
    const report = await guildReport(context, days.data, Date.now());
    const { message, pageCount } = renderInsights(context.services.kb, report, view(context, lang), page);
    return { message, pageCount };
  },
} satisfies Command;
