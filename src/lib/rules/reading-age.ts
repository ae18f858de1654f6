// Why: families and young people must be able to read the advice meant for them (grade 6 is a reading age of about 11).
import { fleschKincaid, plainText, proseText } from '../readability.ts';
import { isForFamilies, problem, type Rule } from './types.ts';

export const READING_GRADE_LIMIT = 6;

export const readingAge: Rule = ({ checked }) =>
  checked.flatMap((entry) => {
    if (!entry.valid || entry.body === undefined || !isForFamilies(entry)) return [];
    if (entry.collection !== 'pages' && entry.collection !== 'updates') return [];
    const { grade } = fleschKincaid(entry.tree ? proseText(entry.tree) : plainText(entry.body));
    if (grade <= READING_GRADE_LIMIT) return [];
    const message = `the text reads at grade ${grade}, above ${READING_GRADE_LIMIT}, the limit for families and young people — use shorter sentences and everyday words`;
    // Board updates report what a paper said, so a hard one is flagged but does not stop the build.
    return [problem(entry, 'reading-age', message, entry.bodyLine, entry.collection === 'pages' ? 'error' : 'warning')];
  });
