// npm test: every check, in order, then a pass/fail summary. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
/** The build's date, fixed for the run so the reproducibility test can rebuild to the same bytes. */
const epoch = String(Math.floor(Date.now() / 1000));
const steps = [
  { name: 'Content check', cmd: ['node', 'scripts/check-content.ts'] },
  { name: 'Type and Astro check (astro check)', cmd: ['astro', 'check', '--minimumFailingSeverity', 'warning'] },
  // No import circles, and each layer imports only those below it (.dependency-cruiser.cjs).
  { name: 'Import layering (dependency-cruiser)', cmd: ['depcruise', 'src', 'scripts', 'tests', '--config', '.dependency-cruiser.cjs'] },
  { name: 'Lint (ESLint, zero warnings)', cmd: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'Unit tests (Vitest)', cmd: ['vitest', 'run', '--project', 'unit'] },
  {
    name: 'Production build and search index',
    cmd: ['npm', 'run', 'build'],
    // The build's own content check is skipped when the first step passed: each check runs once.
    env: (passed) => ({ SOURCE_DATE_EPOCH: epoch, ...(passed('Content check') ? { PORTAL_CONTENT_CHECKED: '1' } : {}) }),
  },
  {
    name: 'Browser tests in Chromium (Vitest)',
    cmd: ['vitest', 'run', '--project', 'browser'],
    needs: 'Production build and search index',
    // Tells the slow build tests that dist/ is this run's build, made with SOURCE_DATE_EPOCH=epoch (tests/browser/harness.ts).
    env: () => ({ PORTAL_FRESH_DIST_EPOCH: epoch }),
  },
];

const results = [];
for (const step of steps) {
  const dependency = step.needs && results.find((r) => r.name === step.needs);
  if (dependency && !dependency.ok) {
    results.push({ name: step.name, ok: false, skipped: true, seconds: 0 });
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const passed = (name) => results.some((r) => r.name === name && r.ok);
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...env, ...step.env?.(passed) } });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== Summary ===');
for (const r of results) {
  const mark = r.skipped ? 'SKIP' : r.ok ? 'PASS' : 'FAIL';
  console.log(`${mark}  ${r.name}${r.skipped ? ' (the build failed)' : ` (${r.seconds.toFixed(1)} s)`}`);
}
const failed = results.filter((r) => !r.ok);
console.log(failed.length === 0 ? '\nAll checks passed.' : `\n${failed.length} of ${results.length} checks failed.`);
process.exit(failed.length === 0 ? 0 : 1);
