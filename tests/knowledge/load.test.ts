// loadKnowledge on the real files, on a second tiny article, and on broken copies that each must be caught by name.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';

const realDir = path.resolve(import.meta.dirname, '../../knowledge');
const miniDir = path.resolve(import.meta.dirname, '../fixtures/mini-article');
const copies: string[] = [];
const FACTS = 'facts/*.json';

type Json = Record<string, unknown>;
interface FactJson extends Json {
  id: string;
  paragraph: number;
  quote: string;
  related: string[];
  entities: string[];
  figures: Json[];
  questions: { en: string[]; vi: string[] };
}

/** The facts of every facts/<section>.json of `dir`, in article.json's section order, as one `{ facts }` document. */
function readAllFacts(dir: string): Json {
  const meta = JSON.parse(readFileSync(path.join(dir, 'article.json'), 'utf8')) as { sections: { id: string }[] };
  const names = new Set(readdirSync(path.join(dir, 'facts')));
  const all = meta.sections
    .filter((s) => names.has(`${s.id}.json`))
    .flatMap((s) => facts(JSON.parse(readFileSync(path.join(dir, 'facts', `${s.id}.json`), 'utf8')) as Json));
  return { facts: all };
}

/**
 * Copies a knowledge directory, lets `mutate` edit one JSON file, and returns the copy's path. `FACTS`
 * stands for every facts/<section>.json at once: the facts are edited as one list and written back by section.
 */
function brokenCopy(file: string, mutate: (json: Json) => void, from = realDir): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
  copies.push(dir);
  cpSync(from, dir, { recursive: true });
  if (file === FACTS) {
    const json = readAllFacts(dir);
    mutate(json);
    const folder = path.join(dir, 'facts');
    for (const name of readdirSync(folder)) rmSync(path.join(folder, name));
    const bySection = new Map<string, FactJson[]>();
    for (const fact of facts(json))
      bySection.set(String(fact.section), [...(bySection.get(String(fact.section)) ?? []), fact]);
    for (const [section, list] of bySection)
      writeFileSync(path.join(folder, `${section}.json`), JSON.stringify({ facts: list }, null, 2));
    return dir;
  }
  const full = path.join(dir, file);
  const json = JSON.parse(readFileSync(full, 'utf8')) as Json;
  mutate(json);
  writeFileSync(full, JSON.stringify(json, null, 2));
  return dir;
}

function problemsOf(dir: string): string {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).message;
  }
  throw new Error('expected loadKnowledge to reject the broken copy');
}

const facts = (json: Json) => json.facts as FactJson[];

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the real knowledge base', () => {
  const kb = loadKnowledge(realDir);

  it('loads, covers every content paragraph and is frozen', () => {
    const covered = new Set(kb.facts.map((f) => f.paragraph));
    expect(kb.paragraphs.every((p) => covered.has(p.number))).toBe(true);
    expect(Object.isFrozen(kb.facts)).toBe(true);
    expect(Object.isFrozen(kb.facts[0])).toBe(true);
    expect(kb.meta.date).toBe('2024-07-29');
  });

  it('keeps knowledge/article.vi.txt identical to the shared article', () => {
    const shared = path.resolve(import.meta.dirname, '../../../shared/article.vi.txt');
    let original: string | undefined;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      original = undefined; // shared/ is not beside every checkout; the loader's checks still hold.
    }
    if (original !== undefined) expect(readFileSync(path.join(realDir, 'article.vi.txt'), 'utf8')).toBe(original);
  });

  it('has every quote verbatim in the paragraph it names', () => {
    const byNumber = new Map(kb.paragraphs.map((p) => [p.number, p.text]));
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const fact of kb.facts) expect(byNumber.get(fact.paragraph)).toContain(squash(fact.quote));
    for (const quote of kb.quotes) expect(byNumber.get(quote.paragraph)).toContain(squash(quote.text));
  });

  it('keeps the four different "600"s apart', () => {
    const sixHundreds = kb.facts.filter((f) => f.figures.some((fig) => fig.value === 600));
    const kinds = new Set(
      sixHundreds.flatMap((f) =>
        f.figures.filter((fig) => fig.value === 600).map((fig) => `${fig.unit}/${fig.scale ?? ''}`),
      ),
    );
    expect(kinds).toEqual(new Set(['days/', 'percent/', 'currency/million', 'currency/billion']));
    expect(new Set(sixHundreds.map((f) => f.id)).size).toBe(4);
  });
});

