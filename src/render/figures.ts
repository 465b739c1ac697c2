// Renders /figure: the article's numbers on a subject as a compact embed, each with its ¶ (and, when given, a chart image).
import type { APIEmbed } from 'discord.js';
import type { Lang, SubjectFigures } from '../engine/types.js';
import type { OutgoingMessage } from '../interactions/contract.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { sourceLine } from './citation.js';
import { formatFigure } from './figure-format.js';
import { DISCORD_LIMITS, embedLength, truncate } from './limits.js';
import { neutralizeMentions } from './mentions.js';
import { EMBED_COLOR, UI } from './strings.js';

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

export function renderSubjectFigures(
  kb: KnowledgeBase,
  subject: SubjectFigures,
  lang: Lang,
  chart?: SubjectChart,
): APIEmbed {
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
 * One subject: its own embed, with its chart when `charts` (by subject id) has one. Several subjects:
 * one compact embed with a field per subject, as many as fit, and how many did not.
 */
export function renderFigures(
  kb: KnowledgeBase,
  subjects: readonly SubjectFigures[],
  lang: Lang,
  options: { readonly query?: string; readonly charts?: ReadonlyMap<string, SubjectChart> } = {},
): OutgoingMessage {
  const ui = UI[lang];
  const withFigures = subjects.filter((s) => s.figures.length > 0);
  const [only] = withFigures;
  if (!only) return { content: ui.noFigures(truncate(neutralizeMentions(options.query ?? ''), 200)) };
  if (withFigures.length === 1) {
    const chart = options.charts?.get(only.subject);
    return { embeds: [renderSubjectFigures(kb, only, lang, chart)], ...(chart ? { files: [chart] } : {}) };
  }
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: ui.figuresOverviewTitle,
    fields: [],
    footer: { text: sourceLine(kb, lang) },
  };
  for (const subject of withFigures) {
    const field = { name: subjectName(kb, subject, lang), value: figureLines(subject, lang) };
    const grown = { ...embed, fields: [...(embed.fields ?? []), field] };
    if (
      (embed.fields?.length ?? 0) === DISCORD_LIMITS.fields ||
      field.value.length > DISCORD_LIMITS.fieldValue ||
      embedLength(grown) > DISCORD_LIMITS.embedsTotal
    )
      break;
    embed.fields = grown.fields;
  }
  const hidden = withFigures.length - (embed.fields?.length ?? 0);
  return { ...(hidden > 0 ? { content: ui.moreNotShown(hidden) } : {}), embeds: [embed] };
}
