/**
 * npm run check:content — one line per content problem, then a count.
 * Errors stop the build; warnings are printed and the build goes on.
 * Runs before every build so nothing broken is ever published.
 * Usage: node scripts/check-content.ts [--root <dir>]
 * Review dates are checked as of SOURCE_DATE_EPOCH (or today); with CI=true, a page due for review within 30 days is an error.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check.ts';
import { formatProblem } from '../src/lib/content-errors.ts';

// npm test (scripts/test.mjs) runs the check as its own step, then the build: once is enough.
if (process.env.PORTAL_CONTENT_CHECKED === '1') {
  console.log('Content check: already passed in this npm test run.');
  process.exit(0);
}

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag > -1 ? (process.argv[rootFlag + 1] ?? '.') : '.');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const { entries, problems, warnings } = checkContent(root);
for (const problem of problems) console.error(formatProblem(problem));
if (warnings.length > 0) {
  console.error(`${problems.length > 0 ? '\n' : ''}Warnings (these do not stop the build):`);
  for (const warning of warnings) console.error(formatProblem(warning));
}
if (problems.length > 0) {
  const also = warnings.length > 0 ? ` (and ${plural(warnings.length, 'warning')})` : '';
  console.error(`\n${plural(problems.length, 'content problem')} found${also}. Fix the lines above, then run the build again.`);
  process.exit(1);
}
console.log(
  `${warnings.length > 0 ? '\n' : ''}Content check passed: ${plural(entries.length, 'entry', 'entries')}, no errors, ${plural(warnings.length, 'warning')}.`,
);
