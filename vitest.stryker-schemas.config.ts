/// <reference types="vitest/config" />
// The unit tests that build the content schemas inside each test, for mutation testing the schemas
// (stryker.schemas.config.mjs). Test files that build them when they load (the corpus tests, the CMS
// config) are left out: there a mutant is never active while the schema is built, so they can kill nothing.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'unit',
    include: ['tests/unit/schemas-dataset.test.ts', 'tests/unit/schemas-edges.test.ts', 'tests/unit/content-errors.test.ts'],
    environment: 'node',
    // Instrumented code on a shared machine is slow; a timeout here is not a failure of the code.
    testTimeout: 60_000,
  },
});
