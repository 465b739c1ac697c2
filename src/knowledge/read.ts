// Reads knowledge files from disk: regular files only (never blocks on a FIFO), BOM-tolerant, every
// failure a named problem; and places a problem on its line of the file it came from.
import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { KnowledgeProblem } from './problems.js';

/** The raw text of every file read, by its name relative to the knowledge directory (for line numbers). */
export type SourceTexts = Map<string, string>;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function isDanglingLink(full: string): boolean {
  try {
    return lstatSync(full).isSymbolicLink();
  } catch {
    return false;
  }
}

/** An optional file or folder that is not there: not a problem, unlike every string entryProblem returns. */
const ABSENT = Symbol('absent');

/**
 * Checks what `file` is before opening it, so a directory, FIFO or device is refused by name instead of read
 * (reading a FIFO would block start-up). Undefined when it is what is expected.
 */
function entryProblem(
  dir: string,
  file: string,
  optional: boolean,
  expect: 'file' | 'directory' = 'file',
): string | undefined | typeof ABSENT {
  const full = path.join(dir, file);
  let stats: Stats;
  try {
    stats = statSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      if (isDanglingLink(full)) return `is a symbolic link to a file that does not exist (${full})`;
      return optional ? ABSENT : 'file is missing';
    }
    if (code === 'ELOOP') return `is a symbolic link loop (${full})`;
    return `cannot be read (${full}): ${code ?? (error as Error).message}`;
  }
  if (expect === 'directory') return stats.isDirectory() ? undefined : `${full} is not a directory`;
  return stats.isFile() ? undefined : `${full} is ${kindOf(stats)}, not a regular file`;
}

/**
 * The text of `file` (relative to `dir`) without a byte-order mark, or undefined with a problem pushed.
 * An optional file that does not exist is undefined without a problem.
 */
export function readText(
  dir: string,
  file: string,
  problems: KnowledgeProblem[],
  sources: SourceTexts,
  optional = false,
): string | undefined {
  const problem = entryProblem(dir, file, optional);
  if (problem === ABSENT) return undefined;
  if (problem) {
    problems.push({ file, message: problem });
    return undefined;
  }
  try {
    const text = readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    sources.set(file, text);
    return text;
  } catch (error) {
    problems.push({ file, message: `cannot be read: ${(error as Error).message}` });
    return undefined;
  }
}

export function readJson(
  dir: string,
  file: string,
  problems: KnowledgeProblem[],
  sources: SourceTexts,
  optional = false,
): unknown {
  const text = readText(dir, file, problems, sources, optional);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/**
 * The fact files of a knowledge directory: `facts/<section id>.json`, in the order of `sectionIds`
 * (article.json's order). A JSON file named after no section is a problem; other files (editor backups) are ignored.
 */
export function factFiles(
  dir: string,
  factsDir: string,
  sectionIds: readonly string[],
  problems: KnowledgeProblem[],
): string[] {
  const problem = entryProblem(dir, factsDir, true, 'directory');
  if (problem) {
    const hint = 'it holds one <section id>.json file of facts per section';
    problems.push({
      file: `${factsDir}/`,
      message: `${problem === ABSENT ? 'folder is missing' : problem}; ${hint}`,
    });
    return [];
  }
  const names = readdirSync(path.join(dir, factsDir)).filter((name) => name.endsWith('.json'));
  for (const name of names) {
    if (!sectionIds.includes(name.slice(0, -'.json'.length))) {
      problems.push({
        file: `${factsDir}/${name}`,
        message: `is named after no section of article.json (expected one of: ${sectionIds.map((id) => `${id}.json`).join(', ')})`,
      });
    }
  }
  return sectionIds.filter((id) => names.includes(`${id}.json`)).map((id) => `${factsDir}/${id}.json`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function keyIndex(text: string, key: string, from: number, until = text.length): number {
  const match = new RegExp(`"${escapeRegExp(key)}"\\s*:`, 'g');
  match.lastIndex = from;
  const found = match.exec(text);
  return found && found.index < until ? found.index : -1;
}

/** 1-based line of a problem's entry (found by its `"id"`, or by its key path) and field, in the file's text. */
export function locateLine(text: string, entry?: string, field?: string): number | undefined {
  if (!entry && !field) return undefined;
  let at = 0;
  let until = text.length;
  if (entry) {
    const byId = new RegExp(`"id"\\s*:\\s*"${escapeRegExp(entry)}"`).exec(text);
    if (byId) {
      at = byId.index;
      const next = /"id"\s*:/g;
      next.lastIndex = at + 1;
      until = next.exec(text)?.index ?? text.length;
    } else {
      let found = false;
      for (const segment of entry.split(/[.[\]]/).filter((s) => s && !/^\d+$/.test(s))) {
        const index = keyIndex(text, segment, at);
        if (index < 0) break;
        at = index;
        found = true;
      }
      if (!found) return undefined;
    }
  }
  for (const segment of (field ?? '').split('.').filter((s) => s && !/^\d+$/.test(s))) {
    const index = keyIndex(text, segment, at, until);
    if (index < 0) break;
    at = index;
  }
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** The problems with their line numbers filled in where the file's text places them. */
export function withLines(problems: readonly KnowledgeProblem[], sources: SourceTexts): KnowledgeProblem[] {
  return problems.map((problem) => {
    const text = sources.get(problem.file);
    if (problem.line !== undefined || text === undefined || !problem.file.endsWith('.json')) return problem;
    const line = locateLine(text, problem.entry, problem.field);
    return line === undefined ? problem : { ...problem, line };
  });
}
