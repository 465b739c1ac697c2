// Vitest configuration: node environment, 20-second timeouts (for the suites that start processes), a read-only knowledge/ check.
import { defineConfig } from 'vitest/config';
import { SCRATCH_DATA_DIR } from './tests/setup/scratch-data.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Two workers on the 2-core CI machine: vitest's default (cores - 1) ran the whole suite on one.
    maxWorkers: 2,
    // Bots started by tests record into a scratch store, never into the project's data/; it is removed after the run.
    env: { DATA_DIR: SCRATCH_DATA_DIR },
    // Hashes knowledge/ before the suite and fails the run if anything modified it.
    globalSetup: ['tests/setup/knowledge-integrity.ts', 'tests/setup/scratch-data.ts'],
    reporters: ['default'],
  },
});
