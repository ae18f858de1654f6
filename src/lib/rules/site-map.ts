/**
 * Every address the build publishes and the #fragments on each, worked out from
 * the content alone, so links can be checked before Astro runs.
 * Keep in step with src/pages: a new route needs a line here.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LoadedEntry } from '../entry.ts';
import {
  AGE_BANDS,
  AREA_TASKS,
  FIXED_ROUTES,
  areaTaskUrl,
  historyUrl,
  leavingCareUrl,
  levelUrl,
  pageUrl,
  procedureAreaUrl,
  updateUrl,
  type AreaTask,
} from '../routes.ts';
import { descendants, isDraft, textField, type ParsedEntry, type SiteMap } from './types.ts';

export type { SiteMap } from './types.ts';

/** Ids every layout renders: the skip link target, the sources box and the review status. */
const PAGE_LAYOUT_IDS = ['main-content', 'sources-title', 'review-title'];
/** Sections of each level of need page (src/pages/levels-of-need/[level].astro). */
const LEVEL_IDS = ['meaning', 'examples', 'response', 'contact'];

/** Heading ids the way Astro makes them: github-slugger over the heading's text, one slugger per page. */
export function headingSlugs(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  for (const node of descendants(tree)) if (node.type === 'heading') slugs.push(slugger.slug(toString(node)));
  return slugs;
}

/** The ids <DataExplainer id="…"> renders on a page. */
export function explainerIds(tree: Root): string[] {
  const ids: string[] = [];
  for (const node of descendants(tree)) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'DataExplainer') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string') ids.push(`figure-${id}`, `chart-${id}-heading`);
    }
  }
  return ids;
}

/** The address of an entry's own page, or undefined for data that has none. */
export function urlOf(entry: LoadedEntry): string | undefined {
  if (entry.collection === 'pages') return pageUrl(entry.id);
  if (entry.collection === 'updates') return updateUrl(entry.id);
  if (entry.collection === 'levels') {
    const level = (entry.data as { level?: unknown } | null)?.level;
    return typeof level === 'number' ? levelUrl(level) : undefined;
  }
  return undefined;
}

/** The #fragments an entry's own page has: layout ids, then one per heading and chart. */
export function anchorsOf(entry: ParsedEntry): string[] {
  const bodyIds = entry.tree ? [...headingSlugs(entry.tree), ...explainerIds(entry.tree)] : [];
  if (entry.collection === 'levels') return ['main-content', ...LEVEL_IDS];
  if (entry.collection === 'updates') return ['main-content', ...bodyIds];
  const kind = textField(entry, 'kind');
  const kindIds = kind === 'procedure' ? ['steps-title'] : kind === 'area' ? ['area-facts-title'] : [];
  return [...PAGE_LAYOUT_IDS, ...kindIds, ...bodyIds];
}

/** A procedure whose steps say how each area does them gets a page per area. */
export function hasStepsByArea(entry: LoadedEntry): boolean {
  const steps = (entry.data as { steps?: unknown } | null)?.steps;
  return Array.isArray(steps) && steps.some((step) => typeof step === 'object' && step !== null && 'byArea' in step);
}

/** The glossary's letter sections, as src/components/GlossaryList.astro names them. */
const letterId = (term: string) => `letter-${/[a-z]/i.test(term[0] ?? '') ? (term[0] ?? '').toUpperCase() : '#'}`;

/** `publicFiles` are paths under public/, which are served as they are. */
export function buildSiteMap(entries: readonly ParsedEntry[], publicFiles: readonly string[] = []): SiteMap {
  const routes = new Map<string, Set<string>>();
  const add = (path: string, ids: Iterable<string> = []) => {
    const set = routes.get(path) ?? new Set<string>(['main-content']);
    for (const id of ids) set.add(id);
    routes.set(path, set);
  };
  for (const path of FIXED_ROUTES) add(path);
  add('/glossary/');
  add('/glossary/terms/');
  for (const file of publicFiles) routes.set(`/${file}`, new Set());

  // Pages the build makes for each area: its task answers, care leaver pages and procedure steps.
  const areaIds = entries.filter((entry) => entry.collection === 'areas').map((entry) => entry.id);
  for (const area of areaIds) {
    for (const task of Object.keys(AREA_TASKS) as AreaTask[]) if (task !== 'leavingCare') add(areaTaskUrl(area, task), [...PAGE_LAYOUT_IDS]);
    for (const band of AGE_BANDS) add(leavingCareUrl(area, band.slug));
  }
  for (const entry of entries) {
    if (isDraft(entry) || entry.collection !== 'pages' || !hasStepsByArea(entry)) continue;
    for (const area of areaIds) add(procedureAreaUrl(entry.id, area), [...PAGE_LAYOUT_IDS, 'steps-title']);
  }

  for (const entry of entries) {
    if (isDraft(entry)) continue;
    const url = urlOf(entry);
    if (url) {
      add(url, anchorsOf(entry));
      // Every published page has a history (src/pages/history/); its old versions depend on git, so are not listed here.
      if (entry.collection === 'pages') add(historyUrl(entry.id));
    } else if (entry.collection === 'glossary') {
      const path = textField(entry, 'kind') === 'acronym' ? '/glossary/' : '/glossary/terms/';
      add(path, [entry.id, letterId(textField(entry, 'term') ?? entry.id)]);
    } else if (entry.collection === 'datasets') {
      // A chart is drawn on the page that explains it; Facts and figures lists it by area.
      const data = entry.data as { area?: unknown; page?: unknown } | null;
      if (typeof data?.page === 'string') add(`/${data.page}/`, [`figure-${entry.id}`, `chart-${entry.id}-heading`]);
      add('/facts-and-figures/', [`area-${typeof data?.area === 'string' ? data.area : 'all'}`]);
      routes.set(`/facts-and-figures/${entry.id}.csv`, new Set());
    }
  }
  return { routes };
}
