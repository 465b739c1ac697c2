// `npm run bench` (store part, issue 11 and 12): what recording a question costs on SQLite and on PostgreSQL (the
// store call alone, and what it adds to a whole /ask at p99: target < 0.2 ms), /insights over 100,000 recorded
// questions (target < 200 ms), the shared /ask cooldown check, and signed /ask over HTTP with one replica against
// two on one PostgreSQL database. PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL when set, else a throw-away
// cluster from scripts/pg-cluster.sh; without one, the SQLite parts run alone.
// Parts: `tsx bench/store.ts [costs] [recording] [insights] [replicas]` (default: all).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createServices } from '../src/bootstrap.js';
import { getConfig } from '../src/config.js';
import { createAnswerEngine } from '../src/engine/index.js';
import { fillDays, insightsChart } from '../src/insights/chart.js';
import { buildInsightReport } from '../src/insights/report.js';
import type { InteractionInput, InteractionResponder, Services } from '../src/interactions/contract.js';
import { createAskCooldown } from '../src/interactions/cooldown.js';
import { dispatchInteraction } from '../src/interactions/dispatch.js';
import { recordQuestion } from '../src/interactions/recording.js';
import { getCommandRegistry } from '../src/interactions/registry.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger } from '../src/logger.js';
import { renderInsights } from '../src/render/insights.js';
import type { InsightStore, Outcome, QuestionRecord } from '../src/store/index.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { startFakeDiscordRest } from '../tests/http/support/fake-discord-rest.js';
import { startHttpModeProcess, type HttpModeProcess } from '../tests/http/support/http-mode-process.js';
import { quantile, runLoad, type LoadReport } from '../tests/http/support/load.js';
import {
  CHANNEL_ID,
  commandInteraction,
  createHttpClient,
  generateTestKeys,
  type HttpClient,
  type HttpResult,
} from '../tests/http/support/signed-requests.js';
import { loadUserId } from '../tests/http/support/workload.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RECORDS = 2000;
const CHECKS = 2000;
const HTTP_TOTAL = 2000;
const HTTP_WARM_UP = 200;
const CONCURRENCY = 50;
const SECRET = 'bench-secret-0123456789abcdef0123';
const logger = createLogger('silent');

function record(i: number): QuestionRecord {
  return {
    at: Date.now(),
    guildId: '111111111111111111',
    channelId: '222222222222222222',
    lang: 'en',
    question: `how much did openai lose ${i}`,
    outcome: i % 5 === 0 ? 'declined' : 'answered',
    factIds: i % 5 === 0 ? [] : ['openai-losses'],
    nearestFactId: null,
    confidence: 0.9,
    interactionId: `i-${i}`,
    messageId: `m-${i}`,
  };
}

interface Timing {
  readonly perOpUs: number;
  readonly p50Us: number;
  readonly p99Us: number;
}

async function timeSequential(count: number, run: (i: number) => unknown): Promise<Timing> {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const begin = performance.now();
    await run(i);
    samples.push((performance.now() - begin) * 1000);
  }
  return {
    perOpUs: ((performance.now() - started) * 1000) / count,
    p50Us: quantile(samples, 0.5),
    p99Us: quantile(samples, 0.99),
  };
}

async function throughput(count: number, concurrency: number, run: (i: number) => Promise<unknown>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await run((next += 1));
    }),
  );
  return (count / (performance.now() - started)) * 1000;
}

const us = (value: number) => `${value.toFixed(0).padStart(6)} µs`;

/** A cluster of our own when no server was given; undefined (with the reason printed) when none can be had. */
function startCluster(): { url: string; stop: () => void } | undefined {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: () => undefined };
  const script = path.join(root, 'scripts', 'pg-cluster.sh');
  const started = spawnSync('bash', [script, 'start'], { encoding: 'utf8' });
  const dir = /PG_CLUSTER_DIR=(\S+)/.exec(started.stdout)?.[1];
  const url = /TEST_DATABASE_URL=(\S+)/.exec(started.stdout)?.[1];
  if (started.status !== 0 || !dir || !url) {
    console.log(`PostgreSQL part skipped: scripts/pg-cluster.sh start failed: ${started.stderr.trim().slice(-300)}`);
    return undefined;
  }
  return { url, stop: () => void spawnSync('bash', [script, 'stop', dir], { stdio: 'ignore' }) };
}

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function storeCosts(stores: readonly { name: string; open: (part: string) => Promise<InsightStore> }[]) {
  console.log(`recording one question (${RECORDS} sequential, then ${RECORDS} at ${CONCURRENCY} concurrent):`);
  for (const { name, open } of stores) {
    const store = await open('costs');
    await timeSequential(100, (i) => store.recordQuestion(record(-i)));
    const sequential = await timeSequential(RECORDS, (i) => store.recordQuestion(record(i)));
    const perSecond = await throughput(RECORDS, CONCURRENCY, (i) => store.recordQuestion(record(RECORDS + i)));
    const report = await timeSequential(5, () => store.report({ since: 0 }));
    console.log(
      `  ${name.padEnd(11)} ${us(sequential.perOpUs)} per question (p50 ${us(sequential.p50Us)}, p99 ${us(sequential.p99Us)}); ` +
        `${perSecond.toFixed(0)} questions/s at ${CONCURRENCY} concurrent; report of ${2 * RECORDS + 100} questions ${(report.perOpUs / 1000).toFixed(1)} ms`,
    );
    if (!store.status().recording) throw new Error(`${name}: the store stopped recording during the bench`);
    await store.close();
  }
}

