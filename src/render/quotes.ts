// Renders /quote: each quote with speaker, role, organisation, the Vietnamese verbatim, the English translation and ¶.
import type { APIEmbed } from 'discord.js';
import type { KnowledgeBase, Quote } from '../knowledge/schema.js';
import { paragraphHeading } from './citation.js';
import { DISCORD_LIMITS, embedLength } from './limits.js';
import { neutralizeMentions } from './mentions.js';
import { packPages, pageAt } from './pages.js';
import { EMBED_COLOR, UI } from './strings.js';
import type { Lang } from '../text/lang.js';
import type { OutgoingMessage } from './message.js';
import { truncate } from '../text/truncate.js';

function renderQuoteEmbed(kb: KnowledgeBase, quote: Quote, lang: Lang): APIEmbed {
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

/** The quotes in reading order, in pages that each fit one message (10 embeds, 6000 characters). */
function quotePages(kb: KnowledgeBase, quotes: readonly Quote[], lang: Lang): APIEmbed[][] {
  const embeds = [...quotes].sort((a, b) => a.paragraph - b.paragraph).map((q) => renderQuoteEmbed(kb, q, lang));
  return packPages(
    embeds,
    (page) =>
      page.length <= DISCORD_LIMITS.embeds &&
      page.reduce((total, embed) => total + embedLength(embed), 0) <= DISCORD_LIMITS.embedsTotal,
  );
}

/** One page of /quote (0-based, clamped) and how many pages there are; "no quote matches" when there is none. */
export function renderQuotes(
  kb: KnowledgeBase,
  quotes: readonly Quote[],
  lang: Lang,
  options: { readonly query?: string; readonly page?: number } = {},
): { readonly message: OutgoingMessage; readonly pageCount: number; readonly page: number } {
  if (quotes.length === 0)
    return {
      message: { content: UI[lang].noQuotes(truncate(neutralizeMentions(options.query ?? ''), 200)) },
      pageCount: 1,
      page: 0,
    };
  const pages = quotePages(kb, quotes, lang);
  const { items, page } = pageAt(pages, options.page ?? 0);
  return { message: { embeds: [...items] }, pageCount: pages.length, page };
}
