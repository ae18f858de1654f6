/**
 * Rehype plugin: every phone number in a page's text becomes a tap-to-call link,
 * so editors write "call 0808 800 5000" and readers on a phone can tap it.
 */
import type { Node } from 'unist';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import { splitPhoneNumbers } from './phone-numbers.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Text inside these is left alone: it is already a link, or not shown as prose. */
const SKIP_TAGS = new Set(['a', 'code', 'pre', 'script', 'style', 'title']);

function linkNumbers(tree: Node): void {
  visitParents(tree, 'text', (node, ancestors) => {
    const text = node as HastNode;
    const parent = ancestors.at(-1) as HastNode | undefined;
    if (!parent?.children || !text.value || ancestors.some((a) => SKIP_TAGS.has((a as HastNode).tagName ?? ''))) return CONTINUE;
    const parts = splitPhoneNumbers(text.value);
    if (!parts.some((part) => part.kind === 'phone')) return CONTINUE;
    const index = parent.children.indexOf(text);
    parent.children.splice(
      index,
      1,
      ...parts.map((part): HastNode =>
        part.kind === 'text'
          ? { type: 'text', value: part.text }
          : { type: 'element', tagName: 'a', properties: { href: part.href, className: ['tel'] }, children: [{ type: 'text', value: part.text }] },
      ),
    );
    return [SKIP, index + parts.length] as const;
  });
}

export function rehypeTelLinks() {
  return (tree: Node) => linkNumbers(tree);
}
