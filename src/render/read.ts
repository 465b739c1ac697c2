// Renders one paragraph of the article for reading (/read, the "Source paragraph" button): the Vietnamese verbatim,
// the project's English rendering (or one of them), its section, the translation notes that apply, the credit.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { renderingOf } from '../knowledge/renderings.js';
import { foldDiacritics } from '../text/normalize.js';
import { paragraphHeading, sectionTitle, sourceLine, paragraphRange } from './citation.js';
import { DISCORD_LIMITS } from './limits.js';
import { EMBED_COLOR, UI } from './strings.js';
import type { Lang } from '../text/lang.js';
import type { OutgoingMessage } from './message.js';
import { truncate } from '../text/truncate.js';

/** Which text /read shows: both languages (the default), the English rendering alone or the Vietnamese alone. */
export type ReadShow = 'both' | Lang;

/** The translation notes of a paragraph's facts, once each, in `lang`. */
function paragraphNotes(kb: KnowledgeBase, paragraph: number, lang: Lang): string[] {
  const notes = kb.facts.filter((f) => f.paragraph === paragraph && f.translationNote).map((f) => f.translationNote!);
  return [...new Set(notes.map((note) => note[lang]))];
}

/** The section heading line above a paragraph that opens a headed section: the Vietnamese verbatim and its rendering. */
function headingAbove(kb: KnowledgeBase, paragraph: number): { vi: string; en: string | undefined } | undefined {
  const section = kb.meta.sections.find((s) => s.paragraphs[0] === paragraph && s.heading);
  if (!section?.heading) return undefined;
  return { vi: section.heading, en: kb.renderings?.headings.find((h) => h.section === section.id)?.text };
}

/**
 * Paragraph `n` (1-based) as an embed, or undefined when the article has no such paragraph. Without renderings
 * in the knowledge, every `show` gives the Vietnamese. Within Discord's limits for every paragraph of the article.
 */
export function renderParagraph(
  kb: KnowledgeBase,
  n: number,
  { show, lang }: { readonly show: ReadShow; readonly lang: Lang },
): OutgoingMessage | undefined {
  const paragraph = kb.paragraphs.find((p) => p.number === n);
  if (!paragraph) return undefined;
  const ui = UI[lang];
  const english = renderingOf(kb.renderings, n);
  const parts: string[] = [];
  // A paragraph that opens a section carries its heading line, in each language shown (the article's own words
  // above the Vietnamese, the rendering's above the English).
  const heading = headingAbove(kb, n);
  if (show !== 'en' || !english) {
    if (show === 'both' && english) parts.push(`**${ui.readVietnamese}**`);
    if (heading) parts.push(`**${heading.vi}**`);
    parts.push(paragraph.text);
  }
  if (show !== 'vi' && english) {
    if (show === 'both') parts.push(`**${ui.readEnglish}**`);
    if (heading?.en) parts.push(`**${heading.en}**`);
    parts.push(english);
  }
  const fields: APIEmbedField[] = [];
  const notes = paragraphNotes(kb, n, lang);
  if (notes.length > 0) {
    fields.push({
      name: ui.translationNote,
      value: truncate(notes.map((note) => `• ${note}`).join('\n'), DISCORD_LIMITS.fieldValue),
    });
  }
  const label = english && show !== 'vi' ? `${kb.renderings?.label[lang] ?? ''}\n` : '';
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(paragraphHeading(kb, n, lang), DISCORD_LIMITS.embedTitle),
    description: truncate(parts.join('\n\n'), DISCORD_LIMITS.embedDescription),
    ...(fields.length > 0 ? { fields } : {}),
    footer: { text: truncate(`${label}${sourceLine(kb, lang)}`, DISCORD_LIMITS.footer) },
  };
  return { embeds: [embed] };
}

export interface ReadChoice {
  readonly name: string;
  /** A paragraph number ("2") or a section id ("conclusion"). */
  readonly value: string;
}

const CHOICE_PREVIEW = 60;

/** The text of paragraph `n` in `lang`: the English rendering for en (when there is one), else the Vietnamese. */
function paragraphText(kb: KnowledgeBase, n: number, lang: Lang): string {
  const text = kb.paragraphs.find((p) => p.number === n)?.text ?? '';
  return lang === 'en' ? (renderingOf(kb.renderings, n) ?? text) : text;
}

