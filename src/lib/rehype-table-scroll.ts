/**
 * Rehype plugin: wraps each Markdown table in a focusable scroll box, so a wide
 * table scrolls on its own on a phone instead of making the whole page scroll sideways.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function wrap(node: HastNode, counter: { n: number }): void {
  if (!node.children) return;
  node.children = node.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') {
      counter.n += 1;
      return {
        type: 'element',
        tagName: 'section',
        // Focusable and named so keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable).
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table ${counter.n}` },
        children: [child],
      };
    }
    wrap(child, counter);
    return child;
  });
}

export function rehypeTableScroll() {
  return (tree: unknown) => {
    wrap(tree as HastNode, { n: 0 });
  };
}
