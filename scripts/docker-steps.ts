// CI without Docker: keeps the Dockerfile honest by doing what it says, stage by stage, in a temporary directory —
// WORKDIR, ENV, COPY (from the build context minus .dockerignore, or --from an earlier stage) and every RUN command
// as written — then starts the final stage with scripts/smoke-build.ts. What it cannot do: the base image is this
// machine (its node and npm, not node:20-slim's; the major version is checked), USER is not switched, and a RUN
// step's absolute paths are not rewritten (so RUN steps use paths relative to WORKDIR). better-sqlite3's binding comes
// to the image's `npm ci` as a prebuild, as on node:20-slim (see offerLocalPrebuild).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { startProdArgs, startProdEnv } from './start-prod.js';

interface Stage {
  readonly name: string;
  readonly root: string;
  workdir: string;
  readonly env: Record<string, string>;
  cmd?: string;
  healthcheck?: string[];
}

function fail(message: string): never {
  throw new Error(message);
}

/** Instructions with their continuation lines joined, comments and blank lines dropped. */
function parseDockerfile(text: string): { instruction: string; args: string }[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [instruction = '', ...rest] = line.split(/\s+/);
      return { instruction: instruction.toUpperCase(), args: rest.join(' ') };
    });
}

/** .dockerignore patterns as regular expressions over context-relative paths (a match also excludes what is below). */
function ignoreMatchers(context: string): RegExp[] {
  const file = path.join(context, '.dockerignore');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((pattern) => {
      if (pattern.startsWith('!')) fail(`.dockerignore exceptions (${pattern}) are not emulated`);
      const body = pattern
        .replace(/^\/+|\/+$/g, '')
        .split('')
        .map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('')
        .replaceAll('[^/]*[^/]*', '.*');
      return new RegExp(`^${body}(/|$)`);
    });
}

function copyContext(context: string, source: string, destination: string, ignored: readonly RegExp[]): void {
  const walk = (relative: string, target: string): void => {
    if (relative !== '' && ignored.some((matcher) => matcher.test(relative))) return;
    const absolute = path.join(context, relative);
    if (statSync(absolute).isDirectory()) {
      mkdirSync(target, { recursive: true });
      for (const entry of readdirSync(absolute)) walk(path.join(relative, entry), path.join(target, entry));
    } else {
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(absolute, target);
    }
  };
  const relative = path.normalize(source).replace(/^(\.\/?)+/, '');
  if (relative.startsWith('..')) fail(`COPY ${source}: outside the build context`);
  if (!existsSync(path.join(context, relative))) fail(`COPY ${source}: not in the build context`);
  walk(relative === '.' ? '' : relative, destination);
}

/**
 * On node:20-slim the image's `npm ci` gets better-sqlite3's binding as a prebuild downloaded from GitHub (the slim
 * image has no compiler). GitHub is not reachable from CI, so the binding that this checkout's own `npm ci` compiled
 * from source is offered as that prebuild, through prebuild-install's local-prebuilds directory. The RUN step still
 * runs as written (npm ci, better-sqlite3's install script, prebuild-install); it compiles from source again only when
 * the local binding is not for this package version, node ABI, platform and architecture. The final stage's smoke test
 * then opens the SQLite store with it. Returns the environment for RUN steps (empty when there is no local binding).
 */
function offerLocalPrebuild(scratch: string): Record<string, string> {
  const packageDir = path.join(PROJECT_ROOT, 'node_modules', 'better-sqlite3');
  const binding = path.join('build', 'Release', 'better_sqlite3.node');
  if (!existsSync(path.join(packageDir, binding))) return {};
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const prebuilds = path.join(scratch, 'prebuilds');
  mkdirSync(prebuilds);
  // prebuild-install's asset name: {name}-v{version}-{runtime}-v{abi}-{platform}{libc}-{arch}.tar.gz (glibc: no libc).
  const file = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  const packed = spawnSync('tar', ['-czf', path.join(prebuilds, file), '-C', packageDir, binding], {
    stdio: 'inherit',
  });
  if (packed.status !== 0) fail(`tar ${file}: exit ${packed.status ?? packed.signal}`);
  console.log(`better-sqlite3 ${version}: this checkout's compiled binding offered as the prebuild ${file}`);
  return { npm_config_better_sqlite3_local_prebuilds: prebuilds };
}