async function cooldownCosts(store: InsightStore) {
  const limit = { max: 5, windowMs: 30_000 };
  const local = createAskCooldown(limit);
  const shared = store.shared;
  if (!shared) throw new Error('the PostgreSQL store has no shared limits');
  const inProcess = await timeSequential(CHECKS, (i) => local.allow(`user-${i % 500}`));
  const inDatabase = await timeSequential(CHECKS, (i) => shared.takeAsk(`user-${i % 500}`, limit, Date.now()));
  const replay = await timeSequential(CHECKS, (i) => shared.claimReplay([`id:${i}`, `sig:${i}`], Date.now(), 600_000));
  console.log(`one /ask cooldown check (${CHECKS}, 500 members):`);
  console.log(`  in-process  ${us(inProcess.perOpUs)} (p99 ${us(inProcess.p99Us)})`);
  console.log(`  PostgreSQL  ${us(inDatabase.perOpUs)} (p99 ${us(inDatabase.p99Us)}), one INSERT ... ON CONFLICT`);
  console.log(`one replay claim on PostgreSQL: ${us(replay.perOpUs)} (p99 ${us(replay.p99Us)})`);
}

interface ReplicaRun {
  readonly name: string;
  readonly report: LoadReport;
  readonly recorded: number;
}

async function httpRun(
  name: string,
  replicas: number,
  env: (index: number) => Record<string, string>,
  countRecorded: () => Promise<number>,
): Promise<ReplicaRun> {
  const keys = generateTestKeys();
  const rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
  const servers: HttpModeProcess[] = [];
  const clients: HttpClient[] = [];
  try {
    for (let i = 0; i < replicas; i += 1) {
      servers.push(
        await startHttpModeProcess({
          DISCORD_PUBLIC_KEY: keys.publicKeyHex,
          DISCORD_API_URL: rest.apiUrl,
          DISCORD_TOKEN: 'bench.fake.token',
          // startHttpModeProcess reads the address from the 'listening' info line.
          LOG_LEVEL: 'info',
          STORE_SECRET: SECRET,
          ...env(i),
        }),
      );
    }
    for (const server of servers) clients.push(createHttpClient(server.baseUrl, CONCURRENCY));
    const kb = loadKnowledge(path.join(root, 'knowledge'));
    const questions = kb.facts.flatMap((fact) => fact.questions.en.slice(0, 1));
    let user = 0;
    const load = (total: number) =>
      runLoad<HttpResult>({
        total,
        concurrency: CONCURRENCY,
        deadlineMs: 120_000,
        // Round robin, as a load balancer would; a new member each time, so the cooldown never refuses.
        send: (index) =>
          (clients[index % clients.length] as HttpClient).postInteraction(
            keys.privateKey,
            commandInteraction(
              'ask',
              { question: questions[index % questions.length] ?? '' },
              {
                userId: loadUserId((user += 1)),
              },
            ),
          ),
        check: (_index, result) =>
          result.status !== 200
            ? `status ${result.status}`
            : result.text.includes('Slow down')
              ? 'refused by the cooldown'
              : undefined,
      });
    const before = await countRecorded();
    await load(HTTP_WARM_UP);
    const report = await load(HTTP_TOTAL);
    // Recording is off the reply's path: wait for the last ones to land.
    let recorded = 0;
    for (let i = 0; i < 100; i += 1) {
      recorded = (await countRecorded()) - before;
      if (recorded >= HTTP_TOTAL + HTTP_WARM_UP) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { name, report, recorded };
  } finally {
    for (const client of clients) client.close();
    for (const server of servers) await server.stop();
    await rest.close();
  }
}

function formatRun(run: ReplicaRun, baseline?: ReplicaRun): string {
  const { report } = run;
  const rps = (report.sent / report.elapsedMs) * 1000;
  const ratio = baseline ? ` (${(rps / ((baseline.report.sent / baseline.report.elapsedMs) * 1000)).toFixed(2)}×)` : '';
  return (
    `  ${run.name.padEnd(30)} ${rps.toFixed(0).padStart(5)} req/s${ratio.padEnd(9)} p50 ${quantile(report.latenciesMs, 0.5).toFixed(1).padStart(6)} ms, ` +
    `p99 ${quantile(report.latenciesMs, 0.99).toFixed(1).padStart(6)} ms; ${report.correct}/${report.total} answered, ` +
    `${run.recorded}/${HTTP_TOTAL + HTTP_WARM_UP} recorded`
  );
}

// --- What recording adds to /ask, and /insights over 100,000 questions (issue 11) ---------------------------------

const DAY = 24 * 60 * 60 * 1000;
const INSIGHT_RECORDS = 100_000;
const GUILD = '200000000000000001';
const ms = (value: number) => `${value.toFixed(3)} ms`;
const config = getConfig();
const kb = loadKnowledge(config.knowledgeDir);
const engine = createAnswerEngine(kb);

function askInput(id: number, question: string): InteractionInput {
  return {
    id: `bench-${id}`,
    kind: 'command',
    commandName: 'ask',
    options: { question },
    locale: 'en-US',
    userId: '100000000000000001',
    guildId: GUILD,
    channelId: '300000000000000001',
    memberPermissions: null,
    appPermissions: null,
  };
}

function insightsInput(id: number, days: number): InteractionInput {
  // Every permission bit: the member is a moderator.
  return { ...askInput(id, ''), commandName: 'insights', options: { days }, memberPermissions: (1n << 53n) - 1n };
}

function silentResponder(): InteractionResponder {
  let replied = false;
  return {
    get deferred() {
      return false;
    },
    get replied() {
      return replied;
    },
    reply: async () => {
      replied = true;
      return { id: 'm', channelId: 'c' };
    },
    defer: async () => undefined,
    editReply: async () => ({ id: 'm', channelId: 'c' }),
    followUp: async () => ({ id: 'm', channelId: 'c' }),
    autocomplete: async () => undefined,
  };
}

function benchServices(store?: InsightStore): Services {
  return createServices({
    config,
    discord: { pinMessage: async () => undefined },
    logger,
    kb,
    askCooldown: null,
    createEngine: () => engine,
    ...(store ? { store } : {}),
  });
}

// Questions as members ask them: every fact's paraphrases in both languages, and declines.
const askedQuestions = kb.facts
  .flatMap((fact) => [...fact.questions.en, ...fact.questions.vi])
  .concat(['How many employees does OpenAI have?', 'What is the weather in Hanoi?', 'Who won the 1998 world cup?']);

async function recordingCosts(name: string, store: InsightStore): Promise<void> {
  const services = benchServices(store);
  const replies = askedQuestions.map((q) => ({ q, reply: engine.ask(q) }));
  // 1. The recording call itself, as /ask makes it after replying: it queues; the batch is written on the next turn.
  const RUNS = 20_000;
  const costs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { q, reply } = replies[i % replies.length] as (typeof replies)[number];
    const started = performance.now();
    recordQuestion(services, askInput(i, q), q, reply, { id: `message-${i}`, channelId: 'c' });
    costs.push(performance.now() - started);
    // Yield now and then, as a bot between interactions does, so that batches are written as they would be.
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  await store.report({ since: Date.now() - DAY });
  console.log(
    `  ${name.padEnd(10)} recordQuestion as /ask calls it (${RUNS} calls): p50 ${ms(quantile(costs, 0.5))}, ` +
      `p99 ${ms(quantile(costs, 0.99))}, max ${ms(Math.max(...costs))}`,
  );

  // 2. The whole /ask through dispatch, with and without the store, interleaved so both see the same machine load.
  const registry = await getCommandRegistry();
  const without = benchServices();
  const withStore: number[] = [];
  const withoutStore: number[] = [];
  const ROUNDS = 3000;
  for (let i = 0; i < ROUNDS; i += 1) {
    const q = askedQuestions[i % askedQuestions.length] ?? '';
    for (const [target, times] of [
      [services, withStore],
      [without, withoutStore],
    ] as const) {
      const started = performance.now();
      await dispatchInteraction(askInput(RUNS + i, q), silentResponder(), target, registry);
      times.push(performance.now() - started);
    }
  }
  const p = (values: number[], q: number) => quantile(values, q);
  console.log(
    `  ${''.padEnd(10)} /ask through dispatch, ${ROUNDS} each, interleaved: with store p50 ${ms(p(withStore, 0.5))} ` +
      `p99 ${ms(p(withStore, 0.99))}; without p50 ${ms(p(withoutStore, 0.5))} p99 ${ms(p(withoutStore, 0.99))}; ` +
      `added p50 ${ms(p(withStore, 0.5) - p(withoutStore, 0.5))}, p99 ${ms(p(withStore, 0.99) - p(withoutStore, 0.99))}`,
  );
}

/** 100,000 questions over 90 days in one guild: 3 in 6 answered, 5,000 distinct unanswered texts, 1 in 7 voted. */
async function fillInsights(store: InsightStore, now: number): Promise<number> {
  const outcomes: Outcome[] = ['answered', 'answered', 'answered', 'declined', 'declined', 'clarified'];
  const started = performance.now();
  let pending: Promise<unknown>[] = [];
  for (let i = 0; i < INSIGHT_RECORDS; i += 1) {
    const fact = kb.facts[i % kb.facts.length];
    const outcome = outcomes[i % outcomes.length] ?? 'answered';
    if (!fact) throw new Error('no facts');
    pending.push(
      store.recordQuestion({
        at: now - (i % 90) * DAY - (i % 1000) * 1000,
        guildId: GUILD,
        channelId: '300000000000000001',
        lang: i % 3 === 0 ? 'vi' : 'en',
        question: outcome === 'answered' ? (fact.questions.en[0] ?? fact.id) : `unanswered question number ${i % 5000}`,
        outcome,
        factIds: outcome === 'answered' ? [fact.id] : [],
        nearestFactId: outcome === 'answered' ? null : fact.id,
        confidence: 0.5,
        interactionId: `fill-${i}`,
        messageId: `fill-message-${i}`,
        knowledge: { hash: 'benchbenchbe', loadedAt: now - 90 * DAY },
      }),
    );
    if (pending.length >= 1000) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let i = (next += 7) - 7; i < INSIGHT_RECORDS; i = (next += 7) - 7) {
        const fact = kb.facts[i % kb.facts.length];
        await store.recordVote({
          at: now,
          messageId: `fill-message-${i}`,
          interactionId: null,
          factId: fact?.id ?? '',
          userId: `voter-${i % 97}`,
          vote: i % 2 ? 'down' : 'up',
        });
      }
    }),
  );
  return performance.now() - started;
}

