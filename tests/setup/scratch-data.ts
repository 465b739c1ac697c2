// Vitest global setup: the scratch data directory that bots started by tests record into, removed after the run.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One directory per run (the vitest main process's pid); the config hands it to every test as DATA_DIR. */
export const SCRATCH_DATA_DIR = path.join(tmpdir(), `ask-the-article-test-data-${process.pid}`);

export default function setup(): () => void {
  return () => rmSync(SCRATCH_DATA_DIR, { recursive: true, force: true });
}
