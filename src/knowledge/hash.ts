// The content hash of a knowledge directory: what names a knowledge version, and what the engine cache keys on.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every regular file under `dir`, as sorted relative paths with `/`. */
function filesUnder(dir: string, prefix = ''): string[] {
  const entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  return entries
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(dir, relative);
      return entry.isFile() ? [relative] : [];
    })
    .sort();
}

/** SHA-256 (hex) over every file's relative path and bytes, in path order. */
export function knowledgeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The content hash of a knowledge directory (what /insights and the CLI report as the knowledge version). */
export function knowledgeHash(dir: string): string {
  return knowledgeDigest(dir).slice(0, 12);
}
