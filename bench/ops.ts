// `npm run bench` (operations part): autocomplete cost per keystroke, the cooldown's cost per call as users grow,
// the process's RSS after 1k vs 200k distinct users have asked and autocompleted (each count in a fresh process),
// and the longest event-loop stall during a knowledge hot reload. `tsx bench/ops.ts reload` runs the last alone.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../src/bootstrap.js';
import { parseConfig, PROJECT_ROOT } from '../src/config.js';
import { createAnswerEngine } from '../src/engine/index.js';
import { createAskCooldown } from '../src/interactions/cooldown.js';
import { dispatchInteraction } from '../src/interactions/dispatch.js';
import type { InteractionInput, InteractionResponder } from '../src/interactions/contract.js';
import { getCommandRegistry } from '../src/interactions/registry.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { knowledgeHash, watchKnowledge, type ReloadOutcome } from '../src/knowledge/watch.js';
import { DISCORD_LIMITS } from '../src/render/limits.js';
import { createLogger } from '../src/logger.js';
import { startProdArgs, startProdEnv } from '../scripts/start-prod.js';

const ROUNDS = 5;
const USER_COUNTS = [1_000, 200_000] as const;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

function autocompleteBench(): void {
  const kb = loadKnowledge(parseConfig({}).knowledgeDir);
  const engine = createAnswerEngine(kb);
  // Every keystroke of every fact's first question in both languages, plus inputs at and past the 200-character cap.
  const typed = kb.facts.flatMap((fact) => [fact.questions.en[0] ?? '', fact.questions.vi[0] ?? '']);
  const long = [
    'how much money '.repeat(20),
    'x'.repeat(200),
    'nvidia openai tesla google microsoft meta '.repeat(6),
    'chi bao nhiêu '.repeat(20),
  ];
  const keystrokes = [...typed, ...long].flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
  for (const k of keystrokes) engine.suggestQuestions(k, { limit: DISCORD_LIMITS.choices });
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const k of keystrokes) {
      const t0 = process.hrtime.bigint();
      engine.suggestQuestions(k, { limit: DISCORD_LIMITS.choices });
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  samples.sort((a, b) => a - b);
  const ms = (p: number) => percentile(samples, p).toFixed(3);
  console.log(
    `autocomplete per keystroke (${keystrokes.length} keystrokes x ${ROUNDS}, in-process, warm): p50 ${ms(50)} ms, p99 ${ms(99)} ms, max ${ms(100)} ms`,
  );
}

function cooldownBench(): void {
  for (const users of USER_COUNTS) {
    const cooldown = createAskCooldown({ max: 5, windowMs: 60_000 });
    for (let i = 0; i < users; i += 1) cooldown.allow(`user-${i}`, 1_000);
    const calls = 100_000;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i += 1) cooldown.allow(`user-${users + i}`, 2_000);
    const us = Number(process.hrtime.bigint() - t0) / 1e3 / calls;
    console.log(
      `cooldown.allow with ${users} users in the window: ${us.toFixed(3)} µs per call (${cooldown.trackedUsers()} remembered)`,
    );
  }
}

/** Child: `users` distinct users each autocomplete once and ask once (cooldown + budget), then RSS after a GC. */
async function rssChild(users: number): Promise<void> {
  const services = createServices({
    config: parseConfig({ LOG_LEVEL: 'silent' }),
    discord: { pinMessage: async () => undefined },
    logger: createLogger('silent'),
  });
  const registry = await getCommandRegistry();
  const responder: InteractionResponder = {
    deferred: false,
    replied: false,
    reply: async () => ({ id: '1', channelId: '1' }),
    defer: async () => undefined,
    editReply: async () => ({ id: '1', channelId: '1' }),
    followUp: async () => ({ id: '1', channelId: '1' }),
    autocomplete: async () => undefined,
  };
  for (let i = 0; i < users; i += 1) {
    const userId = String(100_000_000_000_000_000n + BigInt(i));
    const input: InteractionInput = {
      id: String(i),
      kind: 'autocomplete',
      commandName: 'ask',
      options: { question: 'how much' },
      focused: { name: 'question', value: 'how much' },
      locale: 'en-US',
      userId,
      guildId: '1',
      channelId: '1',
      memberPermissions: 0n,
      appPermissions: 0n,
    };
    await dispatchInteraction(input, responder, services, registry);
    await services.allowAsk(userId);
  }
  (globalThis as { gc?: () => void }).gc?.();
  process.stdout.write(JSON.stringify({ rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed }));
}

