// Knowledge files on disk: one facts file per section, problems placed on their line with a hint, and files
// that are not what they should be (BOM, directory, FIFO, symlink loop) named without blocking.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { MAX_LISTED_PROBLEMS } from '../../src/knowledge/problems.js';

const realDir = path.resolve(import.meta.dirname, '../../knowledge');
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-files-'));
  copies.push(dir);
  cpSync(realDir, dir, { recursive: true });
  return dir;
}

function problemsOf(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return error as KnowledgeError;
  }
  throw new Error('expected loadKnowledge to reject the copy');
}

type FactsJson = { $schema?: string; facts: { id: string; quote: string; section: string }[] };
const readFacts = (dir: string, section: string) =>
  JSON.parse(readFileSync(path.join(dir, 'facts', `${section}.json`), 'utf8')) as FactsJson;
const writeFacts = (dir: string, section: string, json: FactsJson) =>
  writeFileSync(path.join(dir, 'facts', `${section}.json`), `${JSON.stringify(json, null, 2)}\n`);

describe('facts split by section', () => {
  it('loads the facts in article.json section order, each file holding its own section', () => {
    const kb = loadKnowledge(realDir);
    const order = kb.meta.sections.map((s) => s.id);
    const positions = kb.facts.map((f) => order.indexOf(f.section));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(kb.facts.map((f) => f.section))).toEqual(new Set(order));
  });

  it('names a fact filed under the wrong section, and a file named after no section', () => {
    const dir = copy();
    const intro = readFacts(dir, 'intro');
    const moved = intro.facts.pop()!;
    writeFacts(dir, 'intro', intro);
    const conclusion = readFacts(dir, 'conclusion');
    conclusion.facts.push(moved);
    writeFacts(dir, 'conclusion', conclusion);
    writeFileSync(path.join(dir, 'facts', 'misc.json'), '{"facts": []}');
    writeFileSync(path.join(dir, 'facts', 'intro.json~'), 'an editor backup is ignored');
    const message = problemsOf(dir).message;
    expect(message).toContain(
      `entry "${moved.id}", field "section": is "intro", so the fact belongs in facts/intro.json`,
    );
    expect(message).toMatch(
      /facts\/misc\.json: is named after no section of article\.json \(expected one of: intro\.json/,
    );
    expect(message).not.toContain('intro.json~');
  });

  it('a missing facts folder is named as a folder', () => {
    const dir = copy();
    rmSync(path.join(dir, 'facts'), { recursive: true });
    expect(problemsOf(dir).message).toContain('facts/: folder is missing; it holds one <section id>.json file');
  });
});

describe('problems carry their line and, for a quote, the closest passage', () => {
  it('places a non-verbatim quote on the line of its field and shows the passage it was probably copied from', () => {
    const dir = copy();
    const json = readFacts(dir, 'high-investment-low-returns');
    const fact = json.facts[1]!;
    const original = fact.quote;
    // One word changed, as a hand edit or an autocorrect would.
    fact.quote = original.replace(/\S+$/, 'XYZ');
    writeFacts(dir, 'high-investment-low-returns', json);
    const error = problemsOf(dir);
    const problem = error.problems.find((p) => p.entry === fact.id && p.field === 'quote');
    expect(problem?.file).toBe('facts/high-investment-low-returns.json');
    const lines = readFileSync(path.join(dir, 'facts', 'high-investment-low-returns.json'), 'utf8').split('\n');
    expect(lines[problem!.line! - 1]).toContain('"quote": ');
    expect(lines[problem!.line! - 1]).toContain('XYZ');
    expect(problem!.message).toContain('closest passage is in ¶');
    expect(problem!.message).toContain(original.split(' ').slice(0, 4).join(' '));
    expect(error.message).toContain(`facts/high-investment-low-returns.json:${problem!.line}, entry "${fact.id}"`);
  });

  it('gives no hint for a quote like nothing in the article', () => {
    const dir = copy();
    const json = readFacts(dir, 'intro');
    json.facts[0]!.quote = 'qqq zzz www';
    writeFacts(dir, 'intro', json);
    const problem = problemsOf(dir).problems.find((p) => p.field === 'quote');
    expect(problem?.message).toBe('quote is not verbatim in article.vi.txt');
  });

  it(`prints at most ${MAX_LISTED_PROBLEMS} problems, then how many more`, () => {
    const dir = copy();
    const json = readFacts(dir, 'intro');
    const template = json.facts[0]!;
    json.facts = Array.from({ length: 120 }, (_, i) => ({ ...template, id: `bad-${i}`, quote: `không có ${i}` }));
    writeFacts(dir, 'intro', json);
    const error = problemsOf(dir);
    expect(error.problems.length).toBeGreaterThan(MAX_LISTED_PROBLEMS);
    expect(error.message.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(error.message).toContain(`… and ${error.problems.length - MAX_LISTED_PROBLEMS} more`);
  });
});

describe('files that are not what they should be', () => {
  it('accepts a byte-order mark at the start of a JSON file and of the article', () => {
    const dir = copy();
    for (const file of ['article.json', 'facts/intro.json', 'article.vi.txt']) {
      const full = path.join(dir, file);
      writeFileSync(full, `\uFEFF${readFileSync(full, 'utf8')}`);
    }
    expect(loadKnowledge(dir).facts.length).toBe(loadKnowledge(realDir).facts.length);
  });

  it('names a directory where the article should be, with its path', () => {
    const dir = copy();
    unlinkSync(path.join(dir, 'article.vi.txt'));
    mkdirSync(path.join(dir, 'article.vi.txt'));
    expect(problemsOf(dir).message).toContain(
      `article.vi.txt: ${path.join(dir, 'article.vi.txt')} is a directory, not a regular file`,
    );
  });

  it('refuses a FIFO in place of a knowledge file without blocking on it', () => {
    const dir = copy();
    const fifo = path.join(dir, 'quotes.json');
    unlinkSync(fifo);
    execFileSync('mkfifo', [fifo]);
    // Reading a FIFO with no writer would block this test until its timeout.
    expect(problemsOf(dir).message).toContain(`quotes.json: ${fifo} is a named pipe (FIFO), not a regular file`);
  });

  it('names a symbolic link loop as such, and a dangling link as a link', () => {
    const dir = copy();
    const entities = path.join(dir, 'entities.json');
    unlinkSync(entities);
    symlinkSync(path.join(dir, 'loop-b'), path.join(dir, 'loop-a'));
    symlinkSync(path.join(dir, 'loop-a'), path.join(dir, 'loop-b'));
    symlinkSync(path.join(dir, 'loop-a'), entities);
    const glossary = path.join(dir, 'glossary.json');
    unlinkSync(glossary);
    symlinkSync(path.join(dir, 'nowhere.json'), glossary);
    const message = problemsOf(dir).message;
    expect(message).toContain(`entities.json: is a symbolic link loop (${entities})`);
    expect(message).toContain(`glossary.json: is a symbolic link to a file that does not exist (${glossary})`);
  });
});
