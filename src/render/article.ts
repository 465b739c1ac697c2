// Renders what is said about the article as a whole: /summary, /pin-summary, /topics and /source.
import type { APIEmbed } from 'discord.js';
import type { KnowledgeBase, SummarySentence } from '../knowledge/schema.js';
import { paragraphRefs, sourceLine, paragraphRange } from './citation.js';
import { EMBED_COLOR, UI } from './strings.js';
import type { Lang } from '../text/lang.js';
import type { OutgoingMessage } from './message.js';

/** The summary, each sentence followed by the paragraphs it rests on. */
export function renderSummary(
  kb: KnowledgeBase,
  sentences: readonly SummarySentence[],
  length: 'short' | 'full',
  lang: Lang,
): OutgoingMessage {
  const description = sentences
    .map((s) => `${s.text} (${paragraphRefs(s.paragraphs)})`)
    .join(length === 'full' ? '\n\n' : ' ');
  return {
    embeds: [
      {
        color: EMBED_COLOR,
        title: `${UI[lang].summaryTitle(length)}: ${kb.meta.title[lang]}`,
        description,
        footer: { text: sourceLine(kb, lang) },
      },
    ],
  };
}

/** The article's sections in order, each with its paragraph range and its summary. */
export function renderTopics(kb: KnowledgeBase, lang: Lang): OutgoingMessage {
  const ui = UI[lang];
  const fields = kb.meta.sections.map((section) => {
    const summary = kb.summaries.sections.find((s) => s.section === section.id)?.[lang] ?? [];
    const [from, to] = section.paragraphs;
    return {
      name: `${section.title[lang]} (${paragraphRange(from, to)})`,
      value: summary.map((s) => s.text).join(' ') || '—',
    };
  });
  return {
    embeds: [
      {
        color: EMBED_COLOR,
        title: ui.topicsTitle,
        description: kb.meta.title[lang],
        fields,
        footer: { text: sourceLine(kb, lang) },
      },
    ],
  };
}

/** Where the article comes from: title, origin chain, author, date, translation, disclaimer. */
export function renderSource(kb: KnowledgeBase, lang: Lang): OutgoingMessage {
  const ui = UI[lang];
  const { meta } = kb;
  const { account, author, republishedBy, platform } = meta.origin;
  const titleLines = [`**${meta.title.vi}**`];
  if (lang === 'en') titleLines.push(meta.title.en);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: ui.sourceTitle,
    description: titleLines.join('\n'),
    fields: [
      { name: ui.firstPublished, value: `${account.name} (${account.platform}): ${account.note[lang]}` },
      { name: ui.author, value: author, inline: true },
      { name: ui.date, value: meta.date, inline: true },
      { name: ui.republishedBy, value: `${republishedBy.name}: ${republishedBy.note[lang]}` },
      { name: ui.publishedOn, value: `${platform.name}: ${platform.note[lang]}` },
      {
        name: ui.translation,
        value: meta.machineTranslated
          ? ui.machineTranslation(ui.languageName(meta.originalLanguage))
          : ui.humanTranslation,
      },
      { name: ui.disclaimer, value: meta.disclaimer[lang] },
    ],
    footer: { text: sourceLine(kb, lang) },
  };
  return { embeds: [embed] };
}
