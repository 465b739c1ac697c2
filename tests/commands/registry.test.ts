// The command registry: loads every command in commands/ with complete vi localisations, and fails loudly on bad modules.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CommandLoadError, loadCommands } from '../../src/interactions/registry.js';

const ISSUE_COMMANDS = ['ask', 'summary', 'pin-summary', 'quote', 'figure', 'topics', 'source', 'help'];

describe('the commands in commands/', () => {
  test('every command of the issue is there, each once', async () => {
    const { commands } = await loadCommands();
    const names = commands.map((c) => c.data.name);
    for (const name of ISSUE_COMMANDS) expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
  });

  test('every command and every option has a Vietnamese name and description', async () => {
    const { commands } = await loadCommands();
    for (const { data } of commands) {
      expect(data.name_localizations?.vi, `/${data.name}`).toBeTruthy();
      expect(data.description_localizations?.vi, `/${data.name}`).toBeTruthy();
      for (const option of data.options ?? []) {
        expect(option.name_localizations?.vi, `/${data.name} ${option.name}`).toBeTruthy();
        expect(option.description_localizations?.vi, `/${data.name} ${option.name}`).toBeTruthy();
      }
    }
  });

  test('/pin-summary is for moderators (Manage Messages) and only in servers', async () => {
    const pin = (await loadCommands()).get('pin-summary');
    expect(pin?.data.default_member_permissions).toBe(String(1n << 13n));
    expect(pin?.data.contexts).toEqual([0]);
  });
});

describe('bad command modules fail loudly with the file and the reason', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  function commandsDir(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'commands-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }

  const good = (name: string) =>
    `export default { data: { name: '${name}', description: 'd' }, execute: async () => {} };`;

  test.each([
    ['no default export', { 'a.mjs': 'export const x = 1;' }, /a\.mjs.*default export/],
    ['execute missing', { 'b.mjs': "export default { data: { name: 'b', description: 'd' } };" }, /b\.mjs.*execute/],
    [
      'an invalid name',
      { 'c.mjs': "export default { data: { name: 'Bad Name', description: 'd' }, execute() {} };" },
      /c\.mjs.*name/,
    ],
    [
      'autocomplete options without a handler',
      {
        'd.mjs':
          "export default { data: { name: 'd', description: 'd', options: [{ type: 3, name: 'q', description: 'q', autocomplete: true }] }, execute() {} };",
      },
      /d\.mjs.*autocomplete/,
    ],
    ['a syntax error', { 'e.mjs': 'export default {' }, /Cannot load command file .*e\.mjs/],
    ['a duplicate name', { 'f.mjs': good('same'), 'g.mjs': good('same') }, /Duplicate command \/same.*f\.mjs.*g\.mjs/],
  ])('%s', async (_label, files, expected) => {
    const error = await loadCommands(commandsDir(files)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandLoadError);
    expect((error as Error).message).toMatch(expected);
  });

  test('a good directory loads every file, and non-command files are ignored', async () => {
    const registry = await loadCommands(
      commandsDir({
        'one.mjs': good('one'),
        'two.mjs': good('two'),
        'notes.md': '# not code',
        'types.d.ts': 'export {};',
      }),
    );
    expect(registry.commands.map((c) => c.data.name).sort()).toEqual(['one', 'two']);
    expect(registry.get('two')?.data.name).toBe('two');
  });
});