describe('every figure of ARTICLE-NOTES is a structured figure of the knowledge', () => {
  const kb = loadKnowledge(realDir);
  // [subject entity, value, scale or unit] as ARTICLE-NOTES lists them.
  const expected: [string, number, string][] = [
    ['openai', 5, 'billion'],
    ['openai', 8.5, 'billion'],
    ['openai', 4, 'billion'],
    ['openai', 3, 'billion'],
    ['openai', 1.5, 'billion'],
    ['openai', 12, 'months'],
    ['google', 12, 'billion'],
    ['big-tech', 60, 'billion'],
    ['big-tech', 20, 'billion'],
    ['goldman', 1, 'trillion'],
    ['goldman', 300, 'jobs'],
    ['goldman', 7, 'percent'],
    ['*', 600, 'billion'],
    ['tesla', 600, 'million'],
    ['nvidia', 600, 'percent'],
    ['nvidia', 82, 'percent'],
    ['nvidia', 95, 'percent'],
    ['*', 50, 'percent'],
    ['cisco', 555, 'billion'],
    ['cisco', 70, 'percent'],
    ['cisco', 85, 'percent'],
    ['*', 10, 'years'],
    ['*', 600, 'days'],
  ];
  const all = kb.facts.flatMap((fact) => fact.figures);
  it.each(expected)('%s: %s %s', (subject, value, kind) => {
    const match = all.find(
      (f) =>
        f.value === value &&
        (f.scale === kind || (!f.scale && f.unit === kind) || (kind === 'jobs' && f.unit === 'jobs')) &&
        (subject === '*' || f.subject === subject),
    );
    expect(match, `no figure ${value} ${kind} about ${subject}`).toBeDefined();
  });
});

describe('a second article from another directory', () => {
  it('loads without any code change (nothing about the real article is hard-coded)', () => {
    const kb = loadKnowledge(miniDir);
    expect(kb.paragraphs).toHaveLength(3);
    expect(kb.factsById.get('germany-largest-market')?.paragraph).toBe(2);
    expect(kb.paragraphs[2]?.section).toBe('markets');
  });
});

