// `npm run bench` (operations part): autocomplete cost per keystroke, the cooldown's cost per call as users grow,
// and the process's RSS after 1k vs 200k distinct users have asked and autocompleted (each count in a fresh process).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServices } from '../src/bootstrap.js';
import { parseConfig } from '../src/config.js';
import { createAnswerEngine } from '../src/engine/index.js';
import { createAskCooldown } from '../src/interactions/cooldown.js';
import { dispatchInteraction } from '../src/interactions/dispatch.js';
import type { InteractionInput, InteractionResponder } from '../src/interactions/contract.js';
import { getCommandRegistry } from '../src/interactions/registry.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { DISCORD_LIMITS } from '../src/render/limits.js';
import { createLogger } from '../src/logger.js';

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
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, OPS_BENCH_RSS_USERS: String(users) },
      encoding: 'utf8',
    });
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

const childUsers = process.env.OPS_BENCH_RSS_USERS;
if (childUsers) {
  await rssChild(Number(childUsers));
} else {
  autocompleteBench();
  cooldownBench();
  rssBench();
}
