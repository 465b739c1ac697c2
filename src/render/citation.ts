// How replies cite the article: "¶N · section title", paragraph lists and the one-line source credit.
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { Lang } from '../text/lang.js';

/** "¶2", "¶2, ¶7", "¶19–¶21" for a run of three or more. */
export function paragraphRefs(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    const from = sorted[i];
    const to = sorted[j];
    parts.push(
      j - i >= 2
        ? `¶${from}–¶${to}`
        : sorted
            .slice(i, j + 1)
            .map((n) => `¶${n}`)
            .join(', '),
    );
    i = j + 1;
  }
  return parts.join(', ');
}

/** A section's span: "¶29–¶33", or "¶4" for a one-paragraph section. */
export function paragraphRange(from: number, to: number): string {
  return from === to ? `¶${from}` : `¶${from}–¶${to}`;
}

export function sectionTitle(kb: KnowledgeBase, sectionId: string, lang: Lang): string {
  return kb.sectionsById.get(sectionId)?.title[lang] ?? sectionId;
}

/** "¶N · section title" for a paragraph of the article. */
export function paragraphHeading(kb: KnowledgeBase, paragraph: number, lang: Lang): string {
  const section = kb.paragraphs.find((p) => p.number === paragraph)?.section;
  return section ? `¶${paragraph} · ${sectionTitle(kb, section, lang)}` : `¶${paragraph}`;
}

/** The source credit under every answer: article title, republisher/platform, date. */
export function sourceLine(kb: KnowledgeBase, lang: Lang): string {
  const { meta } = kb;
  return `${meta.title[lang]} · ${meta.origin.republishedBy.name}/${meta.origin.platform.name} · ${meta.date}`;
}

/** The question a fact answers best, in `lang` (used for buttons and titles). */
export function factQuestion(kb: KnowledgeBase, factId: string, lang: Lang): string | undefined {
  return kb.factsById.get(factId)?.questions[lang][0];
}
