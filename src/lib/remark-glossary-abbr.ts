/**
 * Remark plugin: the first use of each glossary acronym on a page is wrapped in
 * <abbr title="expansion">, so readers and screen readers get the long form.
 */
import type { Node } from 'unist';
import { CONTINUE, SKIP as SKIP_CHILDREN, visitParents } from 'unist-util-visit-parents';
import type { AbbrTerm } from './glossary-terms.ts';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: Record<string, unknown>;
}

/** Parents whose text must stay as it is (code, existing markup, headings, links). */
const SKIP = new Set([
  'code',
  'inlineCode',
  'html',
  'heading',
  'link',
  'linkReference',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'abbr',
]);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits one text value around the first match of any unused term. */
export function splitFirstUse(value: string, terms: readonly AbbrTerm[], used: Set<string>): MdNode[] | null {
  let best: { index: number; term: AbbrTerm } | null = null;
  for (const term of terms) {
    if (used.has(term.term)) continue;
    const match = new RegExp(`(?<![A-Za-z0-9])${escape(term.term)}(?![A-Za-z0-9])`).exec(value);
    if (match && (best === null || match.index < best.index)) best = { index: match.index, term };
  }
  if (!best) return null;
  used.add(best.term.term);
  const before = value.slice(0, best.index);
  const after = value.slice(best.index + best.term.term.length);
  const abbr: MdNode = {
    type: 'abbr',
    children: [{ type: 'text', value: best.term.term }],
    data: { hName: 'abbr', hProperties: { title: best.term.expansion } },
  };
  const rest = splitFirstUse(after, terms, used) ?? (after ? [{ type: 'text', value: after }] : []);
  return [...(before ? [{ type: 'text', value: before }] : []), abbr, ...rest];
}

/** Wraps the first use of each term in document order; text under a SKIP parent is left alone. */
function wrapFirstUses(tree: Node, terms: readonly AbbrTerm[], used: Set<string>): void {
  visitParents(tree, 'text', (node, ancestors) => {
    const parent = ancestors.at(-1) as MdNode | undefined;
    const text = node as MdNode;
    if (!parent?.children || !text.value || (ancestors as MdNode[]).some((a) => SKIP.has(a.type))) return CONTINUE;
    const parts = splitFirstUse(text.value, terms, used);
    if (!parts) return CONTINUE;
    const index = parent.children.indexOf(text);
    parent.children.splice(index, 1, ...parts);
    // The new nodes are already split: carry on after them.
    return [SKIP_CHILDREN, index + parts.length] as const;
  });
}

export function remarkGlossaryAbbr(options: { terms: readonly AbbrTerm[] }) {
  const terms = [...options.terms].filter((t) => t.term.length >= 2).sort((a, b) => b.term.length - a.term.length);
  return (tree: unknown) => {
    wrapFirstUses(tree as Node, terms, new Set());
  };
}
