/**
 * Rehype plugin: wraps each Markdown table in a focusable scroll box, so a wide
 * table scrolls on its own on a phone instead of making the whole page scroll sideways.
 */
import type { Node } from 'unist';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function wrapTables(tree: Node): void {
  let n = 0;
  visit(tree, 'element', (node, index, parent) => {
    const element = node as HastNode;
    if (element.tagName !== 'table' || !parent || index === undefined) return CONTINUE;
    n += 1;
    (parent as HastNode).children![index] = {
      type: 'element',
      tagName: 'section',
      // Focusable and named so keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable).
      properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table ${n}` },
      children: [element],
    };
    return SKIP;
  });
}

export function rehypeTableScroll() {
  return (tree: unknown) => {
    wrapTables(tree as Node);
  };
}
