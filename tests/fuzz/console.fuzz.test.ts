// Property-based fuzzing of the local console: hostile lines piped into runConsole never throw or print a stack trace.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import { parseConfig } from '../../src/config.js';
import { runConsole } from '../../src/console/console.js';
import type { Services } from '../../src/interactions/contract.js';
import { getCommandRegistry, type CommandRegistry } from '../../src/interactions/registry.js';
import { createLogger } from '../../src/logger.js';
import { anyUserText } from './hostile-text.js';

const RUNS = 100;
const STACK_TRACE = /\n\s+at |\bat \S+ \(|\.ts:\d+|\.js:\d+:\d+|node:internal/;
/** `--out` writes a file wherever it points; the fuzzer must not choose paths on this machine. */
const WRITES_A_FILE = /--out|(^|\s)out:/i;

let services: Services;
let registry: CommandRegistry;
let scratch: string;

beforeAll(async () => {
  services = createServices({
    config: parseConfig({ LOG_LEVEL: 'silent' }),
    discord: { pinMessage: async () => undefined },
    logger: createLogger('silent'),
    askCooldown: null,
  });
  registry = await getCommandRegistry();
  scratch = mkdtempSync(path.join(tmpdir(), 'console-fuzz-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Pipes the lines into the console, as `printf ... | npm run console` would, and returns what it printed. */
async function runLines(lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => (printed += chunk));
  const finished = runConsole({ input, output, services, registry, interactive: false, cwd: scratch });
  input.end(`${lines.join('\n')}\n`);
  await finished;
  return printed;
}

describe('the console under hostile input', () => {
  it('answers any piped lines (free text, any command with any arguments, /press) without throwing or a stack trace', async () => {
    const names = registry.commands.map((c) => c.data.name);
    const line = fc.oneof(
      { weight: 2, arbitrary: anyUserText([], 3000) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(...names, 'nope', 'hỏi', 'ASK'), anyUserText([], 1000))
          .map(([name, rest]) => `/${name} ${rest}`),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('--lang', '--private', '--length', 'language:', 'private:'), anyUserText())
          .map(([flag, rest]) => `/ask ${flag} ${rest}`),
      },
      {
        weight: 1,
        arbitrary: fc.oneof(
          fc.integer({ min: -3, max: 30 }).map((n) => `/press ${n}`),
          fc.constantFrom('/press', '/press x', '/click 1'),
        ),
      },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          line.filter((l) => !WRITES_A_FILE.test(l)),
          { minLength: 1, maxLength: 4 },
        ),
        async (lines) => {
          const printed = await runLines(lines);
          expect(printed).not.toMatch(STACK_TRACE);
          // The first non-blank line gets an answer, unless it ends the session.
          const first = lines
            .join('\n')
            .split('\n')
            .find((l) => l.trim() !== '');
          const firstWord = first?.trim().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
          if (first !== undefined && !['/exit', '/quit', '.exit'].includes(firstWord))
            expect(printed.trim().length).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
    // Nothing was written to disk without --out.
    expect(readdirSync(scratch)).toEqual([]);
  });
});
