/// <reference types="vitest/config" />
// The unit tests that call the content rules directly, for mutation testing src/lib/rules
// (stryker.rules.config.mjs). The corpus tests also run every rule, but over the whole
// content: each mutant would rerun them for minutes. Leaving them out means a rule mutant
// counts as killed only when a focused rule test catches it.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'unit',
    include: [
      'tests/unit/content-rules.test.ts',
      'tests/unit/rules-edges.test.ts',
      'tests/unit/numbers-in-text.test.ts',
      'tests/unit/reading-age-boundary.test.ts',
    ],
    environment: 'node',
    // Instrumented code on a shared machine is slow; a timeout here is not a failure of the code.
    testTimeout: 60_000,
  },
});
