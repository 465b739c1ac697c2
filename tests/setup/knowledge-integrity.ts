// Vitest global setup: hashes every file under knowledge/ before the suite and fails the run if any changed after it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const KNOWLEDGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge');

/** SHA-256 of every file below `dir`, by path relative to it. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return hashes;
}

/** Files added, removed or changed between two snapshots, one line each. */
export function describeChanges(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changes: string[] = [];
  for (const [file, hash] of before) {
    const now = after.get(file);
    if (now === undefined) changes.push(`removed: ${file}`);
    else if (now !== hash) changes.push(`changed: ${file}`);
  }
  for (const file of after.keys()) if (!before.has(file)) changes.push(`added: ${file}`);
  return changes.sort();
}

export default function setup(): () => void {
  const before = hashTree(KNOWLEDGE_DIR);
  if (before.size === 0) throw new Error(`knowledge integrity: no files found in ${KNOWLEDGE_DIR}`);
  return () => {
    const changes = describeChanges(before, hashTree(KNOWLEDGE_DIR));
    if (changes.length > 0) {
      // Vitest reports an error thrown here but still exits 0, so the exit code is set explicitly.
      console.error(
        `knowledge integrity: the test suite modified the knowledge base (it must be read-only at run time):\n  ${changes.join('\n  ')}`,
      );
      process.exitCode = 1;
    }
  };
}