function rssBench(): void {
  const results = USER_COUNTS.map((users) => {
    // start:prod's V8 flags and environment (the young generation's size and the heap's growth decide much of the RSS
    // after the churn, the allocator's arenas the rest).
    const flags = startProdArgs(PROJECT_ROOT).slice(0, -1);
    const child = spawnSync(
      process.execPath,
      [...flags, '--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)],
      {
        env: { ...process.env, ...startProdEnv(PROJECT_ROOT), OPS_BENCH_RSS_USERS: String(users) },
        encoding: 'utf8',
      },
    );
    const parsed = JSON.parse(child.stdout) as { rss: number; heap: number };
    return { users, ...parsed };
  });
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  for (const r of results)
    console.log(
      `after ${r.users} distinct users (autocomplete + /ask cooldown each): RSS ${mib(r.rss)} MiB, heap ${mib(r.heap)} MiB`,
    );
  const [small, large] = results;
  if (small && large) console.log(`RSS ratio 200k/1k: ${(large.rss / small.rss).toFixed(2)} (target <= 1.20)`);
}

const RELOADS = 5;

/** Runs `work` while a 1 ms interval measures the longest gap between its ticks (the longest event-loop stall). */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let worst = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  const result = await work();
  // A stall at the very end shows only when the next tick runs: wait for a few before reading.
  await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(probe);
  return { result, stallMs: worst };
}

/**
 * Five reloads of a changed copy of knowledge/ each way: as the watcher did before (hash, load, validate and build
 * the engine in one timer callback) and through watchKnowledge (hash, read and validation in a worker thread,
 * only the engine built on this thread, a few milliseconds at a time).
 */
async function reloadBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-reload-'));
  cpSync(parseConfig({}).knowledgeDir, dir, { recursive: true });
  const factsFile = path.join(dir, 'facts', 'intro.json');
  let edits = 0;
  const edit = () => {
    const file = JSON.parse(readFileSync(factsFile, 'utf8')) as { facts: { questions: { en: string[] } }[] };
    edits += 1;
    file.facts[0]?.questions.en.push(`When did the zorblat chatbot number ${edits} first appear?`);
    writeFileSync(factsFile, `${JSON.stringify(file, null, 2)}\n`);
  };
  const services = createServices({
    config: parseConfig({ KNOWLEDGE_DIR: dir, LOG_LEVEL: 'silent' }),
    discord: { pinMessage: async () => undefined },
    logger: createLogger('silent'),
  });
  const spread = (values: readonly number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${percentile(sorted, 50).toFixed(0)} ms, max ${percentile(sorted, 100).toFixed(0)} ms`;
  };
  try {
    console.log(
      `knowledge hot reload, ${RELOADS} changed-file reloads each way (load average ${loadavg()[0]?.toFixed(1)}):`,
    );
    const inline: number[] = [];
    for (let i = 0; i < RELOADS; i += 1) {
      edit();
      const { stallMs } = await longestStall(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              knowledgeHash(dir);
              createAnswerEngine(loadKnowledge(dir));
              resolve();
            }, 0),
          ),
      );
      inline.push(stallMs);
    }
    console.log(`  in one timer callback (before): longest stall per reload: ${spread(inline)}`);
    const watching = watchKnowledge(services, {
      dir,
      logger: createLogger('silent'),
      sighup: false,
      debounceMs: 60_000,
    });
    const worker: number[] = [];
    const outcomes: ReloadOutcome[] = [];
    for (let i = 0; i < RELOADS; i += 1) {
      edit();
      const { result, stallMs } = await longestStall(() => watching.reload());
      if (result.status !== 'swapped') throw new Error(`reload ${i + 1}: ${result.status}`);
      worker.push(stallMs);
      outcomes.push(result);
    }
    watching.close();
    const blocked = outcomes.map((o) => o.blockedMs);
    const total = outcomes.map((o) => o.ms);
    console.log(
      `  worker thread + engine built here in slices (after): longest stall per reload: ${spread(worker)}; ` +
        `longest pause the reload reports (one slice or the freeze) ${spread(blocked)}; ` +
        `whole reload ${spread(total)} (the first starts the thread)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childUsers = process.env.OPS_BENCH_RSS_USERS;
if (childUsers) {
  await rssChild(Number(childUsers));
} else if (process.argv.includes('reload')) {
  await reloadBench();
} else if (process.argv.includes('rss')) {
  rssBench();
} else {
  autocompleteBench();
  cooldownBench();
  rssBench();
  await reloadBench();
}
