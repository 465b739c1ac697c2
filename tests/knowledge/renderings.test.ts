// article.en.json: the English rendering of every paragraph is loaded with the rest, agrees with the facts on
// every number, and a broken copy (changed number, missing paragraph, extra paragraph) is refused by name.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { englishFigure, englishNumbers } from '../../src/knowledge/figures.js';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { renderingOf } from '../../src/knowledge/renderings.js';
import type { Renderings } from '../../src/knowledge/schema.js';

const realDir = path.resolve(import.meta.dirname, '../../knowledge');
const miniDir = path.resolve(import.meta.dirname, '../fixtures/mini-article');
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const kb = loadKnowledge(realDir);

/** A copy of the real knowledge whose article.en.json was edited by `mutate`. */
function brokenCopy(mutate: (json: Renderings) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'renderings-'));
  copies.push(dir);
  cpSync(realDir, dir, { recursive: true });
  const file = path.join(dir, 'article.en.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as Renderings;
  mutate(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return dir;
}

function problemsOf(dir: string): string {
  try {
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return error.message;
    throw error;
  }
  return '';
}

describe('English renderings (article.en.json)', () => {
  it('renders every content paragraph exactly once, and every heading', () => {
    const renderings = kb.renderings!;
    expect(kb.paragraphs).toHaveLength(33);
    expect(renderings.paragraphs.map((r) => r.paragraph)).toEqual(kb.paragraphs.map((p) => p.number));
    for (const p of kb.paragraphs) expect(renderingOf(renderings, p.number)?.trim()).not.toBe('');
    const headed = kb.meta.sections.filter((s) => s.heading).map((s) => s.id);
    expect(headed).toHaveLength(4);
    expect(renderings.headings.map((h) => h.section)).toEqual(headed);
    expect(renderings.label.en).toMatch(/rendering by this project of a Vietnamese machine translation/);
  });

  it('applies the notes’ corrections', () => {
    const text = (n: number) => renderingOf(kb.renderings, n) ?? '';
    expect(text(2)).toContain('$4 billion is inference cost');
    expect(text(2)).toContain('the most capital-intensive startup in Silicon Valley history');
    expect(text(4)).toContain('Magnificent Seven');
    expect(text(24)).toContain('computing power');
    expect(text(28)).toContain('computing power');
    expect(text(9)).not.toMatch(/decade/);
    expect(text(30)).toContain('founded by former DeepMind employees');
    expect(text(30)).toContain('image generation');
  });

  it('writes every figure of a paragraph’s facts in English form', () => {
    const missing = kb.facts.flatMap((fact) =>
      fact.figures
        .map((figure) => englishFigure(figure))
        .filter((written) => !(renderingOf(kb.renderings, fact.paragraph) ?? '').includes(written))
        .map((written) => `¶${fact.paragraph} ${fact.id}: ${written}`),
    );
    expect(missing).toEqual([]);
    expect(renderingOf(kb.renderings, 2)).toContain('$8.5 billion');
    expect(renderingOf(kb.renderings, 24)).toContain('82%');
  });

  it('lists no paragraph whose facts’ quoteEn disagree with the rendering on a number', () => {
    const disagree = kb.facts.flatMap((fact) => {
      const rendered = new Set(englishNumbers(renderingOf(kb.renderings, fact.paragraph) ?? ''));
      const absent = englishNumbers(fact.quoteEn).filter((n) => !rendered.has(n));
      return absent.length > 0 ? [`¶${fact.paragraph} (${fact.id}): ${absent.join(', ')} not in the rendering`] : [];
    });
    expect(disagree).toEqual([]);
  });

  it('refuses a rendering with a changed number, naming file, line, paragraph and figure', () => {
    const dir = brokenCopy((json) => {
      const p2 = json.paragraphs.find((r) => r.paragraph === 2)!;
      p2.text = p2.text.replace('$8.5 billion', '$8.4 billion');
    });
    const message = problemsOf(dir);
    expect(message).toMatch(/article\.en\.json:\d+, entry "¶2", field "text": figure "\$8\.5 billion" is not written/);
    expect(message).toContain('openai-operating-costs');
  });

  it('refuses a decimal comma and a spaced percent sign (the Vietnamese forms)', () => {
    const dir = brokenCopy((json) => {
      const p24 = json.paragraphs.find((r) => r.paragraph === 24)!;
      p24.text = p24.text.replace('82%', '82 %');
      const p2 = json.paragraphs.find((r) => r.paragraph === 2)!;
      p2.text = p2.text.replace('$1.5 billion', '$1,5 billion');
    });
    const message = problemsOf(dir);
    expect(message).toContain('figure "82%" is not written');
    expect(message).toContain('figure "$1.5 billion" is not written');
  });

  it('refuses a missing paragraph, an extra one and a duplicate', () => {
    const missing = problemsOf(
      brokenCopy((json) => void (json.paragraphs = json.paragraphs.filter((r) => r.paragraph !== 17))),
    );
    expect(missing).toContain('¶17 has no rendering');
    const extra = problemsOf(
      brokenCopy((json) => void json.paragraphs.push({ paragraph: 34, text: 'An invented paragraph.' })),
    );
    expect(extra).toMatch(
      /article\.en\.json:\d+, entry "¶34", field "paragraph": ¶34 does not exist: the article has ¶1\.\.¶33/,
    );
    const twice = problemsOf(brokenCopy((json) => void json.paragraphs.push({ paragraph: 3, text: 'Again.' })));
    expect(twice).toContain('¶3 has more than one rendering');
  });

  it('refuses an empty rendering and a missing heading rendering', () => {
    const empty = problemsOf(brokenCopy((json) => void (json.paragraphs[0]!.text = '   ')));
    expect(empty).toMatch(/article\.en\.json.*must not be empty/);
    const heading = problemsOf(brokenCopy((json) => void json.headings.pop()));
    expect(heading).toContain('the heading of section "conclusion" has no rendering');
  });

  it('is optional: a knowledge directory without it loads with no renderings', () => {
    expect(loadKnowledge(miniDir).renderings).toBeUndefined();
  });
});
