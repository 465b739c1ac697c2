// Renders the engine's replies to /ask and its buttons: answer embed, declined reply, source paragraph, related facts.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply, Suggestion } from '../engine/types.js';
import { customIds } from './custom-ids.js';
import { ButtonStyle, ComponentType } from './discord-api.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { factQuestion, paragraphHeading, sourceLine } from './citation.js';
import { DISCORD_LIMITS } from './limits.js';
import { neutralizeMentions } from './mentions.js';
import { renderParagraph } from './read.js';
import { DECLINED_COLOR, EMBED_COLOR, UI } from './strings.js';
import type { Lang } from '../text/lang.js';
import type { OutgoingMessage } from './message.js';
import { truncate } from '../text/truncate.js';

/** Sources shown under one answer; the engine lists the best first. */
const MAX_SOURCES = 3;
const MAX_SUGGESTIONS = DISCORD_LIMITS.buttonsPerRow;
const MAX_RELATED = 3;

type ButtonRow = APIActionRowComponent<APIButtonComponent>;
type ButtonStyleValue = (typeof ButtonStyle)[keyof typeof ButtonStyle];

function button(
  customId: string,
  options: { readonly label?: string; readonly emoji?: string; readonly style?: ButtonStyleValue },
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: options.style ?? ButtonStyle.Secondary,
    custom_id: customId,
    // Discord rejects an empty label: emoji-only buttons have none.
    ...(options.label ? { label: truncate(options.label, DISCORD_LIMITS.buttonLabel) } : {}),
    ...(options.emoji ? { emoji: { name: options.emoji } } : {}),
  };
}

function row(buttons: APIButtonComponent[]): ButtonRow {
  return { type: ComponentType.ActionRow, components: buttons };
}

/** How a reply is shown. */
export interface ReplyRenderOptions {
  /**
   * The title: the user's own words, or the question of the fact a button names. Undefined is allowed on
   * purpose: callers pass factQuestion(), which is undefined for a fact it does not know; either way, no title.
   */
  readonly question?: string | undefined;
}

/** The title of an answer: the user's own words (made inert), or the fact's own question. */
function questionTitle(question: string | undefined): string | undefined {
  const cleaned = question?.replace(/\s+/g, ' ').trim();
  return cleaned ? truncate(neutralizeMentions(cleaned), DISCORD_LIMITS.embedTitle) : undefined;
}

function sourceField(kb: KnowledgeBase, source: Reply['sources'][number], lang: Lang): APIEmbedField {
  const quote = `> ${source.quote}`;
  const english = lang === 'en' && source.quoteEn ? `\n**${UI.en.inEnglish}:** ${source.quoteEn}` : '';
  // The Vietnamese quote is the citation and must survive whole; the English rendering gives way first.
  const value = `${truncate(quote, DISCORD_LIMITS.fieldValue)}${truncate(english, Math.max(DISCORD_LIMITS.fieldValue - quote.length, 0))}`;
  return { name: paragraphHeading(kb, source.paragraph, lang), value };
}

/** An answered reply: the answer, its verbatim source(s) with ¶ and section, the translation note, the credit, and buttons. */
function renderAnswerEmbed(reply: Reply, kb: KnowledgeBase, options: ReplyRenderOptions = {}): OutgoingMessage {
  const { lang } = reply;
  const ui = UI[lang];
  const fields = reply.sources.slice(0, MAX_SOURCES).map((source) => sourceField(kb, source, lang));
  if (reply.translationNote) fields.push({ name: ui.translationNote, value: reply.translationNote });
  const title = questionTitle(options.question);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    ...(title ? { title } : {}),
    description: reply.answer,
    fields,
    footer: { text: sourceLine(kb, lang) },
  };
  const factId = reply.factId;
  if (!factId) return { embeds: [embed] };
  const buttons = [
    button(customIds.source(factId, lang), {
      label: ui.sourceParagraphButton,
      emoji: '📄',
      style: ButtonStyle.Primary,
    }),
  ];
  if (reply.related.length > 0)
    buttons.push(button(customIds.related(factId, lang), { label: ui.relatedButton, emoji: '🔗' }));
  buttons.push(button(customIds.feedback('up', factId), { emoji: '👍' }));
  buttons.push(button(customIds.feedback('down', factId), { emoji: '👎' }));
  return { embeds: [embed], components: [row(buttons)] };
}

function suggestionButtons(suggestions: readonly Suggestion[], lang: Lang): ButtonRow[] {
  const buttons = suggestions
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => button(customIds.fact(s.factId, lang), { label: s.question }));
  return buttons.length > 0 ? [row(buttons)] : [];
}

/** The article does not cover the question: the engine's friendly message and "did you mean" buttons. */
export function renderDeclined(reply: Reply, options: ReplyRenderOptions = {}): OutgoingMessage {
  const ui = UI[reply.lang];
  const suggestions = reply.suggestions.slice(0, MAX_SUGGESTIONS);
  const list = suggestions.map((s) => `• ${s.question}`).join('\n');
  const title = questionTitle(options.question);
  const embed: APIEmbed = {
    color: DECLINED_COLOR,
    ...(title ? { title } : {}),
    description: list
      ? `${reply.answer}\n\n**${reply.suggestionsAre === 'examples' ? ui.examplesLabel : ui.didYouMean}**\n${list}`
      : reply.answer,
  };
  return { embeds: [embed], components: suggestionButtons(suggestions, reply.lang) };
}

/** Any reply of the engine, answered or not. */
export function renderReply(reply: Reply, kb: KnowledgeBase, options: ReplyRenderOptions = {}): OutgoingMessage {
  return reply.answered ? renderAnswerEmbed(reply, kb, options) : renderDeclined(reply, options);
}

/**
 * The whole paragraph a fact comes from, in both languages: the Vietnamese text verbatim and the project's
 * English rendering (article.en.json), with its translation notes. Undefined for an unknown fact.
 */
export function renderSourceParagraph(kb: KnowledgeBase, factId: string, lang: Lang): OutgoingMessage | undefined {
  const fact = kb.factsById.get(factId);
  // The whole paragraph in both languages: the Vietnamese citation and the project's English rendering.
  return fact && renderParagraph(kb, fact.paragraph, { show: 'both', lang });
}

/** Up to three related facts (unknown ids skipped), each a button that answers it; a short notice when there are none. */
export function renderRelated(kb: KnowledgeBase, relatedIds: readonly string[], lang: Lang): OutgoingMessage {
  const ui = UI[lang];
  const related = relatedIds
    .filter((id) => kb.factsById.has(id))
    .slice(0, MAX_RELATED)
    .map((id) => ({ id, question: factQuestion(kb, id, lang) ?? id, paragraph: kb.factsById.get(id)?.paragraph }));
  if (related.length === 0) return { content: ui.noRelated };
  return {
    embeds: [
      {
        color: EMBED_COLOR,
        title: ui.relatedTitle,
        description: related.map((r) => `• ${r.question} (¶${r.paragraph})`).join('\n'),
      },
    ],
    components: [row(related.map((r) => button(customIds.fact(r.id, lang), { label: r.question })))],
  };
}
