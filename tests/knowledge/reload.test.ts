// Knowledge without a restart: edits to a temporary copy of knowledge/ are picked up within 2 s when they validate,
// rejected (old answers continue, every problem logged) when they do not; a running request keeps its engine.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import { listCharts } from '../../src/charts/catalogue.js';
import { chartImage } from '../../src/charts/message.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Command } from '../../src/interactions/contract.js';
import { dispatchInteraction } from '../../src/interactions/dispatch.js';
import type { CommandRegistry } from '../../src/interactions/registry.js';
import { knowledgeHash, watchKnowledge, type KnowledgeWatch, type ReloadOutcome } from '../../src/knowledge/watch.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { commandInput, recordingResponder } from '../commands/support.js';
import { LogCapture, testConfig } from '../e2e/harness.js';

const FACT_FILE = path.join('facts', 'intro.json');
/** A wording nobody would index by accident: the engine cannot tie it to any fact before it is added. */
const PARAPHRASE = 'When did the zorblat chatbot of the quixxle lab first appear?';

interface FactFile {
  facts: { id: string; questions: { en: string[]; vi: string[] } }[];
}

let dir: string;
let logs: LogCapture;
let services: ReturnType<typeof createServices>;
let watching: KnowledgeWatch | undefined;
const outcomes: { outcome: ReloadOutcome; at: number }[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'knowledge-reload-'));
  cpSync(path.join(PROJECT_ROOT, 'knowledge'), dir, { recursive: true });
  logs = new LogCapture();
  services = createServices({
    config: testConfig({ KNOWLEDGE_DIR: dir }),
    discord: { pinMessage: async () => undefined },
    logger: logs.logger,
    askCooldown: null,
  });
  outcomes.length = 0;
});
afterEach(() => {
  watching?.close();
  watching = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function start(): void {
  watching = watchKnowledge(services, {
    dir,
    logger: logs.logger,
    onReload: (outcome) => outcomes.push({ outcome, at: Date.now() }),
  });
}

async function until(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function editFacts(change: (file: FactFile) => void): number {
  const file = path.join(dir, FACT_FILE);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as FactFile;
  change(parsed);
  writeFileSync(file, `${JSON.stringify(parsed, null, 2)}\n`);
  return Date.now();
}

describe('knowledge hot reload', () => {
  it('a reload replaces the chart catalogue with the knowledge: charts drawn before are not kept', async () => {
    const before = services.charts;
    expect(before.kb).toBe(services.kb);
    const chartId = listCharts(before)[0]?.id ?? '';
    chartImage(before, chartId, 'en');
    expect(before.images.size).toBe(1);
    await services.swapKnowledge(loadKnowledge(dir), 'reloaded');
    expect(services.charts).not.toBe(before);
    expect(services.charts.kb).toBe(services.kb);
    expect(services.charts.images.size).toBe(0);
  });

  it('the new engine is built in slices: timers (and requests) run while it is built', async () => {
    let turns = 0;
    const timer = setInterval(() => (turns += 1), 1);
    try {
      const { longestPauseMs } = await services.swapKnowledge(loadKnowledge(dir), 'sliced');
      expect(longestPauseMs).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
    // Built in one synchronous call (as before), no timer could fire until the swap had returned.
    expect(turns).toBeGreaterThan(0);
    expect(services.knowledge.hash).toBe('sliced');
  });

  it('a paraphrase added on disk is reloaded within 2 s of the write and answered, without a restart', async () => {
    const before = services.knowledge;
    expect(before.hash).toBe(knowledgeHash(dir));
    const factId = services.kb.facts[0]!.id;
    expect(services.engine.ask(PARAPHRASE, { lang: 'en' }).factId).not.toBe(factId);
    start();
    const wrote = editFacts((file) => {
      file.facts.find((fact) => fact.id === factId)!.questions.en.push(PARAPHRASE);
    });
    await until(() => outcomes.some((o) => o.outcome.status === 'swapped'));
    const swapped = outcomes.find((o) => o.outcome.status === 'swapped')!;
    // The reload begins within 2 s of the write (300 ms of quiet, then at once); loading takes what it takes.
    expect(swapped.outcome.startedAt - wrote).toBeLessThan(2000);
    expect(services.engine.ask(PARAPHRASE, { lang: 'en' }).factId).toBe(factId);
    expect(services.knowledge.hash).toBe(knowledgeHash(dir));
    expect(services.knowledge.hash).not.toBe(before.hash);
    expect(services.knowledge.loadedAt).toBeGreaterThanOrEqual(before.loadedAt);
    expect(logs.find((line) => line.msg === 'knowledge reloaded without a restart')).toMatchObject({
      hash: services.knowledge.hash,
    });
  });

  it('a broken file keeps the old knowledge answering and logs every problem with file, entry and field', async () => {
    const fact = services.kb.facts[0]!;
    const question = fact.questions.en[0]!;
    const engine = services.engine;
    const hash = services.knowledge.hash;
    start();
    // Two invalid entries (an empty answer, an empty question list): every problem is reported, not the first.
    editFacts((file) => {
      (file.facts[0] as unknown as { answer: { en: string } }).answer.en = '';
      file.facts[1]!.questions.en = [];
    });
    await until(() => outcomes.some((o) => o.outcome.status === 'rejected'));
    expect(services.engine).toBe(engine);
    expect(services.knowledge.hash).toBe(hash);
    expect(services.engine.ask(question, { lang: 'en' }).factId).toBe(fact.id);
    const rejected = outcomes.find((o) => o.outcome.status === 'rejected')!.outcome;
    const problems = rejected.status === 'rejected' ? rejected.problems : [];
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const problem of problems) expect(problem).toContain('intro.json');
    expect(problems.some((p) => p.includes(`entry "${fact.id}"`) && p.includes('field "answer.en"'))).toBe(true);
    const logged = logs.find(
      (line) => line.msg === 'knowledge reload failed: still answering with the previous knowledge',
    );
    expect(logged?.problems).toEqual(problems);

    // Invalid JSON is refused the same way; a fixed file is then picked up.
    writeFileSync(path.join(dir, FACT_FILE), '{ "facts": [ oops');
    await until(() => outcomes.filter((o) => o.outcome.status === 'rejected').length >= 2);
    expect(services.engine).toBe(engine);
    cpSync(path.join(PROJECT_ROOT, 'knowledge', FACT_FILE), path.join(dir, FACT_FILE));
    await until(() => outcomes.at(-1)?.outcome.status === 'unchanged');
    expect(services.engine).toBe(engine);
  });

  it('SIGHUP reloads at once', async () => {
    start();
    const factId = services.kb.facts[0]!.id;
    watching?.close();
    // Without a watcher on the files, only the signal can reload.
    watching = watchKnowledge(services, {
      dir,
      logger: logs.logger,
      debounceMs: 60_000,
      onReload: (outcome) => outcomes.push({ outcome, at: Date.now() }),
    });
    editFacts((file) => {
      file.facts.find((fact) => fact.id === factId)!.questions.en.push(PARAPHRASE);
    });
    process.emit('SIGHUP', 'SIGHUP');
    await until(() => outcomes.length > 0);
    expect(outcomes.at(-1)?.outcome.status).toBe('swapped');
    expect(services.engine.ask(PARAPHRASE, { lang: 'en' }).factId).toBe(factId);
  });

  it('a request that started before the swap finishes on the engine it started with', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const seen: { before?: unknown; after?: unknown } = {};
    const slow: Command = {
      data: { name: 'slow', description: 'test' },
      async execute({ services: pinned }) {
        seen.before = pinned.engine;
        await gate;
        seen.after = pinned.engine;
      },
    };
    const registry: CommandRegistry = { commands: [slow], get: (name) => (name === 'slow' ? slow : undefined) };
    const old = services.engine;
    const running = dispatchInteraction(commandInput('slow'), recordingResponder(), services, registry);
    editFacts((file) => file.facts[0]!.questions.en.push(PARAPHRASE));
    start();
    expect((await watching!.reload()).status).toBe('swapped');
    expect(services.engine).not.toBe(old);
    release();
    await running;
    expect(seen.before).toBe(old);
    expect(seen.after).toBe(old);
  });

  it('requests are answered by the old engine while the new knowledge is read and validated', async () => {
    const old = services.engine;
    const factId = services.kb.facts[0]!.id;
    const question = services.kb.facts[0]!.questions.en[0]!;
    editFacts((file) => file.facts[0]!.questions.en.push(PARAPHRASE));
    start();
    let finished = false;
    const reloading = watching!.reload().then((outcome) => {
      finished = true;
      return outcome;
    });
    // Requests arriving during the reload: each runs in its own turn of the event loop, as a request would. The
    // synchronous reload answered none of them before it had swapped; here the hashing, reading and validation run
    // in a worker thread, so turns keep coming and the old engine answers until the swap.
    const during: { engine: unknown; factId: string | null }[] = [];
    while (!finished) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!finished)
        during.push({ engine: services.engine, factId: services.engine.ask(question, { lang: 'en' }).factId });
    }
    expect((await reloading).status).toBe('swapped');
    expect(during.length).toBeGreaterThan(0);
    for (const request of during) expect(request).toEqual({ engine: old, factId });
    expect(services.engine).not.toBe(old);
    expect(services.engine.ask(PARAPHRASE, { lang: 'en' }).factId).toBe(factId);
  });

  it('reloads asked for while one runs become one reload after it, never two at once', async () => {
    const factId = services.kb.facts[0]!.id;
    start();
    editFacts((file) => file.facts[0]!.questions.en.push(PARAPHRASE));
    const first = watching!.reload();
    const second = watching!.reload();
    const third = watching!.reload();
    expect(third).toBe(second);
    expect((await first).status).toBe('swapped');
    expect((await second).status).toBe('unchanged');
    expect(services.engine.ask(PARAPHRASE, { lang: 'en' }).factId).toBe(factId);
    expect(services.knowledge.hash).toBe(knowledgeHash(dir));
  });
});
