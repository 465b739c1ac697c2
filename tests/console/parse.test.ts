// Console lines → commands and options: slash commands, named options in three spellings, bare choices, plain questions.
import { beforeAll, describe, expect, test } from 'vitest';
import { parseConsoleLine } from '../../src/console/parse.js';
import { loadCommands, type CommandRegistry } from '../../src/interactions/registry.js';

let registry: CommandRegistry;
beforeAll(async () => {
  registry = await loadCommands();
});

const parse = (line: string) => parseConsoleLine(line, registry);

describe('parseConsoleLine', () => {
  test('plain text is a question for /ask', () => {
    expect(parse('how much does OpenAI lose')).toEqual({
      kind: 'command',
      commandName: 'ask',
      options: { question: 'how much does OpenAI lose' },
    });
  });

  test.each([
    ['/ask --lang vi openai lỗ bao nhiêu', { question: 'openai lỗ bao nhiêu', language: 'vi' }, 'vi'],
    ['/ask language:vi openai lỗ bao nhiêu', { question: 'openai lỗ bao nhiêu', language: 'vi' }, 'vi'],
    ['/ask --language=en openai lỗ bao nhiêu', { question: 'openai lỗ bao nhiêu', language: 'en' }, 'en'],
    ['/ask --private what does "FOMO" mean', { question: 'what does "FOMO" mean', private: true }, undefined],
    ['/ask --private no what is it', { question: 'what is it', private: false }, undefined],
  ])('%s', (line, options, lang) => {
    expect(parse(line)).toEqual({ kind: 'command', commandName: 'ask', options, ...(lang ? { lang } : {}) });
  });

  test('bare words fill options with fixed choices: /summary full vi', () => {
    expect(parse('/summary full vi')).toEqual({
      kind: 'command',
      commandName: 'summary',
      options: { length: 'full', language: 'vi' },
      lang: 'vi',
    });
  });

  test('free text goes to the command’s free-text option, quoted values to named options', () => {
    expect(parse('/quote zuckerberg')).toEqual({
      kind: 'command',
      commandName: 'quote',
      options: { speaker: 'zuckerberg' },
    });
    expect(parse('/figure --subject "open ai"')).toEqual({
      kind: 'command',
      commandName: 'figure',
      options: { subject: 'open ai' },
    });
    expect(parse('/topics')).toEqual({ kind: 'command', commandName: 'topics', options: {} });
  });

  test('Vietnamese command and option names work too', () => {
    expect(parse('/tóm-tắt độ-dài:full')).toEqual({
      kind: 'command',
      commandName: 'summary',
      options: { length: 'full' },
    });
  });

  test('--out is the console’s own option', () => {
    expect(parse('/figure openai --out chart.png')).toMatchObject({
      kind: 'command',
      commandName: 'figure',
      out: 'chart.png',
      options: { subject: 'openai' },
    });
  });

  test.each([
    ['/nope', /Unknown command \/nope/],
    ['/summary --colour red', /no option --colour/],
    ['/summary sideways', /does not understand "sideways"/],
    ['/ask --lang fr bonjour', /--lang takes en, vi or auto/],
    ['/summary --length', /needs a value/],
    ['/press x', /Usage/],
  ])('%s is a clear error', (line, message) => {
    const parsed = parse(line);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });

  test('exit, press and empty lines', () => {
    expect(parse('/exit')).toEqual({ kind: 'exit' });
    expect(parse('/quit')).toEqual({ kind: 'exit' });
    expect(parse('/press 2')).toEqual({ kind: 'press', index: 2 });
    expect(parse('   ')).toEqual({ kind: 'empty' });
  });
});
