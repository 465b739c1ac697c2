// The paragraph-numbering rule on the real article: chrome, title and headings are skipped, everything else is numbered.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/knowledge/paragraphs.js';
import { ArticleMetaSchema } from '../../src/knowledge/schema.js';

const dir = path.resolve(import.meta.dirname, '../../knowledge');
const meta = ArticleMetaSchema.parse(JSON.parse(readFileSync(path.join(dir, 'article.json'), 'utf8')));
const text = readFileSync(path.join(dir, 'article.vi.txt'), 'utf8');

describe('splitParagraphs on the real article', () => {
  const split = splitParagraphs(text, meta);

  it('numbers 33 content paragraphs, from the ChatGPT launch to the disclaimer', () => {
    expect(split.paragraphs).toHaveLength(33);
    expect(split.paragraphs[0]?.text).toMatch(/^Vào ngày 30 tháng 11 năm 2022/);
    expect(split.paragraphs.at(-1)?.text).toMatch(/^Tuyên bố từ chối trách nhiệm/);
  });

  it('never numbers page chrome, the title or a heading', () => {
    const texts = split.paragraphs.map((p) => p.text);
    for (const chrome of ['avatar', 'Xem bản gốc', 'Thích', 'Bình luận', 'Nguồn', meta.titleLine, 'Phần kết luận']) {
      expect(texts).not.toContain(chrome);
    }
  });

  it('finds the four section headings before the paragraphs that article.json says they open', () => {
    expect(split.headings.map((h) => h.nextParagraph)).toEqual([7, 11, 19, 29]);
  });

  it('keeps the line numbers of article.vi.txt', () => {
    const lines = text.split('\n');
    for (const p of split.paragraphs) expect(lines[p.line - 1]?.trim()).toBe(p.text);
  });
});
