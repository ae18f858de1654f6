// Why: a chart or page that points at something missing breaks the build or leaves a gap on the page.
import type { ContentProblem } from '../content-errors.ts';
import { descendants, lineOf, problem, textField, type ParsedEntry, type Rule } from './types.ts';

const idsOf = (entries: readonly ParsedEntry[], collection: string) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));

/** `<DataExplainer id="…" />` must name a file in src/content/datasets. */
function explainerProblems(entry: ParsedEntry, datasets: Set<string>): ContentProblem[] {
  if (!entry.tree) return [];
  const problems: ContentProblem[] = [];
  for (const node of descendants(entry.tree)) {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'DataExplainer') continue;
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id !== 'string' || id === '') {
      problems.push(
        problem(entry, 'reference', '<DataExplainer> has no id — write <DataExplainer id="…" /> with the name of a file in src/content/datasets', lineOf(node)),
      );
    } else if (!datasets.has(id)) {
      problems.push(
        problem(
          entry,
          'reference',
          `<DataExplainer id="${id}"> is not a known dataset — use the name of a file in src/content/datasets without .json`,
          lineOf(node),
        ),
      );
    }
  }
  return problems;
}

/** Areas and datasets name the page that explains them by page id. */
function pageFieldProblems(entry: ParsedEntry, pages: Set<string>): ContentProblem[] {
  if (entry.collection !== 'areas' && entry.collection !== 'datasets') return [];
  const page = textField(entry, 'page');
  if (page === undefined || pages.has(page)) return [];
  return [
    problem(
      entry,
      'reference',
      `page "${page}" is not a page — use the path of a file in src/content/pages without .mdx, e.g. areas/<area>`,
      entry.fieldLines.get('page'),
    ),
  ];
}

/** A procedure step's byArea keys must be area ids; the partnership's areas are data, not a list in the code. */
function byAreaProblems(entry: ParsedEntry, areas: Set<string>): ContentProblem[] {
  const steps = (entry.data as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step, i) => {
    const byArea = (step as { byArea?: unknown } | null)?.byArea;
    if (typeof byArea !== 'object' || byArea === null) return [];
    return Object.keys(byArea)
      .filter((id) => !areas.has(id))
      .map((id) =>
        problem(entry, `steps[${i + 1}].byArea`, `"${id}" is not an area — use one of ${[...areas].sort().join(', ')}`, entry.fieldLines.get('steps')),
      );
  });
}

export const references: Rule = ({ checked, all }) => {
  const datasets = idsOf(all, 'datasets');
  const pages = idsOf(all, 'pages');
  const areas = idsOf(all, 'areas');
  return checked.flatMap((entry) => [...explainerProblems(entry, datasets), ...pageFieldProblems(entry, pages), ...byAreaProblems(entry, areas)]);
};
