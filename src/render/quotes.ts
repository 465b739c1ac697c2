// Renders /quote: each quote with speaker, role, organisation, the Vietnamese verbatim, the English translation and ¶.
import type { APIEmbed } from 'discord.js';
import type { Lang } from '../engine/types.js';
import type { OutgoingMessage } from '../interactions/contract.js';
import type { KnowledgeBase, Quote } from '../knowledge/schema.js';
import { paragraphHeading } from './citation.js';
import { DISCORD_LIMITS, embedLength, truncate } from './limits.js';
import { neutralizeMentions } from './mentions.js';
import { EMBED_COLOR, UI } from './strings.js';

export function renderQuoteEmbed(kb: KnowledgeBase, quote: Quote, lang: Lang): APIEmbed {
  const ui = UI[lang];
  const speaker = kb.entitiesById.get(quote.speaker)?.name[lang] ?? quote.speaker;
  const organisation = quote.organisation ? kb.entitiesById.get(quote.organisation)?.name[lang] : undefined;
  const role = quote.role[lang];
  const who = [speaker, role, organisation && !role.includes(organisation) ? organisation : undefined]
    .filter(Boolean)
    .join(' · ');
  const verbatim = `> ${quote.text}`;
  const english = `\n\n**${UI.en.inEnglish}:** ${quote.en}`;
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    author: { name: truncate(who, DISCORD_LIMITS.author) },
    // The verbatim quote is the citation: the translation gives way first.
    description: `${truncate(verbatim, DISCORD_LIMITS.embedDescription)}${truncate(english, Math.max(DISCORD_LIMITS.embedDescription - verbatim.length, 0))}`,
    footer: {
      text: `${paragraphHeading(kb, quote.paragraph, lang)} · ${quote.kind === 'direct' ? ui.direct : ui.reported}`,
    },
  };
  if (quote.translationNote) embed.fields = [{ name: ui.translationNote, value: quote.translationNote[lang] }];
  return embed;
}

/** As many quotes as fit in one message (10 embeds, 6000 characters), in reading order, and how many did not fit. */
export function renderQuotes(
  kb: KnowledgeBase,
  quotes: readonly Quote[],
  lang: Lang,
  options: { readonly query?: string } = {},
): OutgoingMessage {
  const ui = UI[lang];
  if (quotes.length === 0) return { content: ui.noQuotes(truncate(neutralizeMentions(options.query ?? ''), 200)) };
  const ordered = [...quotes].sort((a, b) => a.paragraph - b.paragraph);
  const embeds: APIEmbed[] = [];
  let total = 0;
  for (const quote of ordered) {
    const embed = renderQuoteEmbed(kb, quote, lang);
    const length = embedLength(embed);
    if (embeds.length === DISCORD_LIMITS.embeds || total + length > DISCORD_LIMITS.embedsTotal) break;
    embeds.push(embed);
    total += length;
  }
  const hidden = ordered.length - embeds.length;
  return hidden > 0 ? { content: ui.moreNotShown(hidden), embeds } : { embeds };
}