async function insightsCosts(name: string, store: InsightStore): Promise<void> {
  const now = Date.now();
  const fillMs = await fillInsights(store, now);
  console.log(`  ${name}: filled ${INSIGHT_RECORDS} questions (one guild, 90 days) in ${fillMs.toFixed(0)} ms`);
  const services = benchServices(store);
  const registry = await getCommandRegistry();
  const RUNS = 10;
  for (const days of [7, 90]) {
    const parts = {
      query: [] as number[],
      group: [] as number[],
      render: [] as number[],
      chart: [] as number[],
      chartAgain: [] as number[],
    };
    const whole: number[] = [];
    let count = 0;
    for (let run = 0; run < RUNS; run += 1) {
      // A member asked meanwhile (as on a live server), so that nothing the command keeps is reused unchanged.
      await store.recordQuestion({
        at: now,
        guildId: GUILD,
        channelId: 'c',
        lang: 'en',
        question: `asked between reports ${run}`,
        outcome: 'declined',
        factIds: [],
        nearestFactId: null,
        confidence: 0.1,
        interactionId: `between-${days}-${run}`,
        messageId: null,
      });
      const t0 = performance.now();
      const raw = await store.report({ guildId: GUILD, since: Math.floor(now / DAY) * DAY - (days - 1) * DAY });
      const t1 = performance.now();
      const report = buildInsightReport(raw, days, GUILD);
      const t2 = performance.now();
      renderInsights(kb, report, { lang: 'en', recording: true });
      const t3 = performance.now();
      await insightsChart(fillDays(report.perDay, days, now), days, 'en');
      const t4 = performance.now();
      // The same counts again (another moderator's view before anyone asked): the chart is not rendered twice.
      await insightsChart(fillDays(report.perDay, days, now), days, 'en');
      parts.chartAgain.push(performance.now() - t4);
      parts.query.push(t1 - t0);
      parts.group.push(t2 - t1);
      parts.render.push(t3 - t2);
      parts.chart.push(t4 - t3);
      count = raw.total;
      // And again before the whole command, so that it renders its chart anew rather than reuse the one above.
      await store.recordQuestion({
        at: now,
        guildId: GUILD,
        channelId: 'c',
        lang: 'en',
        question: `asked between reports ${run}`,
        outcome: 'declined',
        factIds: [],
        nearestFactId: null,
        confidence: 0.1,
        interactionId: `between-again-${days}-${run}`,
        messageId: null,
      });
      const started = performance.now();
      await dispatchInteraction(insightsInput(run, days), silentResponder(), services, registry);
      whole.push(performance.now() - started);
    }
    const median = (values: number[]) => quantile(values, 0.5);
    console.log(
      `  ${name} /insights ${String(days).padStart(2)} days (${count} questions in the window), ${RUNS} runs: ` +
        `through dispatch median ${ms(median(whole))}, max ${ms(Math.max(...whole))} (target < 200 ms); ` +
        `parts (median): store ${ms(median(parts.query))}, grouping ${ms(median(parts.group))}, ` +
        `message ${ms(median(parts.render))}, PNG chart ${ms(median(parts.chart))} ` +
        `(the same counts again: ${ms(median(parts.chartAgain))})`,
    );
  }
}

