// @ts-check
// Mutation testing of src/lib/rules against the focused rule tests only (vitest.stryker-rules.config.ts):
// npx stryker run stryker.rules.config.mjs. Its own incremental file, as the test selection differs.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.stryker-rules.config.ts', related: false },
  mutate: ['src/lib/rules/**/*.ts'],
  incrementalFile: 'reports/mutation/rules-incremental.json',
  htmlReporter: { fileName: 'reports/mutation/rules.html' },
  jsonReporter: { fileName: 'reports/mutation/rules.json' },
  concurrency: 1,
};
