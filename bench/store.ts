// `npm run bench` (store part): what recording a question costs on SQLite and on PostgreSQL, the shared /ask
// cooldown check, and signed /ask over HTTP with one replica against two replicas on one PostgreSQL database.
// PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL when set, else a throw-away cluster from scripts/pg-cluster.sh.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createAskCooldown } from '../src/interactions/cooldown.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger } from '../src/logger.js';
import type { InsightStore, QuestionRecord } from '../src/store/index.js';
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

async function storeCosts(stores: readonly { name: string; open: () => Promise<InsightStore> }[]) {
  console.log(`recording one question (${RECORDS} sequential, then ${RECORDS} at ${CONCURRENCY} concurrent):`);
  for (const { name, open } of stores) {
    const store = await open();
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

async function main(): Promise<void> {
  console.log(
    `Store: node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the start`,
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-store-'));
  const cluster = startCluster();
  try {
    const stores: { name: string; open: () => Promise<InsightStore> }[] = [
      {
        name: 'SQLite',
        open: async () => openSqliteStore({ dataDir: path.join(dir, 'sqlite'), secret: SECRET, logger }),
      },
    ];
    if (cluster)
      stores.push({
        name: 'PostgreSQL',
        open: async () =>
          openPostgresStore({ url: await createDatabase(cluster.url, 'bench_store'), secret: SECRET, logger }),
      });
    await storeCosts(stores);
    if (!cluster) return;
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
