/**
 * Every content rule beyond the schemas, run in one pass. Each rule lives in
 * its own file and is a pure function from parsed entries to problems.
 */
import type { LoadedEntry } from '../entry.ts';
import type { ContentProblem } from '../content-errors.ts';
import { acronyms } from './acronyms.ts';
import { duplicates } from './duplicates.ts';
import { headings } from './headings.ts';
import { images } from './images.ts';
import { linkText } from './link-text.ts';
import { links } from './links.ts';
import { mdxSafety } from './mdx-safety.ts';
import { mdxSyntaxProblems } from './mdx-syntax.ts';
import { parseMdx } from './parse-mdx.ts';
import { numbersSourced } from './numbers-sourced.ts';
import { phoneNumbers } from './phone-numbers.ts';
import { serviceChecked } from './service-checked.ts';
import { updateDates } from './update-dates.ts';
import { datedArrangements } from './dated-arrangements.ts';
import { readingAge } from './reading-age.ts';
import { references } from './references.ts';
import { reviewDue } from './review-due.ts';
import type { ParsedEntry, Rule, RuleContext } from './types.ts';

export const RULES: readonly Rule[] = [
  mdxSafety,
  links,
  linkText,
  images,
  headings,
  references,
  duplicates,
  acronyms,
  readingAge,
  reviewDue,
  phoneNumbers,
  serviceChecked,
  updateDates,
  datedArrangements,
  numbersSourced,
];

/** Parses each MDX body; a body that is not valid MDX becomes a problem and gets no tree. */
export function parseEntries(entries: readonly LoadedEntry[], invalidFiles: ReadonlySet<string>): { parsed: ParsedEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const parsed = entries.map((entry): ParsedEntry => {
    const valid = !invalidFiles.has(entry.file);
    if (entry.body === undefined) return { ...entry, valid };
    const result = parseMdx(entry.body, entry.bodyLine);
    if (result.error) {
      problems.push(...mdxSyntaxProblems(entry, entry.body, entry.bodyLine ?? 1, result.error));
      return { ...entry, valid };
    }
    return { ...entry, valid, tree: result.tree };
  });
  return { parsed, problems };
}

/** Runs every rule; the problems come out in rule order, then file order. */
export function runRules(context: RuleContext): ContentProblem[] {
  return RULES.flatMap((rule) => rule(context));
}
