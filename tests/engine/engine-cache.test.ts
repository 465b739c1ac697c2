// The engine cache (src/engine-cache.ts): a fresh process reads the knowledge and its engine from one file, keyed by
// the knowledge's content hash and the code's; the engine read from it answers exactly as the engine built from the
// files, and a file for other knowledge, other code, or damaged bytes is never used.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { codeVersion, engineCacheFile, loadEngine, type LoadedEngine } from '../../src/engine-cache.js';
import { CONVERSATION_TURNS, createAnswerEngine } from '../../src/engine/index.js';
import type { AnswerEngine, ConversationTurn } from '../../src/engine/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const KNOWLEDGE = path.join(PROJECT_ROOT, 'knowledge');
const evalSet = (name: string) =>
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', `${name}.json`), 'utf8')) as {
    questions?: { q: string }[];
    conversations?: { turns: { q: string }[] }[];
  };
const questions = ['dev-questions', 'dev-near-miss', 'dev-chatty', 'dev-intents', 'dev-yes-no', 'dev-comparisons']
  .flatMap((name) => evalSet(name).questions ?? [])
  .map((q) => q.q);
const conversations = (evalSet('dev-conversations').conversations ?? []).map((c) => c.turns.map((t) => t.q));
/** Misspelt words and names (the typo corrector and the name matcher, which the cache builds or decodes late). */
const TYPOS = [
  'how much did nvidai stock rise',
  'what did zukerbrg say',
  'opnai lose how much',
  'goldmen sachs report',
];

/** Every reply, autocomplete and lookup of an engine, as one string per call. */
function everything(engine: AnswerEngine): string[] {
  const out: string[] = [];
  for (const q of [...questions, ...TYPOS]) out.push(JSON.stringify(engine.ask(q)));
  for (const turns of conversations) {
    let conversation: ConversationTurn[] = [];
    for (const question of turns) {
      const reply = engine.ask(question, { conversation });
      out.push(JSON.stringify(reply));
      conversation = [...conversation, { question, reply }].slice(-CONVERSATION_TURNS);
    }
  }
  for (const partial of ['', 'how much', 'nvid', 'zuck', 'openai lo', 'chatgpt ra', 'doanh thu']) {
    out.push(JSON.stringify(engine.suggestQuestions(partial, { limit: 25 })));
    out.push(
      JSON.stringify(engine.speakerChoices(partial, 'en')),
      JSON.stringify(engine.subjectChoices(partial, 'vi')),
    );
  }
  return out;
}

let cacheDir: string;
let knowledgeDir: string;
let reasons: string[];
const load = (dir = knowledgeDir): LoadedEngine =>
  loadEngine(dir, { cacheDir, onMiss: (reason) => reasons.push(reason) }, loadKnowledge);
const cacheFile = () => engineCacheFile(cacheDir, knowledgeDir);

let built: string[];
beforeAll(() => {
  built = everything(createAnswerEngine(loadKnowledge(KNOWLEDGE)));
});

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'engine-cache-'));
  knowledgeDir = mkdtempSync(path.join(tmpdir(), 'engine-cache-knowledge-'));
  cpSync(KNOWLEDGE, knowledgeDir, { recursive: true });
  reasons = [];
});
afterEach(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(knowledgeDir, { recursive: true, force: true });
});

