// Why: screen reader users often jump from link to link, so each link's words must say where it goes.
import type { ContentProblem } from '../content-errors.ts';
import { toString } from 'mdast-util-to-string';
import { descendants, lineOf, problem, type Rule } from './types.ts';

/** Link words that make no sense out of context (GOV.UK and WCAG 2.4.4). */
export const VAGUE_LINK_TEXT = new Set([
  'click here',
  'click',
  'here',
  'read more',
  'more',
  'more information',
  'find out more',
  'link',
  'this link',
  'this page',
  'this',
]);

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[.,:;!?…"'“”‘’()[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export const linkText: Rule = ({ checked }) =>
  checked.flatMap((entry) => {
    if (!entry.tree) return [];
    const problems: ContentProblem[] = [];
    for (const node of descendants(entry.tree)) {
      if (node.type !== 'link' && node.type !== 'linkReference') continue;
      const words = toString(node).trim();
      const target = node.type === 'link' ? node.url : `[${node.identifier}]`;
      if (words === '') {
        problems.push(problem(entry, 'link-text', `the link to "${target}" has no words — write words that name the page between the [ and ]`, lineOf(node)));
      } else if (VAGUE_LINK_TEXT.has(normalise(words))) {
        problems.push(problem(entry, 'link-text', `"${words}" does not say where the link goes — use words that name the page`, lineOf(node)));
      }
    }
    return problems;
  });
