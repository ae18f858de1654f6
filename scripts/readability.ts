/**
 * Prints the Flesch–Kincaid grade of MDX pages: node scripts/readability.ts <file...>
 * With no files, prints every page and board update, marking those held to the families' limit.
 */
import { checkContent } from '../src/lib/content-check.ts';
import { fleschKincaid, plainText } from '../src/lib/readability.ts';
import { READING_GRADE_LIMIT } from '../src/lib/rules/reading-age.ts';

const only = new Set(process.argv.slice(2).map((f) => f.replace(/^\.\//, '')));
const { entries } = checkContent(process.cwd());
for (const entry of entries) {
  if ((entry.collection !== 'pages' && entry.collection !== 'updates') || entry.body === undefined) continue;
  if (only.size > 0 && !only.has(entry.file)) continue;
  const audience = (entry.data as { audience?: string[] }).audience ?? [];
  const forFamilies = audience.includes('families') || audience.includes('young-people');
  const result = fleschKincaid(plainText(entry.body));
  console.log(
    `${entry.file}\tgrade ${result.grade}\t${result.words} words\t${forFamilies ? `families/young people (limit ${READING_GRADE_LIMIT})` : 'practitioners (not limited)'}`,
  );
}
