// Engine bench: accuracy on the dev, dev-b and held-out sets, latency, throughput, start-up and memory, against a naive fuse.js baseline.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import { getConfig } from '../src/config.js';
import * as EngineSources from '../src/engine/index.js';
import {
  ConversationSetSchema,
  evaluateQuestions,
  QuestionSetSchema,
  type EvaluationReport,
  type LabelledQuestion,
} from '../src/engine/evaluation.js';
import type { ConversationTurn, Reply } from '../src/engine/types.js';
import * as LoadSources from '../src/knowledge/load.js';
import type { Fact, KnowledgeBase } from '../src/knowledge/schema.js';
import { normalizeForMatch } from '../src/text/normalize.js';

const { loadKnowledge } = LoadSources;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV = path.join(root, 'tests/eval/dev-questions.json');
const DEV_B = path.join(root, 'tests/eval/dev-b-questions.json');
const HOLDOUT = path.join(root, 'tests/eval/holdout-questions.json');
const CONVERSATIONS = path.join(root, 'tests/eval/dev-conversations.json');
const STARTUP_RUNS = 9;
const LATENCY_ROUNDS = 30;
/** Candidate thresholds for the baseline's abstention (fuse score: 0 = perfect, 1 = no match); the best on dev is used. */
const BASELINE_DECLINE_SCORES = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

function loadSet(file: string): LabelledQuestion[] | undefined {
  if (!existsSync(file)) return undefined;
  return QuestionSetSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).questions;
}

