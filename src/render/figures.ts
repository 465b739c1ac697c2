// Renders /figure: the article's numbers on a subject as a compact embed, each with its ¶ (and, when given, a chart image).
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { SubjectFigures } from '../engine/types.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { sourceLine } from './citation.js';
import { formatFigure } from '../text/figure-format.js';
import { DISCORD_LIMITS, embedLength } from './limits.js';
import { neutralizeMentions } from './mentions.js';
import { packPages, pageAt } from './pages.js';
import { EMBED_COLOR, UI } from './strings.js';
import type { Lang } from '../text/lang.js';
import type { OutgoingMessage } from './message.js';
import { truncate } from '../text/truncate.js';

/** A picture to show in a subject's embed (the charts seam): attached to the message and shown as the embed image. */
export interface SubjectChart {
  readonly name: string;
  readonly data: Buffer;
  readonly description?: string;
}

function subjectName(kb: KnowledgeBase, subject: SubjectFigures, lang: Lang): string {
  return kb.entitiesById.get(subject.subject)?.name[lang] ?? subject.name;
}

/** "• **label**: value (¶N)", one line per figure. */
function figureLines(subject: SubjectFigures, lang: Lang): string {
  return subject.figures
    .map((entry) => `• **${entry.figure.label[lang]}**: ${formatFigure(entry.figure, lang)} (¶${entry.paragraph})`)
    .join('\n');
}

function renderSubjectFigures(kb: KnowledgeBase, subject: SubjectFigures, lang: Lang, chart?: SubjectChart): APIEmbed {
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(UI[lang].figuresTitle(subjectName(kb, subject, lang)), DISCORD_LIMITS.embedTitle),
    description: figureLines(subject, lang),
    footer: { text: sourceLine(kb, lang) },
  };
  if (chart) embed.image = { url: `attachment://${chart.name}` };
  return embed;
}

/**
 * One subject: its own embed, with its chart when `charts` (by subject id) has one. Several subjects: one compact
 * embed with a field per subject, in pages that each fit one message (`page`, 0-based, clamped).
 */
export function renderFigures(
  kb: KnowledgeBase,
  subjects: readonly SubjectFigures[],
  lang: Lang,
  options: {
    readonly query?: string;
    readonly charts?: ReadonlyMap<string, SubjectChart>;
    readonly page?: number;
  } = {},
): { readonly message: OutgoingMessage; readonly pageCount: number; readonly page: number } {
  const ui = UI[lang];
  const withFigures = subjects.filter((s) => s.figures.length > 0);
  const [only] = withFigures;
  if (!only)
    return {
      message: { content: ui.noFigures(truncate(neutralizeMentions(options.query ?? ''), 200)) },
      pageCount: 1,
      page: 0,
    };
  if (withFigures.length === 1) {
    const chart = options.charts?.get(only.subject);
    return {
      message: { embeds: [renderSubjectFigures(kb, only, lang, chart)], ...(chart ? { files: [chart] } : {}) },
      pageCount: 1,
      page: 0,
    };
  }
  const overview = (fields: APIEmbedField[]): APIEmbed => ({
    color: EMBED_COLOR,
    title: ui.figuresOverviewTitle,
    fields,
    footer: { text: sourceLine(kb, lang) },
  });
  const fields = withFigures.map((subject) => ({
    name: subjectName(kb, subject, lang),
    value: truncate(figureLines(subject, lang), DISCORD_LIMITS.fieldValue),
  }));
  const pages = packPages(
    fields,
    (page) => page.length <= DISCORD_LIMITS.fields && embedLength(overview([...page])) <= DISCORD_LIMITS.embedsTotal,
  );
  const { items, page } = pageAt(pages, options.page ?? 0);
  return { message: { embeds: [overview([...items])] }, pageCount: pages.length, page };
}
