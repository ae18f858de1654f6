// Why: a 2016 arrangement written in the present tense reads as today's; a reader must see when it was true.
// Limits: a heuristic. It looks only at sentences that name an area's front door, have a present-tense verb and
// no year, on pages that do not say "as described in"; it cannot tell a checked current fact from an old one.
import { toString } from 'mdast-util-to-string';
import { descendants, lineOf, problem, type ParsedEntry, type Rule } from './types.ts';

const PRESENT = /\b(is|are|receives|takes|handles|goes|go|decides|gives|runs|sends|works)\b/i;
const YEAR = /\b(19|20)\d\d\b/;
const DATED_PAGE = /as described in/i;

/** The names readers meet for local arrangements: each area's front door. */
export function localNames(entries: readonly ParsedEntry[]): string[] {
  return entries.flatMap((entry) => {
    if (entry.collection !== 'areas') return [];
    const name = (entry.data as { frontDoor?: { name?: unknown } } | null)?.frontDoor?.name;
    return typeof name === 'string' ? [name] : [];
  });
}

export const datedArrangements: Rule = ({ checked, all }) => {
  const names = localNames(all);
  if (names.length === 0) return [];
  const named = new RegExp(`\\b(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);
  return checked.flatMap((entry) => {
    if (entry.collection !== 'pages' || !entry.tree || DATED_PAGE.test(entry.body ?? '')) return [];
    const found = [];
    for (const node of descendants(entry.tree)) {
      if (node.type !== 'paragraph' && node.type !== 'listItem') continue;
      if (node.type === 'listItem' && node.children.some((c) => c.type === 'paragraph')) continue;
      for (const sentence of toString(node).split(/(?<=[.!?])\s+/)) {
        const name = named.exec(sentence)?.[1];
        if (name && PRESENT.test(sentence) && !YEAR.test(sentence)) {
          found.push(
            problem(
              entry,
              'dated-arrangement',
              `"${sentence.slice(0, 80)}${sentence.length > 80 ? '…' : ''}" says how ${name} works today without a date — say when the paper described it (e.g. "In 2016 the council said…"), or check it against a current public page and cite it`,
              lineOf(node),
              'warning',
            ),
          );
        }
      }
    }
    return found;
  });
};
