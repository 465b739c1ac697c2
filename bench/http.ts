// `npm run bench` (HTTP part): requests/s and latency of POST /interactions under bounded loopback load, server in its own process.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServices } from '../src/bootstrap.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import type { InitialResponse } from '../src/http/responder.js';
import { startFakeDiscordRest } from '../tests/http/support/fake-discord-rest.js';
import { expectedFirstResponse } from '../tests/http/support/golden.js';
import { startHttpModeProcess } from '../tests/http/support/http-mode-process.js';
import { quantile, runLoad, type LoadReport } from '../tests/http/support/load.js';
import {
  CHANNEL_ID,
  createHttpClient,
  generateTestKeys,
  pingInteraction,
  type HttpResult,
} from '../tests/http/support/signed-requests.js';
import { loadUserId, mixedWorkload, type WorkloadTemplate } from '../tests/http/support/workload.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOTAL = 2000;
const CONCURRENCY = 50;
const WARM_UP = 300;
/** One request at a time shows the service time itself; at 50 concurrent the latency is mostly queueing. */
const SEQUENTIAL = 500;
const DEADLINE_MS = 120_000;

function format(name: string, report: LoadReport): string {
  const ms = (q: number) => quantile(report.latenciesMs, q).toFixed(1).padStart(7);
  const rps = ((report.sent / report.elapsedMs) * 1000).toFixed(0).padStart(6);
  return `${name.padEnd(34)} ${String(report.sent).padStart(5)} ${String(report.correct).padStart(7)} ${rps} ${ms(0.5)} ${ms(0.95)} ${ms(0.99)} ${ms(1)}`;
}

interface LoopReading {
  readonly maxMs: number;
  readonly p99Ms: number;
  readonly meanMs: number;
}

/** Asks the server for its event-loop delay since the reset, and reads the line it writes to stderr. */
async function readLoopMonitor(server: { child: { kill(signal: NodeJS.Signals): boolean }; stderr(): string }) {
  const before = server.stderr().length;
  server.child.kill('SIGUSR2');
  for (let i = 0; i < 100; i += 1) {
    await sleep(20);
    const line = server
      .stderr()
      .slice(before)
      .split('\n')
      .find((l) => l.startsWith('{"loopMonitor"'));
    if (line) return (JSON.parse(line) as { loopMonitor: LoopReading }).loopMonitor;
  }
  return undefined;
}

/** Paging buttons carry the clicker's id and the time (src/interactions/paging.ts): compare without them. */
const unpaged = (text: string) => text.replace(/"pg:[^"]*"/g, '"pg"');

async function main(): Promise<void> {
  const keys = generateTestKeys();
  const rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
  const server = await startHttpModeProcess({
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_API_URL: rest.apiUrl,
    DISCORD_TOKEN: 'bench.fake.token',
    LOG_LEVEL: 'info',
    // The server's own event-loop delay under load (monitorEventLoopDelay), read back through SIGUSR2.
    NODE_OPTIONS: `--import ${path.join(root, 'bench', 'support', 'loop-monitor.mjs')}`,
  });
  const client = createHttpClient(server.baseUrl, CONCURRENCY);
  const killer = setTimeout(() => {
    console.error(`bench exceeded ${DEADLINE_MS * 2} ms; stopping`);
    server.child.kill('SIGKILL');
    process.exit(1);
  }, DEADLINE_MS * 2).unref();

  try {
    // Expected answers come from the same dispatch, run here in-process, so every timed reply is also checked.
    const services = createServices({
      config: parseConfig({ LOG_LEVEL: 'silent' }),
      discord: { pinMessage: async () => undefined },
      logger: createLogger('silent'),
    });
    const workload = mixedWorkload(services.kb);
    const expected = new Map<WorkloadTemplate, string>();
    for (const template of new Set(workload)) {
      const response: InitialResponse = await expectedFirstResponse(
        template.build(loadUserId(10_000_000 + expected.size)),
        services,
      );
      expected.set(template, unpaged(JSON.stringify(response)));
    }
    const templateOf = (index: number) => workload[index % workload.length] as WorkloadTemplate;
    const checkMixed = (index: number, result: HttpResult) =>
      result.status !== 200
        ? `status ${result.status}`
        : unpaged(result.text) === expected.get(templateOf(index))
          ? undefined
          : `wrong answer for ${templateOf(index).name}`;
    let user = 0;
    const mixed = (total: number, concurrency = CONCURRENCY) =>
      runLoad<HttpResult>({
        total,
        concurrency,
        deadlineMs: DEADLINE_MS,
        send: (index) => client.postInteraction(keys.privateKey, templateOf(index).build(loadUserId((user += 1)))),
        check: checkMixed,
      });
    const pings = (total: number) =>
      runLoad<HttpResult>({
        total,
        concurrency: CONCURRENCY,
        deadlineMs: DEADLINE_MS,
        send: () => client.postInteraction(keys.privateKey, pingInteraction()),
        check: (_index, result) => (result.text === '{"type":1}' ? undefined : `status ${result.status}`),
      });

    await mixed(WARM_UP);
    const pingReport = await pings(TOTAL);
    server.child.kill('SIGUSR2');
    await sleep(50);
    const mixedReport = await mixed(TOTAL);
    const stall = await readLoopMonitor(server);
    const sequentialReport = await mixed(SEQUENTIAL, 1);
    const sequentialStall = await readLoopMonitor(server);

    console.log(`HTTP interactions endpoint: signed requests over loopback to one server process (npm run start:http)`);
    console.log(
      `(node ${process.version}, ${availableParallelism()} CPUs; the load generator signs every request and shares the machine)`,
    );
    console.log(
      `${'workload'.padEnd(34)} ${'sent'.padStart(5)} ${'correct'.padStart(7)} ${'req/s'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)}`,
    );
    console.log(format(`PING, ${CONCURRENCY} concurrent`, pingReport));
    console.log(format(`mixed, ${CONCURRENCY} concurrent`, mixedReport));
    console.log(format('mixed, 1 at a time', sequentialReport));
    console.log(
      'PING = signature check + HTTP only; mixed = 70% /ask, 20% autocomplete, 10% source buttons, each reply checked.',
    );
    console.log(
      stall
        ? `server event loop during the ${CONCURRENCY}-concurrent mixed run: longest stall ${stall.maxMs} ms, p99 delay ${stall.p99Ms} ms, mean ${stall.meanMs} ms (monitorEventLoopDelay, 1 ms resolution)`
        : 'server event loop: no reading (loop monitor not loaded)',
    );
    if (sequentialStall)
      console.log(
        `server event loop during the one-at-a-time run: longest stall ${sequentialStall.maxMs} ms (the longest single piece of synchronous work; at 50 concurrent one loop turn serves many requests)`,
      );
    for (const failure of [...pingReport.failures, ...mixedReport.failures, ...sequentialReport.failures].slice(0, 5))
      console.log(`  failure ${failure}`);
    const ok = pingReport.correct === TOTAL && mixedReport.correct === TOTAL && sequentialReport.correct === SEQUENTIAL;
    if (!ok) process.exitCode = 1;
  } finally {
    client.close();
    const code = await server.stop();
    if (code !== 0) {
      console.error(`the HTTP mode process exited with ${code}`);
      process.exitCode = 1;
    }
    await rest.close();
    clearTimeout(killer);
  }
}

await main();
