/// <reference types="vitest/config" />
// The unit project alone, for mutation testing (npm run test:mutation). Tests that spawn
// whole builds or the CLI are left out: Stryker cannot see coverage inside a child process.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
    exclude: ['tests/unit/build-failure.test.ts', 'tests/unit/scaffold.test.ts', 'tests/unit/bad-corpus.test.ts'],
    environment: 'node',
    // Instrumented code on a shared machine is slow; a timeout here is not a failure of the code.
    testTimeout: 60_000,
    globalSetup: ['tests/unit/seeds-notice.ts'],
  },
});
