// Why: a broken link or #fragment strands a reader mid-task, and an http:// link can be tampered with on the way.
import leven from 'leven';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ContentProblem } from '../content-errors.ts';
import { resolveLink, SCHEME } from '../site-links.ts';
import { anchorsOf, urlOf } from './site-map.ts';
import { descendants, lineOf, problem, type ParsedEntry, type Rule } from './types.ts';

/** Schemes a reader can follow off the site. */
const ALLOWED_SCHEMES = new Set(['https', 'mailto', 'tel']);

interface Target {
  url: string;
  line: number | undefined;
  isImage: boolean;
  /** The link's words, for spotting a bare www. address that GFM turns into an http:// link. */
  words: string;
}

/** The link targets in a body: links, reference definitions and images. */
function targets(tree: Nodes): Target[] {
  const found: Target[] = [];
  for (const node of descendants(tree)) {
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      found.push({ url: node.url, line: lineOf(node), isImage: node.type === 'image', words: node.type === 'link' ? toString(node) : '' });
    }
  }
  return found;
}

function suggestion(path: string, routes: Iterable<string>): string {
  let best: { route: string; score: number } | undefined;
  for (const route of routes) {
    const score = leven(path, route);
    if (score <= 3 && (!best || score < best.score)) best = { route, score };
  }
  return best ? `did you mean ${best.route}?` : 'check the address: a page in src/content/pages/early-help.mdx is at /early-help/';
}

function fragmentHint(path: string, ids: Set<string>): string {
  if (path === '/glossary/') return 'use the id of an abbreviation from src/content/glossary.yaml, e.g. /glossary/#cse';
  if (path === '/glossary/terms/') return 'use the id of a word or term from src/content/glossary.yaml, e.g. /glossary/terms/#early-help';
  if (path === '/facts-and-figures/') return 'use #figure- and a file name from src/content/datasets';
  const headings = [...ids].filter((id) => !['main-content', 'sources-title', 'review-title'].includes(id));
  if (headings.length === 0) return `link to ${path} without a #fragment`;
  const shown = headings.slice(0, 6).map((id) => `#${id}`);
  return `use one of ${shown.join(', ')}${headings.length > shown.length ? ', …' : ''} (a heading's id is its text in lower case, with - for spaces)`;
}

function checkEntry(entry: ParsedEntry, routes: Map<string, Set<string>>) {
  if (!entry.tree) return [];
  const here = urlOf(entry) ?? '/';
  const problems: ContentProblem[] = [];
  for (const { url, line, isImage, words } of targets(entry.tree)) {
    if (isImage && (/^https?:/i.test(url) || url.startsWith('//'))) {
      problems.push(
        problem(
          entry,
          'image',
          `the image "${url}" is on another website, and the site loads nothing from other websites — save it in public/images/ and write /images/ and its file name`,
          line,
        ),
      );
      continue;
    }
    if (/^http:\/\//i.test(url)) {
      const bare = `http://${words}` === url;
      const fix = bare ? `write it as a link with https://, e.g. [the site's name](https://${words})` : 'write it with https:// instead of http://';
      problems.push(problem(entry, 'link', `"${bare ? words : url}" is not a secure link — ${fix}`, line));
      continue;
    }
    const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
    if (scheme && !ALLOWED_SCHEMES.has(scheme)) {
      // javascript: is mdx-safety's to report, as code rather than as a link.
      if (scheme !== 'javascript') {
        problems.push(
          problem(entry, 'link', `"${url}" is not a web address readers can follow — link to a page on this site, or to https://, mailto: or tel:`, line),
        );
      }
      continue;
    }
    // Other websites, mail and phone links are not ours to check.
    if (scheme || url.startsWith('//')) continue;
    if (url.trim() === '') {
      problems.push(problem(entry, 'link', 'has no address — write the address between the ( and ), e.g. (/early-help/)', line));
      continue;
    }
    const { path, fragment, resolved } = resolveLink(url, here);
    // A page's own #fragments come from its own headings, so drafts and single files check too.
    const ids = path === here ? new Set(anchorsOf(entry)) : routes.get(path);
    if (!ids && isImage) {
      problems.push(problem(entry, 'image', `the image "${url}" is not a file in public/ — save the image as public${path}, or correct the address`, line));
    } else if (!ids) {
      const fix = routes.has(`${path}/`) ? `write ${path}/${resolved.hash} (addresses end with /)` : suggestion(path, routes.keys());
      problems.push(problem(entry, 'link', `"${url}" does not go to a page on this site — ${fix}`, line));
    } else if (fragment && !ids.has(fragment)) {
      const where = path === here ? 'this page' : path;
      problems.push(problem(entry, 'link', `"${url}" points to #${fragment}, which is not a heading on ${where} — ${fragmentHint(path, ids)}`, line));
    }
  }
  return problems;
}

export const links: Rule = ({ checked, site }) => checked.flatMap((entry) => checkEntry(entry, site.routes));
