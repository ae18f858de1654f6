/** Prints a content check's result as `npm run check:content` does: one line per problem, then a count. Returns whether it passed. */
import type { CheckResult } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function reportCheck({ entries, problems, warnings }: CheckResult): boolean {
  for (const problem of problems) console.error(formatProblem(problem));
  if (warnings.length > 0) {
    console.error(`${problems.length > 0 ? '\n' : ''}Warnings (these do not stop the build):`);
    for (const warning of warnings) console.error(formatProblem(warning));
  }
  if (problems.length > 0) {
    const also = warnings.length > 0 ? ` (and ${plural(warnings.length, 'warning')})` : '';
    console.error(`\n${plural(problems.length, 'content problem')} found${also}. Fix the lines above, then run the build again.`);
    return false;
  }
  console.log(
    `${warnings.length > 0 ? '\n' : ''}Content check passed: ${plural(entries.length, 'entry', 'entries')}, no errors, ${plural(warnings.length, 'warning')}.`,
  );
  return true;
}