async function main(): Promise<void> {
  console.log(
    `Store: node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the start`,
  );
  const wanted = new Set(process.argv.slice(2));
  const want = (part: string) => wanted.size === 0 || wanted.has(part);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-store-'));
  const cluster = startCluster();
  try {
    // Each part gets a store of its own: a fresh SQLite file, a fresh PostgreSQL database.
    const stores: { name: string; open: (part: string) => Promise<InsightStore> }[] = [
      {
        name: 'SQLite',
        open: async (part) => openSqliteStore({ dataDir: path.join(dir, part), secret: SECRET, logger }),
      },
    ];
    if (cluster)
      stores.push({
        name: 'PostgreSQL',
        open: async (part) =>
          openPostgresStore({ url: await createDatabase(cluster.url, `bench_${part}`), secret: SECRET, logger }),
      });
    const each = async (part: string, run: (name: string, store: InsightStore) => Promise<void>) => {
      for (const { name, open } of stores) {
        const store = await open(part);
        await run(name, store);
        if (!store.status().recording) throw new Error(`${name}: the store stopped recording during the bench`);
        await store.close();
      }
    };
    if (want('costs')) await storeCosts(stores);
    if (want('recording')) {
      console.log('what recording adds to /ask (target: < 0.2 ms at p99):');
      await each('recording', recordingCosts);
    }
    if (want('insights')) {
      console.log(`/insights over ${INSIGHT_RECORDS} recorded questions (target: < 200 ms):`);
      await each('insights', insightsCosts);
    }
    if (!cluster || !want('replicas')) return;
    const cooldownStore = await openPostgresStore({
      url: await createDatabase(cluster.url, 'bench_cooldown'),
      secret: SECRET,
      logger,
    });
    await cooldownCosts(cooldownStore);
    await cooldownStore.close();

    console.log(
      `signed /ask over HTTP, ${HTTP_TOTAL} at ${CONCURRENCY} concurrent (after ${HTTP_WARM_UP} warm-up), each recorded; replicas are processes:`,
    );
    const sqliteDir = path.join(dir, 'http-sqlite');
    const sqliteStore = openSqliteStore({ dataDir: sqliteDir, secret: SECRET, logger });
    const sqliteRun = await httpRun(
      'one replica, SQLite',
      1,
      () => ({ DATA_DIR: sqliteDir }),
      async () => (await sqliteStore.report({ since: 0 })).total,
    );
    await sqliteStore.close();
    const pgUrl = await createDatabase(cluster.url, 'bench_replicas');
    const pgStore = await openPostgresStore({ url: pgUrl, secret: SECRET, logger });
    const count = async () => (await pgStore.report({ since: 0 })).total;
    const oneRun = await httpRun('one replica, PostgreSQL', 1, () => ({ DATABASE_URL: pgUrl }), count);
    const twoRun = await httpRun('two replicas, one PostgreSQL', 2, () => ({ DATABASE_URL: pgUrl }), count);
    await pgStore.close();
    console.log(formatRun(sqliteRun));
    console.log(formatRun(oneRun, sqliteRun));
    console.log(formatRun(twoRun, oneRun));
    console.log(
      `  (ratios: PostgreSQL against SQLite, two replicas against one; the load generator and the PostgreSQL server share these ${availableParallelism()} CPUs)`,
    );
    for (const run of [sqliteRun, oneRun, twoRun]) {
      for (const failure of run.report.failures.slice(0, 3)) console.log(`  ${run.name}: failure ${failure}`);
      if (run.report.correct !== HTTP_TOTAL || run.recorded !== HTTP_TOTAL + HTTP_WARM_UP) process.exitCode = 1;
    }
  } finally {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
