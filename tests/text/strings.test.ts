// The bot's own words: the same keys in every language, none empty, and none left untranslated.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { STRINGS } from '../../src/text/strings/index.js';

type Tree = { readonly [key: string]: unknown };

/** Every leaf as "a.b" → what it is (a string, or a function's result for sample arguments). */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') out.set(name, String((value as (...a: unknown[]) => unknown)('zh', 2)));
    else if (typeof value === 'string') out.set(name, value);
    else if (value && typeof value === 'object') for (const [k, v] of leaves(value as Tree, name)) out.set(k, v);
    else out.set(name, `<${typeof value}>`);
  }
  return out;
}

const en = leaves(STRINGS.en as unknown as Tree);
const vi = leaves(STRINGS.vi as unknown as Tree);

/** The same in both languages on purpose: symbols, numbers and names. */
const SAME_ON_PURPOSE = new Set(['pagePrevious', 'pageNext', 'pageCounter', 'insights.votes']);

describe('the bot’s own words', () => {
  test('every key exists in both languages, with the same kind of value', () => {
    expect([...vi.keys()].sort()).toEqual([...en.keys()].sort());
    for (const key of en.keys())
      expect(typeof (STRINGS.vi as unknown as Tree)[key.split('.')[0] ?? ''], key).toBe(
        typeof (STRINGS.en as unknown as Tree)[key.split('.')[0] ?? ''],
      );
  });

  test('none is empty, and none is left in English in the Vietnamese file', () => {
    for (const [key, text] of en) expect(text.trim(), key).not.toBe('');
    const untranslated = [...vi].filter(([key, text]) => text === en.get(key) && !SAME_ON_PURPOSE.has(key));
    expect(untranslated).toEqual([]);
  });

  test('no file outside src/text/strings spells out the engine’s decline or help messages', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
      );
    const owners = path.join(PROJECT_ROOT, 'src', 'text', 'strings');
    const phrases = [STRINGS.en.declined, STRINGS.vi.declined, STRINGS.en.helpMessage, STRINGS.vi.smallTalkMessage];
    for (const file of files(path.join(PROJECT_ROOT, 'src')).filter((f) => !f.startsWith(owners))) {
      const text = readFileSync(file, 'utf8');
      for (const phrase of phrases) expect(text.includes(phrase.slice(0, 40)), `${file} repeats a string`).toBe(false);
    }
  });
});
