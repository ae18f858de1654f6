/**
 * Whether an old version of a page can be shown with today's layout, decided before
 * Astro runs so an old file can never break the build: its fields must fit today's page
 * schema, and its body must parse and use only today's components, with attributes they
 * accept. Links to pages that have gone keep their words but lose the link.
 */
import type { Nodes, Root } from 'mdast';
import { z } from 'astro/zod';
import { CALLOUT_KINDS } from '../mdx-allowed.ts';
import type { RefFactory } from '../refs.ts';
import { AREA_TASKS, pageUrl } from '../routes.ts';
import { mdxSafety } from '../rules/mdx-safety.ts';
import { anchorsOf } from '../rules/site-map.ts';
import { descendants, type ParsedEntry, type SiteMap } from '../rules/types.ts';
import { makeSchemas } from '../schemas.ts';
import { isOnSite, resolveLink } from '../site-links.ts';

/** References are not checked against today's ids: a source since removed is simply not listed. */
const anyRef: RefFactory = <C extends string>(collection: C) => z.string().transform((id) => ({ id, collection })) as never;
const pageSchema = makeSchemas(anyRef).page;

/** An old page's fields read with today's schema, or undefined when they do not fit it. */
export function readOldFields(data: unknown): z.infer<typeof pageSchema> | undefined {
  const result = pageSchema.safeParse(data);
  return result.success ? result.data : undefined;
}

/** Ids today's content has, for the components that name one. */
export interface TodaysIds {
  services: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
}

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const attribute = (node: JsxElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** Why a component in the body could not be drawn today, or undefined when it can. */
function componentProblem(node: JsxElement, ids: TodaysIds): string | undefined {
  const name = node.name ?? '';
  const needs = (field: string, known: (value: string) => boolean) => {
    const value = attribute(node, field);
    return value !== undefined && known(value) ? undefined : `it shows <${name} ${field}="${value ?? ''}">, which the site no longer has`;
  };
  if (name === 'ContactCard') return needs('service', (id) => ids.services.has(id));
  if (name === 'DataExplainer') return needs('id', (id) => ids.datasets.has(id));
  if (name === 'AreaChooser') return needs('task', (task) => Object.hasOwn(AREA_TASKS, task));
  if (name === 'Callout' && attribute(node, 'kind') !== undefined) return needs('kind', (kind) => (CALLOUT_KINDS as readonly string[]).includes(kind));
  return undefined;
}

/** Components that draw today's data, not the data of the version's time. */
const DATA_COMPONENTS: ReadonlySet<string> = new Set([
  'ContactCard',
  'DataExplainer',
  'Emergency',
  'EntitlementList',
  'EntitlementsByAge',
  'LevelsOverview',
  'AreaChooser',
  'LeavingCareChooser',
]);

/** Whether the body uses a component that shows today's details (contacts, charts, lists). */
export function usesTodaysData(tree: Root): boolean {
  return [...descendants(tree)].some(
    (node) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && DATA_COMPONENTS.has(node.name ?? ''),
  );
}

/** One edit to the body's source: replace [start, end) with text. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

export type OldVersionVerdict = { shown: true; body: string; todaysData: boolean } | { shown: false; why: string };

/**
 * Whether `entry` (an old version of a page, its body parsed, its id the page's id) can be
 * shown, and its body ready for the build: internal links made absolute (the version is read at
 * another address), links to pages that have gone turned into their words, missing #fragments dropped.
 */
export function judgeOldVersion(entry: ParsedEntry, ids: TodaysIds, site: SiteMap): OldVersionVerdict {
  if (!readOldFields(entry.data)) return { shown: false, why: "its details (title, dates, steps …) are in a form today's pages no longer use" };
  if (entry.body === undefined || !entry.tree) return { shown: false, why: 'its text cannot be read by the site today' };
  const unsafe = mdxSafety({ checked: [entry], all: [entry], site, today: '', ci: false })[0];
  if (unsafe) return { shown: false, why: `it uses something the site no longer allows (${unsafe.message.split(' — ')[0]})` };
  const edits: Edit[] = [];
  const here = pageUrl(entry.id);
  const ownAnchors = new Set(anchorsOf(entry));
  for (const node of descendants(entry.tree)) {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const problem = componentProblem(node, ids);
      if (problem) return { shown: false, why: problem };
      continue;
    }
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') continue;
    const url = node.url;
    if (!isOnSite(url)) continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const { path, fragment, resolved } = resolveLink(url, here);
    if (url.startsWith('#')) {
      // Read at its own address, the version keeps its own headings: only a fragment it lacks goes.
      if (!ownAnchors.has(fragment) && node.type === 'link') edits.push({ start, end, text: childrenSource(entry.body, node) });
      continue;
    }
    const targetIds = site.routes.get(path);
    if (node.type === 'image' && !targetIds) return { shown: false, why: `it shows the image ${url}, which is no longer on the site` };
    if (node.type === 'definition' && !targetIds) return { shown: false, why: `it links to ${url}, which is no longer on the site` };
    if (node.type !== 'link') continue;
    if (!targetIds) {
      edits.push({ start, end, text: childrenSource(entry.body, node) });
      continue;
    }
    const absolute = `${resolved.pathname}${fragment && targetIds.has(fragment) ? resolved.hash : ''}`;
    if (absolute !== url)
      edits.push({ start, end, text: `[${childrenSource(entry.body, node)}](${absolute}${node.title ? ` "${node.title.replace(/"/g, '\\"')}"` : ''})` });
  }
  return { shown: true, body: applyEdits(entry.body, edits), todaysData: usesTodaysData(entry.tree) };
}

/** The source of a link's words, as written. */
function childrenSource(body: string, node: Extract<Nodes, { type: 'link' }>): string {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? '' : body.slice(first, last);
}

function applyEdits(body: string, edits: readonly Edit[]): string {
  let out = body;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`;
  return out;
}

/** The versions collection's schema: lenient, as an old file need not fit today's; routes read the rest with readOldFields. */
export const oldVersionSchema = z.looseObject({ title: z.string(), summary: z.string(), audience: z.array(z.string()) });
