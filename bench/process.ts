// `npm run bench` (process part): what a whole process costs, against the bare minimum doing the same job —
// signed /ask req/s and RSS after 10k requests vs a node:http server that only verifies the signature; the gateway
// bot's idle RSS vs a bare discord.js client; a fresh process's first answer (ask CLI), cold. Runs the compiled build
// (`npm run build` first) where it exists, and says which it ran.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../src/config.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { startProdArgs, startProdEnv } from '../scripts/start-prod.js';
import { FAKE_TOKEN, FakeDiscord } from '../tests/e2e/fake-discord.js';
import { runLoad } from '../tests/http/support/load.js';
import {
  commandInteraction,
  createHttpClient,
  generateTestKeys,
  type HttpResult,
} from '../tests/http/support/signed-requests.js';
import { loadUserId } from '../tests/http/support/workload.js';

const REQUESTS = 10_000;
const WARM_UP = 500;
const CONCURRENCY = 50;
const COLD_RUNS = 7;
const built = existsSync(path.join(PROJECT_ROOT, 'dist', 'src', 'main.js'));
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-process-'));

/**
 * The bot as operators run it: the build with plain node and start:prod's V8 flags (package.json, the same in the
 * Dockerfile and compose.yaml) when present, else the sources through tsx with those flags; botEnv is start:prod's
 * environment (the allocator's settings), given to the bot alone, never to the bare baselines.
 */
function botCommand(): string[] {
  const args = startProdArgs(PROJECT_ROOT);
  const flags = args.slice(0, -1);
  return built
    ? [...flags, path.join(PROJECT_ROOT, 'dist', 'src', 'main.js')]
    : [...flags, '--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'main.ts')];
}

const botEnv = startProdEnv(PROJECT_ROOT);

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024;
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(DISCORD_|INTERACTIONS_MODE|SHARDS|HEALTH_|NODE_OPTIONS)/.test(name),
    ),
  );
  return { ...base, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: dataDir, ...extra };
}

interface Started {
  readonly child: ChildProcess;
  output(): string;
}

