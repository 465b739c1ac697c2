// The console's rough edges: Ctrl-C, bad --out paths, missing options, colours and where its logs go.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { consoleLogger, consoleStyle, createConsoleDiscordActions, runConsole } from '../../src/console/console.js';
import { loadCommands, type CommandRegistry } from '../../src/interactions/registry.js';
import { UI } from '../../src/render/strings.js';
import { testServices } from '../commands/support.js';

let registry: CommandRegistry;
beforeAll(async () => {
  registry = await loadCommands();
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An interactive session on a fake terminal: `keys` are typed one chunk at a time. */
async function typeInto(keys: readonly string[]): Promise<{ printed: string; logs: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const { services, logs } = testServices();
  const done = runConsole({
    input,
    output,
    services: { ...services, discord: createConsoleDiscordActions((text) => output.write(text)) },
    registry,
    interactive: true,
    env: { NO_COLOR: '1' },
  });
  for (const key of keys) {
    input.write(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await done;
  return { printed, logs: JSON.stringify(logs.lines) };
}

describe('Ctrl-C', () => {
  test('on a half-typed line clears it; on an empty line asks once; a second Ctrl-C quits', async () => {
    const { printed } = await typeInto(['how mu', '\u0003', '/help\r', '\u0003', '\u0003']);
    // The cleared words did not join the next line: "/help" ran as the help command, not "how mu/help" as a question.
    expect(printed).toContain('/pin-summary');
    expect(printed).not.toContain(UI.en.didYouMean);
    expect(printed).toContain('(Ctrl-C again or /exit to quit)');
  }, 10_000);

  test('typing after the first Ctrl-C disarms it', async () => {
    const { printed } = await typeInto(['\u0003', '/help\r', '\u0003', '/exit\r']);
    expect(printed.match(/Ctrl-C again/g)).toHaveLength(2);
  }, 10_000);
});

/** Runs piped lines and returns what was printed and what the logger got. */
async function pipe(lines: string[], cwd?: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const { services, logs } = testServices();
  const done = runConsole({ input, output, services, registry, interactive: false, ...(cwd ? { cwd } : {}) });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return { printed, logs };
}

describe('friendly one-line errors', () => {
  test('an --out path that cannot be written says why in one line, logs nothing and the session goes on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'console-out-'));
    dirs.push(dir);
    const { printed, logs } = await pipe(
      ['/chart openai-2024 --out missing/folder/x.png', `/chart openai-2024 --out ${dir}`, '/help'],
      dir,
    );
    expect(printed).toContain(
      `Could not write openai-2024-en.png to ${path.join(dir, 'missing/folder/x.png')}: its folder does not exist.`,
    );
    expect(printed).toContain(`to ${dir}: that is a folder.`);
    expect(printed).not.toMatch(/Something went wrong|\n\s+at |"level"/);
    expect(printed).toContain('/pin-summary');
    expect(logs.lines.filter((e) => Number(e.level) >= 50)).toEqual([]);
  });

  test('a missing required option is named with what it takes, not as a validation message', async () => {
    const { printed } = await pipe(['/chart', '/source']);
    expect(printed).toMatch(/^\/chart needs --subject: /m);
    expect(printed).not.toContain('expected string');
  });
});

describe('colours', () => {
  const tty = Object.assign(new Writable({ write: (_c, _e, cb) => cb() }), { isTTY: true });
  const pipeOut = new Writable({ write: (_c, _e, cb) => cb() });

  test('only on a terminal, and never with NO_COLOR', () => {
    expect(consoleStyle(tty, {}).paint('bold', 'x')).toBe('\u001b[1mx\u001b[22m');
    expect(consoleStyle(tty, { NO_COLOR: '1' }).paint('bold', 'x')).toBe('x');
    expect(consoleStyle(pipeOut, {}).paint('bold', 'x')).toBe('x');
  });
});

describe('console logs', () => {
  test('an interactive session writes them to a file at warn; piped, they go to stderr', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'console-log-'));
    dirs.push(dir);
    const file = path.join(dir, 'logs', 'console.log');
    const config = parseConfig({ NODE_ENV: 'test' });
    const interactive = consoleLogger(config, true, { CONSOLE_LOG_FILE: file });
    expect(interactive.logFile).toBe(file);
    expect(interactive.logger.level).toBe('warn');
    interactive.logger.warn('written to the file');
    interactive.logger.info('below warn: dropped');
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('written to the file');
    expect(written).not.toContain('dropped');
    const piped = consoleLogger(config, false, {});
    expect(piped.logFile).toBeUndefined();
    expect(
      consoleLogger(parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }), false, { LOG_LEVEL: 'debug' }).logger.level,
    ).toBe('debug');
    expect(existsSync(file)).toBe(true);
  });
});

describe('/history and /new', () => {
  test('/history lists the session’s questions with the first line of each answer; /new forgets them', async () => {
    const { services } = testServices();
    const fact = services.kb.facts.find((f) => services.engine.ask(f.questions.en[0] ?? '').factId === f.id);
    const question = fact?.questions.en[0] ?? '';
    const { printed } = await pipe([question, '/summary', '/history', '/new', '/history']);
    const history = printed.slice(printed.indexOf('1. '));
    expect(history).toContain(`1. ${question}\n   → ${fact?.answer.en.split('\n')[0]}`);
    expect(history).not.toContain('2. '); // /summary is not a question of the conversation
    expect(printed).toContain('New conversation');
    expect(printed.trimEnd().endsWith('No questions yet in this conversation.')).toBe(true);
  });

  test('the session is one conversation: "and Tesla?" follows the question before it; after /new it is clarified', async () => {
    const { services } = testServices();
    const tesla = services.kb.factsById.get('tesla-600m-capex')?.answer.en ?? 'missing fact';
    const { printed } = await pipe([
      'how much does google invest in ai each quarter',
      'and Tesla?',
      '/new',
      'and Tesla?',
    ]);
    const [before = '', after = ''] = printed.split('New conversation');
    expect(before).toContain(tesla);
    expect(after).not.toContain(tesla);
    expect(after).toContain('About what?');
  });

  test('Tab offers them with the other console words', async () => {
    const { createCompleter } = await import('../../src/console/console.js');
    const names = await new Promise<string[]>((resolve) =>
      createCompleter(registry, testServices().services)('/h', (_e, r) => resolve(r?.[0] ?? [])),
    );
    expect(names).toEqual(expect.arrayContaining(['/help ', '/history ']));
  });
});