function runStages(dockerfile: string, context: string, scratch: string): Stage {
  const prebuildEnv = offerLocalPrebuild(scratch);
  const ignored = ignoreMatchers(context);
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  const inStage = (p: string, current: Stage) =>
    path.join(current.root, path.isAbsolute(p) ? p : path.join(current.workdir, p));
  for (const { instruction, args } of parseDockerfile(readFileSync(dockerfile, 'utf8'))) {
    if (instruction === 'FROM') {
      const [image = '', as, name] = args.split(/\s+/);
      const name_ = as?.toUpperCase() === 'AS' && name ? name : String(stages.length);
      stage = { name: name_, root: path.join(scratch, `stage-${stages.length}`), workdir: '/', env: {} };
      mkdirSync(stage.root, { recursive: true });
      stages.push(stage);
      const wanted = /^node:(\d+)/.exec(image)?.[1];
      const have = process.versions.node.split('.')[0];
      if (wanted && wanted !== have) fail(`FROM ${image}: this machine runs node ${process.version}`);
      console.log(`FROM ${image} as ${name_}: using this machine's node ${process.version}`);
      continue;
    }
    if (!stage) fail(`${instruction} before FROM`);
    const current = stage;
    switch (instruction) {
      case 'WORKDIR':
        current.workdir = path.posix.resolve(current.workdir, args);
        mkdirSync(inStage('.', current), { recursive: true });
        break;
      case 'ENV':
        for (const match of args.matchAll(/(\w+)=("[^"]*"|\S+)/g))
          current.env[match[1] ?? ''] = (match[2] ?? '').replace(/^"|"$/g, '');
        break;
      case 'COPY': {
        const words = args.split(/\s+/);
        const flags = words.filter((word) => word.startsWith('--'));
        const paths = words.filter((word) => !word.startsWith('--'));
        const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
        const destinationArg = paths.pop() ?? fail(`COPY ${args}: no destination`);
        const destination = inStage(destinationArg, current);
        const intoDirectory = paths.length > 1 || destinationArg.endsWith('/') || destinationArg === '.';
        for (const source of paths) {
          const target = intoDirectory && source !== '.' ? path.join(destination, path.basename(source)) : destination;
          if (from === undefined) {
            copyContext(context, source, target, ignored);
          } else {
            const origin = stages.find((s) => s.name === from) ?? fail(`COPY --from=${from}: no such stage`);
            const absolute = path.join(origin.root, path.posix.resolve(origin.workdir, source));
            if (!existsSync(absolute)) fail(`COPY --from=${from} ${source}: the stage did not produce it`);
            mkdirSync(path.dirname(target), { recursive: true });
            cpSync(absolute, target, { recursive: true, verbatimSymlinks: true });
          }
        }
        console.log(`COPY ${args}`);
        break;
      }
      case 'RUN': {
        console.log(`RUN ${args}`);
        const result = spawnSync('sh', ['-c', args], {
          cwd: inStage('.', current),
          env: { ...process.env, ...prebuildEnv, ...current.env },
          stdio: 'inherit',
        });
        if (result.status !== 0) fail(`RUN ${args}: exit ${result.status ?? result.signal}`);
        break;
      }
      case 'CMD':
        current.cmd = args;
        break;
      case 'HEALTHCHECK': {
        // The exec form after CMD is run by the smoke test against the running endpoint.
        const exec = /\bCMD\s+(\[.*\])\s*$/.exec(args)?.[1] ?? fail(`HEALTHCHECK ${args}: only the exec form is run`);
        current.healthcheck = JSON.parse(exec) as string[];
        console.log(`HEALTHCHECK: run by the smoke test while the endpoint is up`);
        break;
      }
      case 'USER':
      case 'EXPOSE':
      case 'ENTRYPOINT':
      case 'LABEL':
      case 'ARG':
        console.log(`${instruction} ${args}: not emulated`);
        break;
      default:
        fail(`${instruction}: not an instruction this emulation knows`);
    }
  }
  return stages.at(-1) ?? fail('no FROM in the Dockerfile');
}

const scratch = mkdtempSync(path.join(tmpdir(), 'docker-steps-'));
try {
  const final = runStages(path.join(PROJECT_ROOT, 'Dockerfile'), PROJECT_ROOT, scratch);
  const app = path.join(final.root, final.workdir);
  const binding = path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(path.join(PROJECT_ROOT, binding)) && existsSync(path.join(app, binding)))
    console.log(
      readFileSync(path.join(app, binding)).equals(readFileSync(path.join(PROJECT_ROOT, binding)))
        ? 'better-sqlite3: the image installed the offered prebuild'
        : 'better-sqlite3: the image compiled its binding from source',
    );
  // The smoke test starts npm run start:prod: the image must run the same command, V8 flags included.
  const startProd = `[${['node', ...startProdArgs(PROJECT_ROOT)].map((arg) => JSON.stringify(arg)).join(', ')}]`;
  if (final.cmd !== startProd) fail(`CMD ${final.cmd}: the smoke test starts ${startProd} (package.json start:prod)`);
  // …and its environment (the allocator's settings).
  for (const [name, value] of Object.entries(startProdEnv(PROJECT_ROOT)))
    if (final.env[name] !== value)
      fail(`ENV ${name}=${final.env[name] ?? '(unset)'}: start:prod sets ${name}=${value}`);
  console.log(`final stage assembled in ${app}; starting it`);
  const smoke = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'smoke-build.ts'), app],
    {
      stdio: 'inherit',
      env: { ...process.env, SMOKE_HEALTHCHECK: JSON.stringify(final.healthcheck ?? []) },
    },
  );
  if (smoke.status !== 0) fail('the final stage did not start and answer');
} catch (error) {
  console.error(`Dockerfile steps failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
