// @ts-check
// Mutation testing of the content schemas against the tests that build them per test (vitest.stryker-schemas.config.ts):
// npm run test:mutation:schemas. Its own incremental file, as the test selection differs.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.stryker-schemas.config.ts', related: false },
  mutate: ['src/lib/schemas.ts', 'src/lib/dataset-schema.ts', 'src/lib/claim-schema.ts'],
  incrementalFile: 'reports/mutation/schemas-incremental.json',
  htmlReporter: { fileName: 'reports/mutation/schemas.html' },
  jsonReporter: { fileName: 'reports/mutation/schemas.json' },
  concurrency: 1,
};
