// Why: people who cannot see an image rely on its alt text to know what it shows.
import type { ContentProblem } from '../content-errors.ts';
import { descendants, lineOf, problem, type Rule } from './types.ts';

export const images: Rule = ({ checked }) =>
  checked.flatMap((entry) => {
    if (!entry.tree) return [];
    const problems: ContentProblem[] = [];
    for (const node of descendants(entry.tree)) {
      if (node.type !== 'image' && node.type !== 'imageReference') continue;
      if ((node.alt ?? '').trim() !== '') continue;
      const src = node.type === 'image' ? node.url : `[${node.identifier}]`;
      problems.push(
        problem(
          entry,
          'image-alt',
          `the image "${src}" has no alt text — say what it shows between the square brackets, e.g. ![A social worker talking with a family](${src})`,
          lineOf(node),
        ),
      );
    }
    return problems;
  });
