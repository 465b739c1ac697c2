// The one rule that numbers the article's paragraphs (¶1..¶N), used by validation, the engine and every reply.
import type { ArticleMeta, Paragraph } from './schema.js';
import { collapseWhitespace } from '../text/normalize.js';

export interface ParagraphSplit {
  readonly paragraphs: readonly Omit<Paragraph, 'section'>[];
  /** Heading lines found, with the number of the paragraph that follows each. */
  readonly headings: readonly { readonly text: string; readonly line: number; readonly nextParagraph: number }[];
}

/**
 * Rule: every non-empty line of article.vi.txt, trimmed, is a paragraph, except
 * - the title line (meta.titleLine),
 * - section headings (the `heading` of each section in meta.sections),
 * - page chrome (meta.chromeLines: "avatar", "Xem bản gốc", "Thích", "Bình luận", ...).
 * Paragraphs are numbered from 1 in reading order.
 */
export function splitParagraphs(
  articleText: string,
  meta: Pick<ArticleMeta, 'titleLine' | 'chromeLines' | 'sections'>,
): ParagraphSplit {
  const chrome = new Set(meta.chromeLines.map(collapseWhitespace));
  const headingLines = new Set(
    meta.sections.flatMap((section) => (section.heading ? [collapseWhitespace(section.heading)] : [])),
  );
  const title = collapseWhitespace(meta.titleLine);
  const paragraphs: Omit<Paragraph, 'section'>[] = [];
  const headings: { text: string; line: number; nextParagraph: number }[] = [];
  articleText.split(/\r?\n/).forEach((raw, index) => {
    const line = collapseWhitespace(raw);
    if (line === '' || chrome.has(line) || line === title) return;
    if (headingLines.has(line)) {
      headings.push({ text: line, line: index + 1, nextParagraph: paragraphs.length + 1 });
      return;
    }
    paragraphs.push({ number: paragraphs.length + 1, text: line, line: index + 1 });
  });
  return { paragraphs, headings };
}
