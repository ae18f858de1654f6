/**
 * npm run check:content — one line per content problem, then a count.
 * Errors stop the build; warnings are printed and the build goes on.
 * `npm run build` runs the same check (scripts/check-then-index.ts), so nothing broken is ever published.
 * Usage: node scripts/check-content.ts [--root <dir>]
 * Review dates are checked as of SOURCE_DATE_EPOCH (or today); with CI=true, a page due for review within 30 days is an error.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check.ts';
import { reportCheck } from './lib/check-report.ts';

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag > -1 ? (process.argv[rootFlag + 1] ?? '.') : '.');

if (!reportCheck(checkContent(root))) process.exit(1);
