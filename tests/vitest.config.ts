import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit tests of the source, tests on the built site in dist/, and browser tests in
 * Debian's Chromium. scripts/run-tests.mjs builds the site first and decides whether the browser
 * project can run.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        // These tests read every one of the ~750 built pages, which takes seconds per test.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          // A real browser on a loaded two-core machine can miss a beat, so a failed test runs once
          // more. The summary reporter names every test that passed only on that retry.
          retry: 1,
        },
      },
    ],
  },
});
