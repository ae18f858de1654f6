/**
 * Every address in a built HTML page, and whether each resolves in a built site's folder:
 * the links test checks dist/ with it, the made-up partnership's test its own build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

export interface Reference {
  /** Where it was found, e.g. `link[href]` or `manifest start_url`. */
  kind: string;
  url: string;
}

/** Attributes that hold an address, on any element. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite']);

function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if ('tagName' in child) {
      yield child;
      yield* elements(child);
      if (child.tagName === 'template' && 'content' in child) yield* elements((child as DefaultTreeAdapterTypes.Template).content);
    }
  }
}

/** Every address in one HTML page, tagged with the element and attribute it came from, and the page's ids. */
export function htmlReferences(html: string): { refs: Reference[]; ids: Set<string> } {
  const refs: Reference[] = [];
  const ids = new Set<string>();
  for (const el of elements(parse(html))) {
    for (const { name, value } of el.attrs) {
      if (name === 'id') ids.add(value);
      else if (URL_ATTRIBUTES.has(name)) refs.push({ kind: `${el.tagName}[${name}]`, url: value });
      else if (name === 'srcset' || name === 'imagesrcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ kind: `${el.tagName}[${name}]`, url });
        }
      }
    }
  }
  return { refs, ids };
}

/** Resolves addresses against the site built in `root`; `siteUrl` is the site's own address, when set. */
export function linkChecker(root: string, siteUrl?: string) {
  const fileFor = (path: string) => (path.endsWith('/') ? join(root, path, 'index.html') : join(root, path));
  const parsed = new Map<string, { refs: Reference[]; ids: Set<string> }>();
  /** A built page's addresses and ids, read once. */
  const referencesOf = (path: string) => {
    let found = parsed.get(path);
    if (!found) parsed.set(path, (found = htmlReferences(readFileSync(fileFor(path), 'utf8'))));
    return found;
  };

  /** Why an address does not resolve from `base`, or undefined when it does (or is another site's). */
  function brokenReason(url: string, base: string): string | undefined {
    if (url === '') return 'empty address';
    if (/^(mailto:|tel:|sms:|data:)/.test(url)) return undefined;
    if (/^javascript:/i.test(url)) return 'javascript: address (the CSP forbids it)';
    const absolute = siteUrl && url.startsWith(siteUrl) ? url.slice(siteUrl.length) || '/' : url;
    if (/^(https?:)?\/\//.test(absolute)) return undefined;
    const resolved = new URL(absolute.replace(/&amp;/g, '&'), `http://site${base}`);
    const target = decodeURIComponent(resolved.pathname);
    const file = fileFor(target);
    if (!existsSync(file)) return 'no such file';
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    if (!fragment || !file.endsWith('.html')) return undefined;
    return referencesOf(target).ids.has(fragment) ? undefined : `no #${fragment} on ${target}`;
  }

  /** The addresses among `refs` that do not resolve from `base`, each with why. */
  const brokenIn = (refs: Reference[], base: string) =>
    refs.flatMap(({ kind, url }) => {
      const reason = brokenReason(url, base);
      return reason ? [`${kind} ${url} (${reason})`] : [];
    });

  return { fileFor, referencesOf, brokenIn };
}
