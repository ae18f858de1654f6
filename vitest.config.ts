/// <reference types="vitest/config" />
// Two projects: fast unit tests (schemas, lib, components) and browser tests
// against the built site in Debian Chromium. `npm test` runs both, in order.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        // Some unit tests run the real checker or npm in a copy: seconds each, more on a busy machine.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          globalSetup: ['tests/unit/seeds-notice.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One worker for every file, so each built page is loaded once per screen for the run (tests/browser/page-pass.ts).
          isolate: false,
        },
      },
    ],
  },
});
