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

export function renderSubjectFigures(kb: KnowledgeBase, subject: SubjectFigures, lang: Lang, chart?: SubjectChart): APIEmbed {
  const name = kb.entitiesById.get(subject.subject)?.name[lang] ?? subject.name;
  const lines = subject.figures.map((entry) => `• **${entry.figure.label[lang]}**: ${formatFigure(entry.figure, lang)} (¶${entry.paragraph})`);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(UI[lang].figuresTitle(name), DISCORD_LIMITS.embedTitle),
    description: lines.join('\n'),
    footer: { text: sourceLine(kb, lang) },
  };
  if (chart) embed.image = { url: `attachment://${chart.name}` };
  return embed;
}

/**
 * One embed per subject, as many as fit in a message, in the engine's order; `charts` (by subject id)
 * adds a picture to a subject's embed.
 */
export function renderFigures(
  kb: KnowledgeBase,
  subjects: readonly SubjectFigures[],
  lang: Lang,
  options: { readonly query?: string; readonly charts?: ReadonlyMap<string, SubjectChart> } = {},
): OutgoingMessage {
  const ui = UI[lang];
  const withFigures = subjects.filter((s) => s.figures.length > 0);
  if (withFigures.length === 0) return { content: ui.noFigures(truncate(neutralizeMentions(options.query ?? ''), 200)) };
  const embeds: APIEmbed[] = [];
  const files: SubjectChart[] = [];
  let total = 0;
  for (const subject of withFigures) {
    const chart = options.charts?.get(subject.subject);
    const embed = renderSubjectFigures(kb, subject, lang, chart);
    const length = embedLength(embed);
    if (embeds.length === DISCORD_LIMITS.embeds || total + length > DISCORD_LIMITS.embedsTotal) break;
    embeds.push(embed);
    if (chart) files.push(chart);
    total += length;
  }
  const hidden = withFigures.length - embeds.length;
  return {
    ...(hidden > 0 ? { content: ui.moreNotShown(hidden) } : {}),
    embeds,
    ...(files.length > 0 ? { files } : {}),
  };
}
