// Why: a wrong number sends a worried parent nowhere, so every number a reader sees must come from a service entry that names its source.
// Limits: short numbers (999, 101, 111) are found only after a word such as "call" or "on", so "101 children" is not read as a number.
import type { ContentProblem } from '../content-errors.ts';
import { digitsOf, findPhoneNumbers } from '../phone-numbers.ts';
import { descendants, lineOf, problem, type ParsedEntry, type Rule } from './types.ts';

/** The numbers the services give, as digits: phone and text numbers, and any number in their relay instructions. */
export function serviceNumbers(entries: readonly ParsedEntry[]): Set<string> {
  const numbers = new Set<string>();
  for (const entry of entries) {
    if (entry.collection !== 'services') continue;
    const contacts = (entry.data as { contacts?: unknown } | null)?.contacts;
    if (!Array.isArray(contacts)) continue;
    for (const contact of contacts as Record<string, unknown>[]) {
      if (typeof contact.number === 'string') numbers.add(digitsOf(contact.number));
      if (typeof contact.how === 'string') for (const found of findPhoneNumbers(contact.how)) numbers.add(digitsOf(found.text));
    }
  }
  return numbers;
}

/** Every string in a data value, with the field it sits in, e.g. steps[2].action. */
function* strings(value: unknown, path: string): Generator<{ path: string; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i + 1}]`);
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) yield* strings(item, path ? `${path}.${key}` : key);
}

const unknownNumber = (number: string) =>
  `"${number}" is not a number any service gives — add the service to src/content/services with the page it comes from, then write the number as it gives it; or remove the number`;

export const phoneNumbers: Rule = ({ checked, all }) => {
  const known = serviceNumbers(all);
  return checked.flatMap((entry) => {
    // Services are where numbers are given; sources describe pages and papers and are not shown as prose.
    if (entry.collection === 'services' || entry.collection === 'sources') return [];
    const found: ContentProblem[] = [];
    for (const { path, text } of strings(entry.data, '')) {
      for (const number of findPhoneNumbers(text)) {
        if (!known.has(digitsOf(number.text)))
          found.push(problem(entry, 'phone-number', `${path}: ${unknownNumber(number.text)}`, entry.fieldLines.get(path.split(/[.[]/)[0] ?? '')));
      }
    }
    if (entry.tree) {
      for (const node of descendants(entry.tree)) {
        if (node.type !== 'text') continue;
        for (const number of findPhoneNumbers(node.value)) {
          if (!known.has(digitsOf(number.text))) found.push(problem(entry, 'phone-number', unknownNumber(number.text), lineOf(node)));
        }
      }
    }
    return found;
  });
};
