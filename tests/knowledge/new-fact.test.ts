// knowledge:new-fact scaffolds a fact with every required field; validation refuses it until a person fills it in.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { placeholderFields, scaffoldFact } from '../../src/knowledge/scaffold.js';
import { FactSchema } from '../../src/knowledge/schema.js';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config.js';

function runCli(script: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const realDir = path.resolve(import.meta.dirname, '../../knowledge');
const kb = loadKnowledge(realDir);
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('scaffoldFact', () => {
  it('fills the section, paragraph and a verbatim quote, and passes the schema', () => {
    const fact = scaffoldFact(kb, 12);
    expect(FactSchema.safeParse(fact).success).toBe(true);
    expect(fact.section).toBe(kb.paragraphs.find((p) => p.number === 12)?.section);
    expect(kb.paragraphs.find((p) => p.number === 12)?.text).toContain(fact.quote);
    expect(kb.factsById.has(fact.id)).toBe(false);
    expect(placeholderFields(fact)).toContain('answer.en');
  });

  it('refuses a paragraph that does not exist', () => {
    expect(() => scaffoldFact(kb, 999)).toThrow(/¶999 does not exist/);
  });
});

describe('npm run knowledge:new-fact', () => {
  it('--write adds the fact to its section file, and validation then names every placeholder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'new-fact-'));
    copies.push(dir);
    cpSync(realDir, dir, { recursive: true });
    const result = runCli('src/cli/new-fact.ts', ['--paragraph', '3', '--id', 'my-new-fact', '--write', '--dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/added "my-new-fact" to .*facts\/intro\.json:\d+/);
    const written = JSON.parse(readFileSync(path.join(dir, 'facts', 'intro.json'), 'utf8')) as {
      facts: { id: string }[];
    };
    expect(written.facts.map((f) => f.id)).toContain('my-new-fact');
    let error: unknown;
    try {
      loadKnowledge(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    const problems = (error as KnowledgeError).problems.filter((p) => p.entry === 'my-new-fact');
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['quoteEn', 'answer.en', 'questions.vi.0']));
    expect(problems.every((p) => p.message.includes('TODO'))).toBe(true);
  });

  it('a bad --paragraph is a usage error (exit 2)', () => {
    const result = runCli('src/cli/new-fact.ts', ['--paragraph', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run knowledge:new-fact');
  });
});
