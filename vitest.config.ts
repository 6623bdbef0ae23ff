// Vitest runs the .ts sources directly. Test files run in parallel worker processes; the
// corpus, dis and syntax suites spawn children through tests/support/run.ts's pool (2–4 at
// a time), and maxConcurrency bounds how many of their concurrent tests are in flight.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxConcurrency: 8,
    pool: 'forks',
    reporters: ['default'],
  },
});