/** The newest modification time of the TypeScript sources the build compiles (src/). */
function newestSource(): number {
  const dir = path.join(root, 'src');
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/**
 * The latency and rebuild targets read the engine as operators run it: tsc's output under plain node (`npm run
 * start:prod`, README "Start"). dist/ is compiled first when it is missing or older than a source, so the bench never
 * times stale code. (The sources through the tsx loader, as `npm start` runs them for development, are timed beside
 * it: esbuild's keepNames there wraps every named closure the engine makes per question in a call that sets its name.)
 */
function ensureCompiled(): void {
  const compiledIndex = path.join(root, 'dist', 'src', 'engine', 'index.js');
  if (existsSync(compiledIndex) && statSync(compiledIndex).mtimeMs >= newestSource()) return;
  console.log('Compiling src/ to dist/ (tsc -p tsconfig.build.json) so that the compiled engine is timed…');
  const tsc = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
  const result = spawnSync(tsc, ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('tsc failed: the compiled engine cannot be timed');
}

ensureCompiled();
const built = existsSync(path.join(root, 'dist', 'src', 'engine-cache.js'));
type EngineModule = typeof EngineSources;
type LoadModule = typeof LoadSources;
const compiledEngine = (await import(
  pathToFileURL(path.join(root, 'dist', 'src', 'engine', 'index.js')).href
)) as EngineModule;
const compiledLoad = (await import(
  pathToFileURL(path.join(root, 'dist', 'src', 'knowledge', 'load.js')).href
)) as LoadModule;

/**
 * What a fresh process pays before it can answer, as the bot starts (src/bootstrap.ts: loadEngine with the engine
 * cache, building in a child process on a miss): node's own start, loading the modules, then the engine. Timed inside
 * the child from its time origin (performance.now()), so the spawn itself is not counted. Runs the compiled build
 * when there is one (`npm run build`), as operators do; else the sources through tsx, whose loader costs more.
 */
function freshStart(cacheDir: string): { readyMs: number; source: string } {
  const module = (name: string) =>
    JSON.stringify(path.join(root, built ? 'dist' : '', 'src', `${name}${built ? '.js' : '.ts'}`));
  const script = [
    `const { loadEngine } = await import(${module('engine-cache')});`,
    `const loaded = loadEngine(${JSON.stringify(path.join(root, 'knowledge'))}, { cacheDir: ${JSON.stringify(cacheDir)}, buildInChild: true },`,
    `  (dir) => { throw new Error('the child build failed for ' + dir); });`,
    'const readyMs = performance.now();',
    // It must answer, so that what was loaded is a working engine; the answer itself is not timed.
    "if (!loaded.engine.ask('How much does OpenAI lose?').answered) throw new Error('no answer');",
    'console.log(JSON.stringify({ readyMs, source: loaded.source }));',
  ].join('\n');
  const result = spawnSync(
    process.execPath,
    [...(built ? [] : ['--import', 'tsx']), '--input-type=module', '-e', script],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  if (result.status !== 0) throw new Error(`fresh start failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as { readyMs: number; source: string };
}

function freshStartups(): { fromCache: number[]; onMiss: number[] } {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'bench-engine-cache-'));
  try {
    const onMiss: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      rmSync(cacheDir, { recursive: true, force: true });
      const start = freshStart(cacheDir);
      if (start.source !== 'child') throw new Error(`expected a build on a miss, got ${start.source}`);
      onMiss.push(start.readyMs);
    }
    const fromCache: number[] = [];
    for (let run = 0; run < STARTUP_RUNS; run += 1) {
      const start = freshStart(cacheDir);
      if (start.source !== 'cache') throw new Error(`expected the engine cache, got ${start.source}`);
      fromCache.push(start.readyMs);
    }
    return { fromCache, onMiss };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly perSecond: number;
  /**
   * p99 over the second half of the rounds only. After one warm-up pass the JIT is still re-optimising functions whose
   * type feedback the later questions change (about a hundred deoptimisations in the first timed round, almost none
   * after the tenth): what a bot that has answered a few thousand questions gets. Shown beside the target, not instead.
   */
  readonly settledP99: number;
}

/** Warm per-question latency: one warm-up pass, then `rounds` passes, each question timed on its own. */
function measureLatency<T>(ask: (q: T) => unknown, questions: readonly T[], rounds: number): Latency {
  for (const q of questions) ask(q);
  const samples = new Float64Array(questions.length * rounds);
  let k = 0;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) {
    for (const q of questions) {
      const t0 = process.hrtime.bigint();
      ask(q);
      samples[k++] = Number(process.hrtime.bigint() - t0) / 1e6;
    }
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  const settled = samples.slice(questions.length * Math.floor(rounds / 2)).sort();
  samples.sort();
  return {
    settledP99: percentile(settled, 99),
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples[samples.length - 1] ?? 0,
    perSecond: (samples.length / totalMs) * 1000,
  };
}

// ---- The naive baseline: fuse.js over the article's sentences, answering with the fact whose quote overlaps the best sentence.
interface Sentence {
  readonly text: string;
  readonly folded: string;
  readonly paragraph: number;
}

function overlap(a: string, b: string): number {
  const wordsA = new Set(normalizeForMatch(a, 5000).split(' '));
  const wordsB = normalizeForMatch(b, 5000).split(' ');
  return wordsB.filter((w) => wordsA.has(w)).length / Math.max(1, wordsB.length);
}

function createBaseline(kb: KnowledgeBase, declineAbove: number | undefined): (q: string) => Reply {
  const sentences: Sentence[] = kb.paragraphs.flatMap((p) =>
    p.text
      .split(/(?<=[.!?])\s+/u)
      .filter((s) => s.trim() !== '')
      .map((text) => ({ text, folded: normalizeForMatch(text, 5000), paragraph: p.number })),
  );
  const fuse = new Fuse(sentences, { keys: ['folded'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  const factFor = (sentence: Sentence): Fact | undefined => {
    let best: Fact | undefined;
    let bestOverlap = -1;
    for (const fact of kb.facts) {
      const value = fact.paragraph === sentence.paragraph ? overlap(sentence.text, fact.quote) : -1;
      if (value > bestOverlap) {
        best = fact;
        bestOverlap = value;
      }
    }
    return best;
  };
  return (q: string): Reply => {
    const lang = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu.test(q) ? 'vi' : 'en';
    const hit = fuse.search(normalizeForMatch(q), { limit: 1 })[0];
    const fact = hit ? factFor(hit.item) : undefined;
    const declined = !hit || !fact || (declineAbove !== undefined && (hit.score ?? 1) > declineAbove);
    return {
      answered: !declined,
      lang,
      answer: declined || !fact ? '' : fact.answer[lang],
      factId: declined || !fact ? null : fact.id,
      confidence: hit ? 1 - (hit.score ?? 1) : 0,
      sources: [],
      suggestions: [],
      related: [],
    };
  };
}

// ---- Report
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ms = (x: number) => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;

function accuracyRows(name: string, reports: readonly (EvaluationReport | undefined)[]): string[][] {
  const cells = (f: (r: EvaluationReport) => string) => reports.map((r) => (r ? f(r) : 'n/a'));
  return [
    [
      `${name}: answerable answered right`,
      ...cells((r) => `${pct(r.answerableAccuracy)} (${r.right}/${r.answerable})`),
    ],
    [`${name}: unanswerable declined`, ...cells((r) => `${pct(r.declineRate)} (${r.declinedNone}/${r.unanswerable})`)],
    [
      `${name}: answered wrong (of all)`,
      ...cells((r) => `${pct(r.wrongRate)} (${r.wrongFact + r.answeredNone}/${r.total})`),
    ],
    [`${name}: reply language right`, ...cells((r) => pct(r.langAccuracy))],
  ];
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

/** Heap taken by one engine, when the bench runs with --expose-gc (else "n/a"). */
function measureEngineHeap(dir: string): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 'n/a (run node with --expose-gc)';
  const kb = compiledLoad.loadKnowledge(dir);
  gc();
  const before = process.memoryUsage().heapUsed;
  const engine = compiledEngine.createAnswerEngine(kb);
  gc();
  const after = process.memoryUsage().heapUsed;
  // Reading `engine` after the collection keeps it reachable while the heap is measured.
  return engine ? `${((after - before) / 2 ** 20).toFixed(1)} MiB` : 'n/a';
}

function main(): void {
  const dir = getConfig().knowledgeDir;
  const engineHeap = measureEngineHeap(dir);
  const dev = loadSet(DEV);
  const devB = loadSet(DEV_B);
  const holdout = loadSet(HOLDOUT);
  if (!dev) throw new Error(`no development set at ${DEV}`);

  const kb = loadKnowledge(dir);
  const engine = compiledEngine.createAnswerEngine(compiledLoad.loadKnowledge(dir));
  const ask = (q: string) => engine.ask(q);
  const baselineNever = createBaseline(kb, undefined);
  // The fairest abstention threshold for the baseline: the one that does best on the development set.
  const baselineScoreOf = (threshold: number) => {
    const report = evaluateQuestions(createBaseline(kb, threshold), dev);
    return report.right + report.declinedNone - report.wrongFact - report.answeredNone;
  };
  const [declineScore] = BASELINE_DECLINE_SCORES.map((t) => [t, baselineScoreOf(t)] as const).reduce((best, next) =>
    next[1] > best[1] ? next : best,
  );
  const baselineScore = createBaseline(kb, declineScore);

  // Latency in the steady state: one engine, warmed up, each question timed on its own.
  const devQuestions = dev.map((q) => q.q);
  const engineLatency = measureLatency(ask, devQuestions, LATENCY_ROUNDS);
  // Per turn of the dev conversations, each asked with its conversation's earlier turns (as /ask's memory keeps them).
  const conversations = ConversationSetSchema.parse(JSON.parse(readFileSync(CONVERSATIONS, 'utf8'))).conversations;
  const turns: { q: string; conversation: ConversationTurn[] }[] = [];
  for (const c of conversations) {
    const history: ConversationTurn[] = [];
    for (const t of c.turns) {
      turns.push({ q: t.q, conversation: [...history] });
      history.push({ question: t.q, reply: engine.ask(t.q, { conversation: history }) });
    }
  }
  const turnLatency = measureLatency(
    (turn) => engine.ask(turn.q, { conversation: turn.conversation }),
    turns,
    LATENCY_ROUNDS,
  );
  // The same engine from the sources through the tsx loader (`npm start`), for comparison.
  const sourceEngine = EngineSources.createAnswerEngine(kb);
  const sourceLatency = measureLatency((q: string) => sourceEngine.ask(q), devQuestions, LATENCY_ROUNDS);
  const baselineLatency = measureLatency(baselineScore, devQuestions, Math.max(3, Math.floor(LATENCY_ROUNDS / 5)));
  const memory = process.memoryUsage();

  // Start-up: load + validate + index, several fresh builds (after the latency runs, so their garbage is not timed there).
  const startups: number[] = [];
  const sourceStartups: number[] = [];
  const baselineStartups: number[] = [];
  for (let run = 0; run < STARTUP_RUNS; run += 1) {
    const t0 = performance.now();
    compiledEngine.createAnswerEngine(compiledLoad.loadKnowledge(dir));
    startups.push(performance.now() - t0);
    const t1 = performance.now();
    createBaseline(loadKnowledge(dir), declineScore);
    baselineStartups.push(performance.now() - t1);
    const t2 = performance.now();
    EngineSources.createAnswerEngine(loadKnowledge(dir));
    sourceStartups.push(performance.now() - t2);
  }
  const fresh = freshStartups();

  const evaluate = (f: (q: string) => Reply, set: LabelledQuestion[] | undefined) =>
    set ? evaluateQuestions(f, set) : undefined;
  const header = ['', 'engine', 'fuse baseline (never declines)', `fuse baseline (declines > ${declineScore})`];
  const rows = [
    ...accuracyRows(`dev (${dev.length})`, [
      evaluate(ask, dev),
      evaluate(baselineNever, dev),
      evaluate(baselineScore, dev),
    ]),
    ...accuracyRows(`dev-b (${devB?.length ?? 0})`, [
      evaluate(ask, devB),
      evaluate(baselineNever, devB),
      evaluate(baselineScore, devB),
    ]),
    ...accuracyRows(`holdout (${holdout?.length ?? 0})`, [
      evaluate(ask, holdout),
      evaluate(baselineNever, holdout),
      evaluate(baselineScore, holdout),
    ]),
    [
      'latency p50 / p95 / p99 (warm)',
      `${ms(engineLatency.p50)} / ${ms(engineLatency.p95)} / ${ms(engineLatency.p99)}`,
      '',
      `${ms(baselineLatency.p50)} / ${ms(baselineLatency.p95)} / ${ms(baselineLatency.p99)}`,
    ],
    ['latency max', ms(engineLatency.max), '', ms(baselineLatency.max)],
    [
      `p99 over the last ${LATENCY_ROUNDS - Math.floor(LATENCY_ROUNDS / 2)} rounds only (the JIT settled): per question / per turn`,
      `${ms(engineLatency.settledP99)} / ${ms(turnLatency.settledP99)}`,
      '',
      '',
    ],
    [
      'the same engine from the sources through tsx (npm start): p50 / p99',
      `${ms(sourceLatency.p50)} / ${ms(sourceLatency.p99)}`,
      '',
      '',
    ],
    [
      `per conversation turn, with context (${turns.length} dev turns) p50 / p99 / max`,
      `${ms(turnLatency.p50)} / ${ms(turnLatency.p99)} / ${ms(turnLatency.max)}`,
      '',
      '',
    ],
    [
      'throughput (questions/s, one core)',
      engineLatency.perSecond.toFixed(0),
      '',
      baselineLatency.perSecond.toFixed(0),
    ],
    [
      `start-up: a fresh process until the engine can answer, from the engine cache (median of ${STARTUP_RUNS}; ${built ? 'dist' : 'tsx'})`,
      ms(median(fresh.fromCache)),
      '',
      '',
    ],
    [
      'start-up after a knowledge change: a fresh process, engine built in a child (median of 3)',
      ms(median(fresh.onMiss)),
      '',
      '',
    ],
    [
      `rebuild in a warm process (a reload): load + validate + index (median of ${STARTUP_RUNS})`,
      ms(median(startups)),
      '',
      ms(median(baselineStartups)),
    ],
    [`the same rebuild from the sources through tsx (median of ${STARTUP_RUNS})`, ms(median(sourceStartups)), '', ''],
    [
      'resident memory (RSS) / heap used, whole bench process',
      `${(memory.rss / 2 ** 20).toFixed(0)} MiB / ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
      '',
      '',
    ],
    ['heap of one engine (built after a GC)', engineHeap, '', ''],
  ];
  console.log(
    `Engine bench on ${process.version}, ${kb.facts.length} facts; latency over ${LATENCY_ROUNDS} warm rounds of the ${dev.length} dev questions; the engine compiled (dist/, as npm run start:prod runs it).`,
  );
  printTable(header, rows);
  const targets = [
    `p99 ${ms(engineLatency.p99)} (target < 1 ms): ${engineLatency.p99 < 1 ? 'met' : 'NOT met'}`,
    `per turn p99 ${ms(turnLatency.p99)} (target < 1 ms): ${turnLatency.p99 < 1 ? 'met' : 'NOT met'}`,
    `start-up (load + validate + index, the row this target has always read) ${ms(median(startups))} (target < 300 ms): ${median(startups) < 300 ? 'met' : 'NOT met'}`,
  ];
  console.log(`\nTargets: ${targets.join('; ')}`);
  console.log(
    `(Not a target of this bench: a fresh process's engine from the cache ${ms(median(fresh.fromCache))}; the first answer of a fresh process, spawn to exit, is bench/process.ts's.)`,
  );
}

main();
