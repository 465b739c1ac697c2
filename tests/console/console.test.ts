// The local console: piped stdin through the real commands (in-process and as `node --import tsx src/main.ts`), buttons, --out files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  CompletedChoices,
  createCompleter,
  createConsoleDiscordActions,
  runConsole,
} from '../../src/console/console.js';
import { messageText } from '../../src/console/text.js';
import type { Command } from '../../src/interactions/contract.js';
import { loadCommands, type CommandRegistry } from '../../src/interactions/registry.js';
import { testServices } from '../commands/support.js';
import { childEnv, runScript, type RunningChild } from '../e2e/child-process.js';
import { testConfig } from '../e2e/harness.js';

let registry: CommandRegistry;
beforeAll(async () => {
  registry = await loadCommands();
});

/** Runs the console on `lines` (non-interactive, like a pipe) and returns everything it printed. */
async function runLines(lines: string[], options: { registry?: CommandRegistry; cwd?: string } = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const { services } = testServices();
  const done = runConsole({
    input,
    output,
    services: { ...services, discord: createConsoleDiscordActions((text) => output.write(text)) },
    registry: options.registry ?? registry,
    interactive: false,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return printed;
}

describe('runConsole', () => {
  test('a plain question is answered with the quote and ¶, and its buttons are listed as hints', async () => {
    const { services } = testServices();
    const fact = services.kb.facts.find((f) => services.engine.ask(f.questions.en[0] ?? '').factId === f.id);
    const printed = await runLines([fact?.questions.en[0] ?? '']);
    expect(printed).toContain(fact?.answer.en);
    expect(printed).toContain(`> ${fact?.quote}`);
    expect(printed).toContain(`¶${fact?.paragraph} · `);
    expect(printed).toMatch(/\[1 📄 Source paragraph\] \[2 🔗 Related\] \[3 👍\] \[4 👎\]/);
    expect(printed).not.toContain('ask>');
  });

  test('/press clicks a button of the last reply', async () => {
    const { services } = testServices();
    const fact = services.kb.facts.find((f) => services.engine.ask(f.questions.en[0] ?? '').factId === f.id);
    const paragraph = services.kb.paragraphs.find((p) => p.number === fact?.paragraph);
    const printed = await runLines([fact?.questions.en[0] ?? '', '/press 1', '/press 9']);
    expect(printed).toContain(paragraph?.text);
    expect(printed).toMatch(/There is no button 9/);
  });

  test('/read 2 prints ¶2 in both languages and /press pages on to ¶3', async () => {
    const { services } = testServices();
    const [, p2, p3] = services.kb.paragraphs;
    const printed = await runLines(['/read 2', '/press 3', '/read where:conclusion language:vi']);
    expect(printed).toContain(p2?.text);
    expect(printed).toContain('OpenAI could lose $5 billion this year');
    expect(printed).toMatch(/\[1 ◀\] \[2 2\/33\] \[3 ▶\]/);
    expect(printed).toContain(p3?.text);
    expect(printed).toContain('== ¶29 · ');
  });

  test('/read pages back with /press 1, refuses a disabled button, and Read on ▶ follows a Source paragraph', async () => {
    const { services } = testServices();
    const fact = services.kb.facts.find((f) => services.engine.ask(f.questions.en[0] ?? '').factId === f.id)!;
    const printed = await runLines([
      '/read 2',
      '/press 1',
      '/press 1',
      fact.questions.en[0] ?? '',
      '/press 1',
      '/press 3',
    ]);
    const titles = [...printed.matchAll(/^== (¶\d+) · /gm)].map((m) => m[1]);
    // ¶2, back to ¶1, the answer's source field is not a title, its Source paragraph, then Read on ▶.
    expect(titles).toEqual(['¶2', '¶1', `¶${fact.paragraph}`, `¶${fact.paragraph + 1}`]);
    expect(printed).toContain('Button 1 (◀) is disabled.');
    expect(printed).toMatch(/\[3 Read on ▶\]/);
  });

  test('/summary full vi, /quote, /figure, /topics, /source and /help each print their reply', async () => {
    const { services } = testServices();
    const speaker = services.kb.quotes[0]?.speaker ?? '';
    const printed = await runLines(['/summary full vi', `/quote ${speaker}`, '/figure', '/topics', '/source', '/help']);
    for (const sentence of services.kb.summaries.full.vi) expect(printed).toContain(sentence.text);
    expect(printed).toContain(services.kb.quotes[0]?.text);
    expect(printed).toContain(services.kb.meta.origin.author);
    expect(printed).toContain('/pin-summary');
    for (const section of services.kb.meta.sections) expect(printed).toContain(section.title.en);
  });

  test('/pin-summary works locally and says nothing was sent to Discord', async () => {
    const printed = await runLines(['/pin-summary']);
    expect(printed).toMatch(/Pinned message .*nothing is sent to Discord/);
  });

  test('mistakes are explained and the console goes on; /exit stops reading', async () => {
    const printed = await runLines(['/nope', '/summary sideways', '/exit', '/help']);
    expect(printed).toMatch(/Unknown command \/nope/);
    expect(printed).toMatch(/does not understand "sideways"/);
    expect(printed).not.toContain('How to use this bot');
  });

  describe('--out', () => {
    let dir = '';
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('a reply with a file writes it to the given path and says so; without --out it says how to save it', async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'console-out-'));
      const fileCommand: Command = {
        data: { name: 'file', description: 'returns a file' },
        async execute({ respond }) {
          await respond.reply(
            { content: 'here', files: [{ name: 'picture.png', data: Buffer.from('PNG bytes') }] },
            { ephemeral: false },
          );
        },
      };
      const withFile: CommandRegistry = {
        commands: [...registry.commands, fileCommand],
        get: (name) => (name === 'file' ? fileCommand : registry.get(name)),
      };
      const printed = await runLines(['/file --out saved.png', '/file'], { registry: withFile, cwd: dir });
      expect(readFileSync(path.join(dir, 'saved.png'), 'utf8')).toBe('PNG bytes');
      expect(printed).toContain(`Wrote picture.png (9 bytes) to ${path.join(dir, 'saved.png')}`);
      expect(printed).toMatch(/attachment picture\.png, 9 bytes: add --out <file> to save it/);
    });
  });
});

