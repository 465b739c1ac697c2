// Integrity rules of article.en.json, the project's English rendering of every paragraph: one non-empty
// rendering per content paragraph, none for a paragraph that does not exist, one per section heading, and
// every figure of a paragraph's facts written in the rendering in English form ($5 billion, 8.5, 82%).
import { englishFigureMismatch } from './figures.js';
import type { KnowledgeProblem } from './problems.js';
import { KNOWLEDGE_FILES, type ArticleMeta, type Fact, type Paragraph, type Renderings } from './schema.js';

const file = KNOWLEDGE_FILES.renderings;

/** 1-based line of the `n`-th (0-based) occurrence of `"key": value` in the file's text, when found. */
function lineOf(source: string | undefined, key: string, value: string | number, occurrence = 0): number | undefined {
  if (source === undefined) return undefined;
  const pattern = new RegExp(
    `"${key}"\\s*:\\s*${typeof value === 'number' ? value : JSON.stringify(value)}(?![\\d])`,
    'g',
  );
  let found: RegExpExecArray | null = null;
  for (let i = 0; i <= occurrence; i += 1) {
    found = pattern.exec(source);
    if (!found) return undefined;
  }
  return found ? source.slice(0, found.index).split('\n').length : undefined;
}

/** Pushes one problem per broken rule of the renderings; `source` is the file's text (for line numbers). */
export function checkRenderings(
  renderings: Renderings,
  context: { meta: ArticleMeta; paragraphs: readonly Paragraph[]; facts: readonly Fact[] },
  problems: KnowledgeProblem[],
  source?: string,
): void {
  const { meta, paragraphs, facts } = context;
  const count = paragraphs.length;
  const seen = new Map<number, number>();
  for (const rendering of renderings.paragraphs) {
    const n = rendering.paragraph;
    const occurrence = seen.get(n) ?? 0;
    seen.set(n, occurrence + 1);
    const line = lineOf(source, 'paragraph', n, occurrence);
    const at = { file, entry: `¶${n}`, ...(line === undefined ? {} : { line }) };
    if (n > count) {
      problems.push({ ...at, field: 'paragraph', message: `¶${n} does not exist: the article has ¶1..¶${count}` });
    } else if (occurrence > 0) {
      problems.push({ ...at, field: 'paragraph', message: `¶${n} has more than one rendering` });
    }
  }
  for (const paragraph of paragraphs) {
    if (!seen.has(paragraph.number)) {
      problems.push({
        file,
        entry: `¶${paragraph.number}`,
        field: 'paragraphs',
        message: `¶${paragraph.number} has no rendering (every paragraph of article.vi.txt needs one)`,
      });
    }
  }
  const textOf = new Map(renderings.paragraphs.map((r) => [r.paragraph, r.text]));
  for (const fact of facts) {
    const text = textOf.get(fact.paragraph);
    if (text === undefined) continue;
    for (const figure of fact.figures) {
      const mismatch = englishFigureMismatch(figure, text);
      if (!mismatch) continue;
      const line = lineOf(source, 'paragraph', fact.paragraph);
      problems.push({
        file,
        entry: `¶${fact.paragraph}`,
        field: 'text',
        ...(line === undefined ? {} : { line }),
        message: `${mismatch} (fact "${fact.id}" gives it)`,
      });
    }
  }
  const headed = new Set(meta.sections.filter((s) => s.heading).map((s) => s.id));
  const rendered = new Set<string>();
  renderings.headings.forEach((heading, index) => {
    const line = lineOf(source, 'section', heading.section);
    const at = { file, entry: `headings[${index}]`, field: 'section', ...(line === undefined ? {} : { line }) };
    if (!headed.has(heading.section))
      problems.push({ ...at, message: `"${heading.section}" is not a section of article.json with a heading` });
    else if (rendered.has(heading.section))
      problems.push({ ...at, message: `section "${heading.section}" has more than one heading rendering` });
    rendered.add(heading.section);
  });
  for (const sectionId of headed) {
    if (!rendered.has(sectionId))
      problems.push({ file, field: 'headings', message: `the heading of section "${sectionId}" has no rendering` });
  }
}

/** The English rendering of paragraph `n`, when the knowledge has renderings. */
export function renderingOf(renderings: Renderings | undefined, n: number): string | undefined {
  return renderings?.paragraphs.find((r) => r.paragraph === n)?.text;
}
