// CI: starts the compiled build once, as an operator would (`npm run start:prod`, plain node, no tsx): the console
// with a piped question, then the HTTP endpoint until /healthz, /readyz, /metrics and a signed PING answer, and
// checks that a SIGTERM sent to npm alone stops the bot itself (and runs the Dockerfile's HEALTHCHECK when given). Usage: smoke-build.ts [root] (default: this project).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../src/config.js';
import { generateTestKeys, pingInteraction, signatureHeaders } from '../tests/http/support/signed-requests.js';

const root = path.resolve(process.argv[2] ?? PROJECT_ROOT);
const dataDir = mkdtempSync(path.join(tmpdir(), 'smoke-build-'));

function fail(message: string): never {
  throw new Error(message);
}

/** The environment of an operator who set nothing but what the mode needs (no Discord settings of the caller). */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(DISCORD_|INTERACTIONS_MODE|SHARDS|HEALTH_|PORT$|HOST$)/.test(name),
    ),
  );
  return { ...base, DATA_DIR: dataDir, LOG_LEVEL: 'info', npm_config_update_notifier: 'false', ...extra };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') fail('no port');
  return address.port;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function collect(child: ChildProcess): { out: () => string } {
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return { out: () => out };
}

async function consoleMode(): Promise<void> {
  const child = spawn('npm', ['run', '--silent', 'start:prod', '--', '--console'], {
    cwd: root,
    env: env({}),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output = collect(child);
  child.stdin.end('/ask How much has Nvidia stock risen?\n');
  const code = await Promise.race([
    new Promise<number | null>((resolve) => child.once('exit', resolve)),
    sleep(30_000, 'timeout' as const),
  ]);
  if (code === 'timeout') {
    child.kill('SIGKILL');
    fail(`console mode did not exit within 30 s:\n${output.out()}`);
  }
  if (code !== 0 || !/¶\d+/.test(output.out()))
    fail(`console mode (exit ${code}) gave no cited answer:\n${output.out()}`);
  console.log(`console mode: answered with a cited paragraph, exit 0`);
}

async function httpMode(): Promise<void> {
  const keys = generateTestKeys();
  const [port, healthPort] = [await freePort(), await freePort()];
  const child = spawn('npm', ['run', '--silent', 'start:prod', '--', '--http'], {
    cwd: root,
    env: env({
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      PORT: String(port),
      HOST: '127.0.0.1',
      HEALTH_PORT: String(healthPort),
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const group = child.pid ?? fail('npm did not start');
  const output = collect(child);
  try {
    const health = `http://127.0.0.1:${healthPort}`;
    const deadline = Date.now() + 30_000;
    let ready = false;
    while (!ready && Date.now() < deadline && child.exitCode === null) {
      ready = await fetch(`${health}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (!ready) await sleep(200);
    }
    if (!ready) fail(`HTTP mode never became ready:\n${output.out()}`);
    if ((await fetch(`${health}/healthz`)).status !== 200) fail('/healthz is not 200');
    const metrics = await (await fetch(`${health}/metrics`)).text();
    if (!metrics.includes('bot_knowledge_info')) fail(`/metrics lacks bot_knowledge_info:\n${metrics.slice(0, 500)}`);
    const body = JSON.stringify(pingInteraction());
    const pong = await fetch(`http://127.0.0.1:${port}/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signatureHeaders(keys.privateKey, body) },
      body,
    });
    const pongText = await pong.text();
    if (pongText !== '{"type":1}') fail(`a signed PING got ${pong.status} ${pongText}`);
    console.log('HTTP mode: /healthz 200, /readyz 200, /metrics served, signed PING answered');
    // The Dockerfile's HEALTHCHECK command (scripts/docker-steps.ts passes it), run as Docker would inside the image.
    const [command, ...args] = JSON.parse(process.env.SMOKE_HEALTHCHECK ?? '[]') as string[];
    if (command) {
      const check = spawnSync(command, args, {
        cwd: root,
        env: env({ HEALTH_PORT: String(healthPort) }),
        timeout: 10_000,
      });
      if (check.status !== 0) fail(`the HEALTHCHECK command exited ${check.status ?? check.signal}`);
      console.log('HTTP mode: the Dockerfile HEALTHCHECK command exits 0');
    }

    process.kill(group, 'SIGTERM'); // npm only, as a supervisor or a container runtime signals the process it started
    const stopDeadline = Date.now() + 15_000;
    while (groupAlive(group) && Date.now() < stopDeadline) await sleep(100);
    if (groupAlive(group)) fail(`a SIGTERM to npm left the bot running:\n${output.out()}`);
    if (!output.out().includes('stopped')) fail(`the bot did not drain and stop:\n${output.out()}`);
    console.log('HTTP mode: SIGTERM to npm stopped the bot (drained, no process left)');
  } finally {
    if (groupAlive(group)) process.kill(-group, 'SIGKILL');
  }
}

try {
  if (!existsSync(path.join(root, 'dist', 'src', 'main.js')))
    fail(`${root}/dist/src/main.js is missing: run npm run build`);
  console.log(`starting the build in ${root} with ${process.execPath} (${process.version})`);
  await consoleMode();
  await httpMode();
} catch (error) {
  console.error(`smoke test of the build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
