/**
 * Turns zod issues into lines an editor can act on:
 *   src/content/pages/early-help.mdx: reviewDue: "soon" is not a date — write it as 2027-03-31
 */
import { describe } from './field-errors.ts';

/** The parts of a zod issue this module reads (zod 4's shape). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  keys?: readonly string[];
  expected?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  origin?: string;
  values?: readonly unknown[];
}

/** An error stops the build; a warning is printed and the build goes on. */
export type Severity = 'error' | 'warning';

export interface ContentProblem {
  file: string;
  /** The field at fault, or the name of the content rule that found the problem. */
  field: string;
  message: string;
  line?: number;
  /** Absent means an error. */
  severity?: Severity;
}

/** Warnings print but do not fail the check. */
export const isWarning = (problem: ContentProblem): boolean => problem.severity === 'warning';

/** Field paths as an editor reads them: steps.2.title becomes steps[3].title (counting from 1). */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(the whole file)';
}

/** zod's generic English is replaced where it would confuse an editor; our own messages pass through. */
export function plainMessage(issue: IssueLike): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `is not a field this kind of page has — check the spelling or remove it`;
    case 'invalid_type':
      if (issue.message.startsWith('Invalid input')) {
        return issue.input === undefined ? `is missing — add it` : `${describe(issue.input)} is the wrong type — write ${article(issue.expected ?? 'value')}`;
      }
      return issue.message;
    case 'too_small':
      if (issue.message.startsWith('Too small')) {
        return issue.origin === 'number'
          ? `${describe(issue.input)} is too small — use ${String(issue.minimum)} or more`
          : `is too short — it needs at least ${String(issue.minimum)}`;
      }
      return issue.message;
    case 'too_big':
      if (issue.message.startsWith('Too big')) {
        return issue.origin === 'number'
          ? `${describe(issue.input)} is too big — use ${String(issue.maximum)} or less`
          : `is too long — keep it to ${String(issue.maximum)}`;
      }
      return issue.message;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields',
  };
  return words[expected] ?? expected;
}

/** One problem per issue; unrecognised keys become one problem per key so each field is named. */
export function toProblems(file: string, issues: readonly IssueLike[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        problems.push({ file, field: fieldName([...issue.path, key]), message: plainMessage(issue) });
      }
    } else {
      problems.push({ file, field: fieldName(issue.path), message: plainMessage(issue) });
    }
  }
  return problems;
}

/** The one-line form used by the build, the checker and the tests. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field}: ${problem.message}`;
}