describe('broken copies are caught with file, entry and field named', () => {
  it('a quote that is not in the article', () => {
    const dir = brokenCopy(FACTS, (json) => {
      const fact = facts(json)[0]!;
      fact.quote = 'OpenAI đã có lãi 10 tỷ USD trong năm nay';
    });
    const id = facts(readAllFacts(dir))[0]!.id;
    expect(problemsOf(dir)).toMatch(
      new RegExp(
        `facts/[a-z-]+\\.json:\\d+, entry "${id}", field "quote": quote is not verbatim in article\\.vi\\.txt`,
      ),
    );
  });

  it('a quote attached to the wrong paragraph', () => {
    const dir = brokenCopy(FACTS, (json) => {
      const fact = facts(json).find((f) => f.paragraph === 2)!;
      fact.paragraph = 3;
    });
    expect(problemsOf(dir)).toMatch(/field "paragraph": quote is in ¶2, not ¶3/);
  });

  it('a duplicate id', () => {
    const dir = brokenCopy(FACTS, (json) => {
      const list = facts(json);
      list[1]!.id = list[0]!.id;
    });
    expect(problemsOf(dir)).toMatch(/field "id": duplicate id/);
  });

  it('a figure that does not match its quote', () => {
    let id = '';
    const dir = brokenCopy(FACTS, (json) => {
      const fact = facts(json).find((f) => f.figures[0]?.unit === 'currency')!;
      id = fact.id;
      (fact.figures[0] as { value: number }).value = 123.4;
    });
    expect(problemsOf(dir)).toContain(`entry "${id}", field "figures.0.value": number 123.4`);
  });

  it('a related id and an entity that do not exist', () => {
    const dir = brokenCopy(FACTS, (json) => {
      const fact = facts(json)[0]!;
      fact.related = ['no-such-fact'];
      fact.entities = ['apple'];
    });
    const message = problemsOf(dir);
    expect(message).toContain('field "related": unknown fact id "no-such-fact"');
    expect(message).toContain('field "entities": unknown entity id "apple"');
  });

  it('a schema error names the entry by id and the field path', () => {
    let id = '';
    const dir = brokenCopy(FACTS, (json) => {
      const fact = facts(json)[2]!;
      id = fact.id;
      fact.questions = { en: ['only one'], vi: fact.questions.vi };
    });
    expect(problemsOf(dir)).toMatch(
      new RegExp(`facts/[a-z-]+\\.json:\\d+, entry "${id}", field "questions\\.en": .*3`),
    );
  });

  it('a paragraph that no fact covers', () => {
    const dir = brokenCopy(FACTS, (json) => {
      json.facts = facts(json).filter((f) => f.paragraph !== 6);
      for (const fact of facts(json)) fact.related = [];
    });
    expect(problemsOf(dir)).toMatch(/¶6 \(line 19 of article\.vi\.txt\) is covered by no fact/);
  });

  it('a paraphrase shared by two facts', () => {
    const dir = brokenCopy(FACTS, (json) => {
      const [a, b] = facts(json);
      b!.questions.en.push(a!.questions.en[0]!.toUpperCase());
    });
    expect(problemsOf(dir)).toMatch(/is also a paraphrase of/);
  });

  it('Vietnamese paraphrases that are all written with diacritics', () => {
    let id = '';
    const dir = brokenCopy(FACTS, (json) => {
      const fact = facts(json)[4]!;
      id = fact.id;
      fact.questions.vi = fact.questions.vi.filter(
        (q) => q.normalize('NFD') !== q.normalize('NFD').replace(/\p{M}/gu, ''),
      );
    });
    expect(problemsOf(dir)).toContain(
      `entry "${id}", field "questions.vi": needs paraphrases both with and without Vietnamese diacritics`,
    );
  });

  it('a quote of quotes.json whose speaker is unknown', () => {
    const dir = brokenCopy('quotes.json', (json) => {
      (json.quotes as Json[])[0]!.speaker = 'tim-cook';
    });
    expect(problemsOf(dir)).toMatch(/quotes\.json:\d+, entry "[^"]+", field "speaker": unknown entity id "tim-cook"/);
  });

  it('a full summary over 1,500 characters', () => {
    const dir = brokenCopy('summaries.json', (json) => {
      const full = json.full as { en: { text: string; paragraphs: number[] }[] };
      full.en.push({ text: 'x'.repeat(1600), paragraphs: [1] });
    });
    expect(problemsOf(dir)).toMatch(/summaries\.json:\d+, entry "full\.en": is \d+ characters; at most 1500/);
  });

  it('a chart that names a figure series or fact the knowledge does not have', () => {
    const dir = brokenCopy('charts.json', (json) => {
      const chart = (json.charts as Json[])[0]!;
      chart.series = ['no-such-series'];
      chart.references = ['no-such-fact'];
    });
    const message = problemsOf(dir);
    expect(message).toMatch(
      /charts\.json:\d+, entry "[^"]+", field "series": unknown figure series id "no-such-series"/,
    );
    expect(message).toContain('unknown fact (with figures) id "no-such-fact"');
  });

  it('invalid JSON names the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
    copies.push(dir);
    cpSync(realDir, dir, { recursive: true });
    writeFileSync(path.join(dir, 'entities.json'), '{ "entities": [ ');
    expect(problemsOf(dir)).toMatch(/entities\.json: is not valid JSON/);
  });

  it('an empty article names the file (never a KnowledgeError without problems)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
    copies.push(dir);
    cpSync(realDir, dir, { recursive: true });
    writeFileSync(path.join(dir, 'article.vi.txt'), '');
    expect(problemsOf(dir)).toContain('article.vi.txt: file is empty');
  });

  it('reports every problem at once, not just the first', () => {
    const dir = brokenCopy(FACTS, (json) => {
      const list = facts(json);
      list[0]!.quote = 'không có trong bài';
      list[1]!.related = ['missing-one'];
    });
    const message = problemsOf(dir);
    expect(message).toMatch(/has \d+ problems/);
    expect(message).toContain('quote is not verbatim');
    expect(message).toContain('unknown fact id "missing-one"');
  });
});
