// @ts-check
// Mutation testing of src/lib with StrykerJS: npm run test:mutation (not part of npm test: a full run is slow).
// Incremental: results are kept in reports/mutation/incremental.json, so a rerun only tests mutants in changed code.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  // src/lib/rules and the schemas have their own runs against focused tests (stryker.rules.config.mjs, stryker.schemas.config.mjs).
  mutate: ['src/lib/**/*.ts', '!src/lib/rules/**/*.ts', '!src/lib/schemas.ts', '!src/lib/dataset-schema.ts', '!src/lib/claim-schema.ts'],
  coverageAnalysis: 'perTest',
  // Module-level mutants would rerun the whole unit suite each; their code is run by every test anyway.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportScoreTable: true, reportMutants: false, reportTests: false },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  // The sandbox needs sources and tests only, not build output.
  ignorePatterns: ['dist', '.astro', 'reports', 'bench-results', 'test-results', '.scratch'],
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
