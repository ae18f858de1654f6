// Why: screen reader users navigate by heading level, so levels must nest, and the layout already prints the one h1.
import { toString } from 'mdast-util-to-string';
import type { ContentProblem } from '../content-errors.ts';
import { descendants, lineOf, problem, type Rule } from './types.ts';

const hashes = (depth: number) => '#'.repeat(depth);

export const headings: Rule = ({ checked }) =>
  checked.flatMap((entry) => {
    if (!entry.tree) return [];
    const problems: ContentProblem[] = [];
    // The page title is the h1, so the first heading in the body must be a ##.
    let previous = 1;
    for (const node of descendants(entry.tree)) {
      if (node.type !== 'heading') continue;
      const shown = `${hashes(node.depth)} ${toString(node)}`;
      if (node.depth === 1) {
        problems.push(
          problem(entry, 'heading', `"${shown}" is a second main heading — the page title is already the only # heading; use ## for a section`, lineOf(node)),
        );
      } else if (node.depth > previous + 1) {
        const after = previous === 1 ? 'the page title' : hashes(previous);
        problems.push(problem(entry, 'heading', `"${shown}" skips a level after ${after} — use ${hashes(previous + 1)} here`, lineOf(node)));
      }
      previous = node.depth;
    }
    return problems;
  });