test('messageText renders embeds, fields, footer, image and buttons as plain text', () => {
  const text = messageText({
    content: 'hello **world**',
    embeds: [
      {
        title: 'T',
        description: 'D',
        fields: [{ name: 'F', value: 'V1\nV2' }],
        footer: { text: 'foot' },
        image: { url: 'attachment://c.png' },
      },
    ],
    components: [{ type: 1, components: [{ type: 2, style: 2, custom_id: 'ask:src:x:en', label: 'Source' }] }],
  });
  expect(text).toBe(
    'hello world\n\n== T ==\nD\n\nF\n  V1\n  V2\n\n[image: c.png]\n\n-- foot\n\n[1 Source]  (type /press <number>)',
  );
});

describe('npm start without a token (piped stdin)', () => {
  let child: RunningChild | undefined;
  afterEach(() => child?.kill());

  test('answers each line, prints no prompt, and exits 0 at EOF', async () => {
    const { services } = testServices();
    const fact = services.kb.facts.find((f) => services.engine.ask(f.questions.en[0] ?? '').factId === f.id);
    child = runScript('src/main.ts', {
      env: childEnv({ KNOWLEDGE_DIR: testConfig().knowledgeDir, LOG_LEVEL: 'warn' }),
      stdin: `${fact?.questions.en[0]}\n/summary\n`,
    });
    expect(await child.exited(30_000)).toBe(0);
    expect(child.stdout()).toContain(fact?.answer.en);
    expect(child.stdout()).toContain(services.kb.summaries.short.en[0]?.text);
    expect(child.stdout()).not.toContain('ask>');
    expect(child.stderr()).toBe('');
  }, 40_000);
});

describe('tab completion', () => {
  const complete = (line: string, completed = new CompletedChoices()) =>
    new Promise<[string[], string]>((resolve, reject) => {
      createCompleter(
        registry,
        testServices().services,
        completed,
      )(line, (error, result) => (error || !result ? reject(error ?? new Error('no result')) : resolve(result)));
    });

  test('command names', async () => {
    // With a trailing space, so the next word can be typed at once.
    expect(await complete('/su')).toEqual([['/summary '], '/su']);
    expect(await complete('/qu')).toEqual([['/quote '], '/qu']);
    expect((await complete('/'))[0]).toContain('/pin-summary ');
  });

  test('speakers for /quote and subjects for /figure, from the commands’ own autocomplete', async () => {
    const { services } = testServices();
    const speaker = services.kb.entitiesById.get(services.kb.quotes[0]?.speaker ?? '');
    const [speakers] = await complete(`/quote ${speaker?.name.en.slice(0, 4) ?? ''}`);
    expect(speakers).toContain(
      `/quote ${services.engine.speakerChoices(speaker?.name.en.slice(0, 4) ?? '', 'en')[0]?.name}`,
    );
    const [subjects] = await complete('/figure ');
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.every((s) => s.startsWith('/figure '))).toBe(true);
  });

  test('a completed choice sends its value, as picking a suggestion in Discord does; typed text stays as typed', async () => {
    const { services } = testServices();
    const completed = new CompletedChoices();
    const [lines] = await complete('/quote zuck', completed);
    const name = (lines[0] ?? '').slice('/quote '.length);
    const expected = services.engine.speakerChoices('zuck', 'en')[0]?.value;
    expect(expected).toBeDefined();
    expect(completed.valueOf('quote', name)).toBe(expected);
    expect(completed.valueOf('quote', 'zuck')).toBe('zuck');
  });

  test('an autocomplete handler that throws completes nothing instead of crashing the console', async () => {
    const throwing: Command = {
      data: { name: 'boom', description: 'd', options: [{ type: 3, name: 'q', description: 'q', autocomplete: true }] },
      execute: async () => undefined,
      autocomplete: () => {
        throw new Error('autocomplete broke');
      },
    };
    const withThrowing: CommandRegistry = {
      commands: [throwing],
      get: (name) => (name === 'boom' ? throwing : undefined),
    };
    const result = await new Promise<[string[], string]>((resolve, reject) => {
      createCompleter(withThrowing, testServices().services)('/boom x', (error, completed) =>
        error || !completed ? reject(error ?? new Error('no result')) : resolve(completed),
      );
    });
    expect(result).toEqual([[], '/boom x']);
  });

  test('plain text is a question: it completes like /ask, and a completed question sends what /ask would', async () => {
    const { services } = testServices();
    const completed = new CompletedChoices();
    const [lines] = await complete('how much does openai', completed);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => !line.startsWith('/'))).toBe(true);
    expect(lines[0]).toBe(services.engine.suggestQuestions('how much does openai')[0]?.name);
    // The completed question is sent as the picked suggestion's value (fact id and language), as in Discord.
    expect(completed.valueOf('ask', lines[0] ?? '')).toMatch(/^[a-z0-9-]+:en$/);
    expect(await complete('   ')).toEqual([[], '   ']);
  });

  test('option names after --, with a trailing space', async () => {
    expect(await complete('/chart --su')).toEqual([['/chart --subject '], '/chart --su']);
    expect((await complete('/ask what --'))[0]).toEqual(
      expect.arrayContaining(['/ask what --question ', '/ask what --lang ', '/ask what --out ']),
    );
  });
});