async function start(args: string[], extra: Record<string, string>, until: RegExp): Promise<Started> {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: env(extra),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const deadline = Date.now() + 60_000;
  while (!until.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${args.join(' ')} did not start:\n${output}`);
    }
    await sleep(50);
  }
  return { child, output: () => output };
}

async function stop(started: Started): Promise<void> {
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (started.child.exitCode === null) started.child.kill('SIGKILL');
}

function portOf(output: string): number {
  for (const line of output.split('\n')) {
    try {
      const entry = JSON.parse(line) as { port?: number; msg?: string };
      if (entry.port && entry.msg?.includes('listening')) return entry.port;
    } catch {
      // not a log line
    }
  }
  throw new Error(`no port in:\n${output}`);
}

/** Signed /ask (a distinct user each), WARM_UP then REQUESTS at CONCURRENCY; req/s and RSS after. */
async function signedAskRun(name: string, args: string[], extra: Record<string, string>, publicKeyHex: string) {
  const server = await start(args, { ...extra, DISCORD_PUBLIC_KEY: publicKeyHex, LOG_LEVEL: 'info' }, /listening/);
  const client = createHttpClient(`http://127.0.0.1:${portOf(server.output())}`, CONCURRENCY);
  try {
    const questions = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')).facts.map((f) => f.questions.en[0] ?? '');
    let user = 0;
    const keys = signedAskRun.keys;
    const run = (total: number) =>
      runLoad<HttpResult>({
        total,
        concurrency: CONCURRENCY,
        deadlineMs: 300_000,
        send: (index) =>
          client.postInteraction(
            keys.privateKey,
            commandInteraction(
              'ask',
              { question: questions[index % questions.length] ?? '' },
              { userId: loadUserId((user += 1)) },
            ),
          ),
        check: (_index, result) =>
          result.status === 200 && result.text.includes('"type":4') ? undefined : `status ${result.status}`,
      });
    await sleep(2_000);
    const idle = rssMiB(server.child.pid ?? 0);
    await run(WARM_UP);
    const report = await run(REQUESTS);
    const rss = rssMiB(server.child.pid ?? 0);
    const rps = (report.sent / report.elapsedMs) * 1000;
    console.log(
      `${name.padEnd(44)} ${rps.toFixed(0).padStart(6)} req/s, ${report.correct}/${REQUESTS} correct, RSS idle ${idle.toFixed(0)} MiB, after ${REQUESTS + WARM_UP} requests ${rss.toFixed(0)} MiB`,
    );
    return { rps, rss };
  } finally {
    client.close();
    await stop(server);
  }
}
signedAskRun.keys = generateTestKeys();

async function httpComparison(): Promise<void> {
  const { publicKeyHex } = signedAskRun.keys;
  const bot = await signedAskRun(
    `bot (${built ? 'dist, node' : 'tsx'}, --http)`,
    [...botCommand(), '--http'],
    { ...botEnv, HOST: '127.0.0.1', PORT: '0', INTERACTIONS_MODE: 'http' },
    publicKeyHex,
  );
  const bare = await signedAskRun(
    'bare node:http, verifies, constant reply',
    [path.join(PROJECT_ROOT, 'bench', 'support', 'bare-verify-server.mjs')],
    {},
    publicKeyHex,
  );
  console.log(
    `signed /ask: bot/bare throughput ${(bot.rps / bare.rps).toFixed(2)}x; RSS after 10k bot/bare ${(bot.rss / bare.rss).toFixed(2)}x (target <= 2)`,
  );
}

async function idleGateway(): Promise<void> {
  const fake = await FakeDiscord.start();
  try {
    const common = { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl };
    const measure = async (args: string[], extra: Record<string, string>, until: RegExp) => {
      const started = await start(args, { ...common, ...extra }, until);
      await sleep(5_000); // idle: start-up garbage collected, heartbeats running
      const rss = rssMiB(started.child.pid ?? 0);
      await stop(started);
      return rss;
    };
    const bot = await measure(
      [...botCommand(), '--gateway'],
      { ...botEnv, LOG_LEVEL: 'info' },
      /ready for interactions/,
    );
    const bare = await measure([path.join(PROJECT_ROOT, 'bench', 'support', 'bare-client.mjs')], {}, /^ready$/m);
    console.log(
      `gateway idle RSS (fake gateway, 5 s after READY): bot ${bot.toFixed(0)} MiB, bare discord.js client ${bare.toFixed(0)} MiB, ${(bot / bare).toFixed(2)}x (target <= 1.3)`,
    );
  } finally {
    await fake.close();
  }
}

/**
 * Median and min of COLD_RUNS fresh processes, spawn to exit; each must print an answer's source (¶N). The engine
 * cache (src/engine-cache.ts) lives in this run's DATA_DIR: one untimed run first writes it, as `npm run build` does.
 */
function timeFresh(name: string, command: string, args: string[], extra: Record<string, string> = {}): void {
  spawnSync(command, args, { cwd: PROJECT_ROOT, env: env(extra), encoding: 'utf8' });
  const times: number[] = [];
  for (let i = 0; i < COLD_RUNS; i += 1) {
    const t0 = performance.now();
    const result = spawnSync(command, args, { cwd: PROJECT_ROOT, env: env(extra), encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (result.status !== 0 || !/¶\d+/.test(result.stdout))
      throw new Error(`${name} did not answer:\n${result.stdout}${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `fresh process, first answer (${name}): median ${times[Math.floor(COLD_RUNS / 2)]?.toFixed(0)} ms, min ${times[0]?.toFixed(0)} ms of ${COLD_RUNS} (target <= 300 ms, spawn to exit)`,
  );
}

function coldFirstAnswer(): void {
  const question = 'How much has Nvidia stock risen?';
  // What any node process pays before the bot's first line runs, on this machine, now.
  timeFresh('node -e 0 (baseline: node start-up only)', process.execPath, ['-e', 'console.log("¶0")']);
  const cli = built
    ? { name: 'node dist/src/cli/ask.js', args: [path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ask.js'), question] }
    : {
        name: 'node --import tsx src/cli/ask.ts',
        args: ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli', 'ask.ts'), question],
      };
  timeFresh(`${cli.name}, engine cache written by an earlier run`, process.execPath, cli.args);
  timeFresh(`${cli.name}, ENGINE_CACHE=off: knowledge validated, engine built`, process.execPath, cli.args, {
    ENGINE_CACHE: 'off',
  });
  if (built)
    timeFresh('node --import tsx src/cli/ask.ts, engine cache', process.execPath, [
      '--import',
      'tsx',
      path.join(PROJECT_ROOT, 'src', 'cli', 'ask.ts'),
      question,
    ]);
  timeFresh('npm run --silent ask, engine cache', 'npm', ['run', '--silent', 'ask', '--', question]);
}

/** `npx tsx bench/process.ts [cold|http|gateway]…`: the parts named (default: all). */
const parts = new Set(process.argv.slice(2));
const runs = (part: string) => parts.size === 0 || parts.has(part);

try {
  console.log(
    `(${built ? 'the compiled build in dist/' : 'no dist/: the sources through tsx; run npm run build for the production figures'}; node ${process.version}; the bot with ${[...Object.entries(botEnv).map(([name, value]) => `${name}=${value}`), ...startProdArgs(PROJECT_ROOT).slice(0, -1)].join(' ') || 'no V8 flags'}, as start:prod)`,
  );
  if (runs('cold')) coldFirstAnswer();
  if (runs('http')) await httpComparison();
  if (runs('gateway')) await idleGateway();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
