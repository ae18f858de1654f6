/**
 * npm run check:content — one line per content problem, then a count.
 * Runs before every build so nothing broken is ever published.
 * Usage: node scripts/check-content.ts [--root <dir>]
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check.ts';
import { formatProblem } from '../src/lib/content-errors.ts';

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag > -1 ? (process.argv[rootFlag + 1] ?? '.') : '.');

const { entries, problems } = checkContent(root);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} content problem${problems.length === 1 ? '' : 's'} found. Fix the lines above, then run the build again.`);
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} entries, no problems.`);