describe('the engine cache', () => {
  it('builds and writes on the first start, then reads; the engine read answers exactly as the one built', () => {
    const first = load();
    expect(first.source).toBe('built');
    expect(readdirSync(cacheDir)).toEqual([path.basename(cacheFile())]);
    const second = load();
    expect(second.source).toBe('cache');
    expect(second.hash).toBe(first.hash);
    // The knowledge base as loadKnowledge returns it: equal, this directory's, frozen.
    expect(second.kb).toEqual(loadKnowledge(knowledgeDir));
    expect(second.kb.dir).toBe(knowledgeDir);
    expect(Object.isFrozen(second.kb) && Object.isFrozen(second.kb.facts[0])).toBe(true);
    expect(everything(second.engine)).toEqual(built);
    expect(everything(first.engine)).toEqual(built);
  });

  it('ignores the cache of a knowledge directory whose files changed, and answers from the files', () => {
    load();
    const file = path.join(knowledgeDir, 'facts', 'intro.json');
    const facts = JSON.parse(readFileSync(file, 'utf8')) as { facts: { answer: { en: string } }[] };
    const fact = facts.facts[0];
    if (!fact) throw new Error('no fact in intro.json');
    fact.answer.en = `${fact.answer.en} (edited)`;
    writeFileSync(file, JSON.stringify(facts, null, 2));
    const after = load();
    expect(after.source).toBe('built');
    expect(reasons.join('\n')).toMatch(/other knowledge or other code/);
    expect(after.kb.facts[0]?.answer.en).toMatch(/\(edited\)$/);
    const reply = after.engine.answerFact(after.kb.facts[0]?.id ?? '', 'en');
    expect(reply?.answer).toMatch(/\(edited\)/);
    // …and the cache now holds the edited knowledge.
    expect(load().source).toBe('cache');
  });

  it('ignores a damaged cache file (a flipped byte, a truncated file, another key) and rebuilds it', () => {
    load();
    reasons.length = 0;
    const whole = readFileSync(cacheFile());
    const flipped = Buffer.from(whole);
    const at = whole.length - 1000;
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    const otherKey = Buffer.from(whole);
    // The key is the line after the first: another code version (or knowledge) has another key.
    const keyAt = whole.indexOf('\n') + 1;
    otherKey.write('0'.repeat(64), keyAt, 'latin1');
    // The header (magic and key) of the file written first. The payload is not compared byte for byte: v8 writes a
    // number as a small integer or as a double depending on how the code that computed it was compiled (a weight of 1
    // is either), so a rebuild in a warmer process can differ in bytes while decoding to the same engine.
    const header = (bytes: Buffer) => bytes.subarray(0, bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1);
    for (const damaged of [flipped, whole.subarray(0, whole.length - 1), whole.subarray(0, 40), otherKey]) {
      writeFileSync(cacheFile(), damaged);
      expect(load().source).toBe('built');
      expect(header(readFileSync(cacheFile())).equals(header(whole))).toBe(true);
      // The rebuilt file is whole: the next start reads it.
      expect(load().source).toBe('cache');
    }
    expect(reasons).toHaveLength(4);
  });

  it('keys on the code: a source file edited, added or rebuilt is another code version', () => {
    const code = mkdtempSync(path.join(tmpdir(), 'engine-cache-code-'));
    const file = path.join(code, 'a.ts');
    try {
      writeFileSync(file, 'export const a = 1;\n');
      utimesSync(file, 1_000, 1_000);
      const before = codeVersion(code);
      expect(codeVersion(code)).toBe(before);
      writeFileSync(file, 'export const a = 2;\n');
      utimesSync(file, 1_000, 2_000);
      expect(codeVersion(code)).not.toBe(before);
      writeFileSync(file, 'export const a = 10;\n');
      utimesSync(file, 1_000, 1_000);
      expect(codeVersion(code)).not.toBe(before);
      writeFileSync(file, 'export const a = 1;\n');
      utimesSync(file, 1_000, 1_000);
      expect(codeVersion(code)).toBe(before);
      writeFileSync(path.join(code, 'b.js'), '');
      expect(codeVersion(code)).not.toBe(before);
    } finally {
      rmSync(code, { recursive: true, force: true });
    }
  });

  it('without a cache directory builds from the files and writes nothing', () => {
    const loaded = loadEngine(knowledgeDir, { cacheDir: undefined }, loadKnowledge);
    expect(loaded.source).toBe('built');
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('on a miss builds in a child process when asked: this process never loads the files, the replies are the same', () => {
    const notHere = (): never => {
      throw new Error('the knowledge was loaded in this process');
    };
    const options = { cacheDir, onMiss: (reason: string) => reasons.push(reason), buildInChild: true };
    const child = loadEngine(knowledgeDir, options, notHere);
    expect(child.source).toBe('child');
    expect(child.hash).toBe(load().hash);
    expect(child.kb).toEqual(loadKnowledge(knowledgeDir));
    expect(child.kb.dir).toBe(knowledgeDir);
    expect(Object.isFrozen(child.kb) && Object.isFrozen(child.kb.facts[0])).toBe(true);
    expect(everything(child.engine)).toEqual(built);
    // It wrote the cache, which the next start reads.
    expect(loadEngine(knowledgeDir, options, notHere).source).toBe('cache');
    // Without a cache directory (ENGINE_CACHE=off) too, writing nothing.
    rmSync(cacheFile());
    expect(loadEngine(knowledgeDir, { cacheDir: undefined, buildInChild: true }, notHere).source).toBe('child');
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('when the child cannot build (invalid knowledge), builds here and reports the problems as loadKnowledge does', () => {
    writeFileSync(path.join(knowledgeDir, 'glossary.json'), '{ "terms": [ { "id": 1 } ] }');
    let loadedHere = 0;
    const here = (dir: string) => ((loadedHere += 1), loadKnowledge(dir));
    expect(() => loadEngine(knowledgeDir, { cacheDir, buildInChild: true }, here)).toThrow(/glossary\.json/);
    expect(loadedHere).toBe(1);
  });

  it('reports invalid knowledge as loadKnowledge does, cache or not', () => {
    load();
    writeFileSync(path.join(knowledgeDir, 'glossary.json'), '{ "terms": [ { "id": 1 } ] }');
    expect(() => load()).toThrow(/glossary\.json/);
  });
});
