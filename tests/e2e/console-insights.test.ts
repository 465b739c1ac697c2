// The console as `node --import tsx src/main.ts`, on a fresh DATA_DIR and a temporary copy of knowledge/: it creates
// the store, records its questions, reloads edited knowledge without a restart, and /insights and `npm run insights`
// show what was asked (declined questions grouped with their translation) and which knowledge versions answered.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { DATABASE_FILE } from '../../src/store/sqlite.js';
import { childEnv, runScript, type RunningChild } from './child-process.js';

const FACT_FILE = path.join('facts', 'intro.json');
const PARAPHRASE = 'When did the zorblat chatbot of the quixxle lab first appear?';
const DECLINED_EN = 'How many employees does OpenAI have?';
const DECLINED_VI = 'OpenAI có bao nhiêu nhân viên?';

interface FactFile {
  facts: { id: string; answer: { en: string }; questions: { en: string[] } }[];
}

const children: RunningChild[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('console questions are recorded, knowledge reloads live, /insights and npm run insights show them', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'console-insights-'));
  dirs.push(root);
  const knowledgeDir = path.join(root, 'knowledge');
  const dataDir = path.join(root, 'data');
  cpSync(path.join(PROJECT_ROOT, 'knowledge'), knowledgeDir, { recursive: true });
  const factFile = path.join(knowledgeDir, FACT_FILE);
  const facts = JSON.parse(readFileSync(factFile, 'utf8')) as FactFile;
  const fact = facts.facts[0]!;
  const env = childEnv({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir, LOG_LEVEL: 'warn' });

  const child = runScript('src/main.ts', { env, args: ['--console'] });
  children.push(child);
  const say = (line: string) => child.child.stdin?.write(`${line}\n`);
  say(fact.questions.en[0]!);
  await child.waitForOutput(new RegExp(escape(fact.answer.en)), 30_000);
  expect(existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);
  say(DECLINED_EN);
  say(DECLINED_VI);
  say(PARAPHRASE);
  await child.waitForOutput(/không đề cập|does not say|not in the article|cannot answer/i);

  // Add the paraphrase on disk: the running console answers it without a restart.
  fact.questions.en.push(PARAPHRASE);
  writeFileSync(factFile, `${JSON.stringify(facts, null, 2)}\n`);
  await child.waitForOutput(/\(knowledge reloaded: [0-9a-f]{12}\)/, 10_000);
  const answersBefore = count(child.stdout(), fact.answer.en);
  say(PARAPHRASE);
  await until(() => count(child.stdout(), fact.answer.en) > answersBefore);

  say('/insights');
  await child.waitForOutput(/Top unanswered questions[\s\S]*Answers with the most/);
  child.child.stdin?.end();
  expect(await child.exited(20_000)).toBe(0);
  const shown = child.stdout().slice(child.stdout().lastIndexOf('Insights — last 7 days'));
  expect(shown).toContain('5 questions · answered 2 (40%) · declined 3 (60%)');
  const group = shown.split('\n').find((line) => line.includes(DECLINED_EN));
  expect(group).toContain('×2 [en/vi]');
  expect(group).toContain(DECLINED_VI);
  expect(shown).toMatch(/\[attachment insights-7d\.png, \d+ bytes/);

  // The same store from the command line, for the people who edit knowledge/.
  const cli = runScript('src/cli/insights.ts', { env, args: ['--guild', 'console', '--format', 'json'] });
  children.push(cli);
  expect(await cli.exited(30_000)).toBe(0);
  const report = JSON.parse(cli.stdout()) as {
    total: number;
    unanswered: { count: number; languages: string[]; examples: string[] }[];
    knowledge: { hash: string; questions: number }[];
  };
  expect(report.total).toBe(5);
  expect(report.unanswered[0]).toMatchObject({ count: 2, languages: ['en', 'vi'] });
  expect(report.unanswered[0]?.examples.sort()).toEqual([DECLINED_EN, DECLINED_VI].sort());
  // Two knowledge versions answered: the one loaded at start, and the reloaded one (the last question only).
  expect(report.knowledge).toHaveLength(2);
  expect(report.knowledge[0]?.questions).toBe(1);
  expect(report.knowledge[1]?.questions).toBe(4);
}, 90_000);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 60);
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

async function until(predicate: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