const fold = (text: string) => foldDiacritics(text.toLowerCase()).replace(/\s+/g, ' ').trim();
/** Lower case, punctuation as spaces, one space before every word (for word-prefix matching). */
const words = (text: string) =>
  ` ${text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;

interface ChoiceEntry {
  readonly value: string;
  readonly name: Readonly<Record<Lang, string>>;
  /** The text in both languages as ` word word…`, exact and without diacritics (for word-prefix matching). */
  readonly exact: string;
  readonly folded: string;
}

/** Built once per knowledge base (a hot reload brings a new one): autocomplete runs on every keystroke. */
const choiceIndexes = new WeakMap<KnowledgeBase, { sections: ChoiceEntry[]; paragraphs: ChoiceEntry[] }>();

function choiceIndex(kb: KnowledgeBase): { sections: ChoiceEntry[]; paragraphs: ChoiceEntry[] } {
  const cached = choiceIndexes.get(kb);
  if (cached) return cached;
  const entry = (value: string, name: (lang: Lang) => string, haystack: string): ChoiceEntry => ({
    value,
    name: { en: truncate(name('en'), 100), vi: truncate(name('vi'), 100) },
    exact: words(haystack),
    folded: words(foldDiacritics(haystack)),
  });
  const index = {
    sections: kb.meta.sections.map((s) =>
      entry(
        s.id,
        (lang) => `§ ${sectionTitle(kb, s.id, lang)} (${paragraphRange(...s.paragraphs)})`,
        `${s.title.en} ${s.title.vi} ${s.id.replace(/-/g, ' ')}`,
      ),
    ),
    paragraphs: kb.paragraphs.map((p) =>
      entry(
        String(p.number),
        (lang) => `¶${p.number} · ${truncate(paragraphText(kb, p.number, lang), CHOICE_PREVIEW)}`,
        `${p.text} ${renderingOf(kb.renderings, p.number) ?? ''}`,
      ),
    ),
  };
  choiceIndexes.set(kb, index);
  return index;
}

/**
 * Autocomplete for /read's `where`: "¶2 · The first to bear the burden…" and "§ Conclusion (¶29–¶33)" in `lang`.
 * A number picks paragraphs by number; words pick paragraphs and sections whose text (either language) has them:
 * every typed word starts a word of the text; typed without diacritics it matches either way, with them exactly.
 */
export function readChoices(kb: KnowledgeBase, typed: string, lang: Lang): ReadChoice[] {
  const query = typed
    .replace(/^[¶§]\s*/, '')
    .trim()
    .toLowerCase()
    .normalize('NFC');
  const { sections, paragraphs } = choiceIndex(kb);
  const shown = (entries: ChoiceEntry[]) =>
    entries.slice(0, DISCORD_LIMITS.choices).map((c) => ({ name: c.name[lang], value: c.value }));
  if (query === '') return shown([...sections, ...paragraphs]);
  if (/^\d+$/.test(query)) return shown(paragraphs.filter((p) => p.value.startsWith(query)));
  const plain = foldDiacritics(query) === query;
  const wanted = words(query).trim().split(' ');
  return shown(
    [...sections, ...paragraphs].filter((c) => {
      const hay = plain ? c.folded : c.exact;
      return wanted.every((w) => hay.includes(` ${w}`));
    }),
  );
}

/**
 * The paragraph number a `where` names: "2", "¶2", a section id or a section title (either language, with or
 * without diacritics) → its first paragraph. Undefined when it names nothing in the article.
 */
export function resolveWhere(kb: KnowledgeBase, where: string): number | undefined {
  const cleaned = where.trim().replace(/^[¶§]\s*/, '');
  if (/^\d+$/.test(cleaned)) {
    const n = Number(cleaned);
    return kb.paragraphs.some((p) => p.number === n) ? n : undefined;
  }
  const wanted = fold(cleaned);
  const section = kb.meta.sections.find(
    (s) => s.id === cleaned || fold(s.title.en) === wanted || fold(s.title.vi) === wanted,
  );
  return section?.paragraphs[0];
}
