/** Small helpers that make zod's messages readable by board staff. */

/** Shows a value the way an editor typed it: strings quoted, lists and objects named. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** The message for a date field that is missing or not text. */
export function dateError(issue: { input?: unknown }): string {
  if (issue.input === undefined) return 'is missing — add a date written as 2027-03-31';
  return `${describe(issue.input)} is not a date — write it as 2027-03-31`;
}
