// npm test: every check, in order, then a pass/fail summary. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
/** The build's date, fixed for the run so the reproducibility test can rebuild to the same bytes. */
const epoch = String(Math.floor(Date.now() / 1000));
const steps = [
  { name: 'Content check', cmd: ['node', 'scripts/check-content.ts'] },
  { name: 'Type and Astro check (astro check)', cmd: ['astro', 'check', '--minimumFailingSeverity', 'warning'] },
  // No import circles, and each layer imports only those below it (.dependency-cruiser.cjs).
  { name: 'Import layering (dependency-cruiser)', cmd: ['depcruise', 'src', 'scripts', 'tests', '--config', '.dependency-cruiser.cjs'] },
  { name: 'Lint (ESLint, zero warnings)', cmd: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'Formatting (Prettier)', cmd: ['prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'Unit tests (Vitest)', cmd: ['vitest', 'run', '--project', 'unit'] },
  {
    name: 'Production build and search index',
    cmd: ['npm', 'run', 'build'],
    // The build's own content check is skipped when the first step passed: each check runs once.
    env: (passed) => ({ SOURCE_DATE_EPOCH: epoch, ...(passed('Content check') ? { PORTAL_CONTENT_CHECKED: '1' } : {}) }),
  },
  {
    name: 'Browser tests in Chromium (Vitest)',
    // Two halves side by side, one per core, each with its own Chromium. Files that read the same page
    // profile (tests/browser/page-facts.ts) stay in one half, so each page is still loaded once per screen.
    cmds: browserHalves().map((files) => ['vitest', 'run', '--project', 'browser', ...files]),
    needs: 'Production build and search index',
    // Tells the slow build tests that dist/ is this run's build, made with SOURCE_DATE_EPOCH=epoch (tests/browser/harness.ts).
    env: () => ({ PORTAL_FRESH_DIST_EPOCH: epoch }),
  },
];

/** The desktop-profile files and the search files in one half; the phone, weight and build-copy files in the other. */
function browserHalves() {
  const first = [
    'accessibility',
    'phone-numbers',
    'report-problem',
    'relevance',
    'search',
    'search-index',
    'synonyms',
    'drafts',
    'quick-exit',
    'security',
    'no-javascript',
    'no-invented-host',
    'cms',
  ];
  const files = readdirSync('tests/browser')
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `tests/browser/${f}`);
  const inFirst = (file) => first.some((name) => file === `tests/browser/${name}.test.ts`);
  return [files.filter(inFirst), files.filter((f) => !inFirst(f))];
}

/** Runs one command; with `label`, each line it prints is prefixed, so two at once stay readable. */
function run(cmd, stepEnv, label) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...env, ...stepEnv } });
    if (label) {
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) process.stdout.write(`[${label}] ${line}\n`);
        });
        stream.on('end', () => rest && process.stdout.write(`[${label}] ${rest}\n`));
      }
    }
    child.on('close', (code) => resolve(code));
  });
}

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
  const cmds = step.cmds ?? [step.cmd];
  const codes = await Promise.all(cmds.map((cmd, i) => run(cmd, step.env?.(passed), cmds.length > 1 ? `${i + 1}/${cmds.length}` : undefined)));
  results.push({ name: step.name, ok: codes.every((code) => code === 0), seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== Summary ===');
for (const r of results) {
  const mark = r.skipped ? 'SKIP' : r.ok ? 'PASS' : 'FAIL';
  console.log(`${mark}  ${r.name}${r.skipped ? ' (the build failed)' : ` (${r.seconds.toFixed(1)} s)`}`);
}
const failed = results.filter((r) => !r.ok);
console.log(failed.length === 0 ? '\nAll checks passed.' : `\n${failed.length} of ${results.length} checks failed.`);
process.exit(failed.length === 0 ? 0 : 1);
