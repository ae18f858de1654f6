/**
 * Rehype plugin: every phone number in a page's text becomes a tap-to-call link,
 * so editors write "call 0808 800 5000" and readers on a phone can tap it.
 */
import { splitPhoneNumbers } from './phone-numbers.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Text inside these is left alone: it is already a link, or not shown as prose. */
const SKIP = new Set(['a', 'code', 'pre', 'script', 'style', 'title']);

function linkNumbers(node: HastNode): void {
  if (!node.children || (node.tagName && SKIP.has(node.tagName))) return;
  node.children = node.children.flatMap((child): HastNode[] => {
    if (child.type !== 'text' || !child.value) {
      linkNumbers(child);
      return [child];
    }
    const parts = splitPhoneNumbers(child.value);
    if (!parts.some((part) => part.kind === 'phone')) return [child];
    return parts.map((part) =>
      part.kind === 'text'
        ? { type: 'text', value: part.text }
        : { type: 'element', tagName: 'a', properties: { href: part.href, className: ['tel'] }, children: [{ type: 'text', value: part.text }] },
    );
  });
}

export function rehypeTelLinks() {
  return (tree: HastNode) => linkNumbers(tree);
}
