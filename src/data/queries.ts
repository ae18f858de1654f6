// The few content queries routes and components share. Drafts are never published.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { formatDate } from '../lib/dates.ts';

/** The collections whose entries can be drafts. */
export type DraftableCollection = 'pages' | 'levels' | 'entitlements' | 'updates';

/** Every entry of a collection except drafts: the one draft filter routes and components use. */
export async function published<C extends DraftableCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  return getCollection(collection, (entry: CollectionEntry<DraftableCollection>) => !entry.data.draft) as Promise<CollectionEntry<C>[]>;
}

export async function publishedPages(): Promise<CollectionEntry<'pages'>[]> {
  return (await published('pages')).sort((a, b) => a.id.localeCompare(b.id));
}

/** One published page by id, or undefined when it does not exist or is a draft. */
export async function publishedPage(id: string): Promise<CollectionEntry<'pages'> | undefined> {
  const page = await getEntry('pages', id);
  return page && !page.data.draft ? page : undefined;
}

export async function areaNames(): Promise<Map<string, string>> {
  const areas = await getCollection('areas');
  return new Map(areas.map((area) => [area.id, area.data.name]));
}

/** Sources in the order a reader judges currency by: papers newest first, then national. */
export async function resolveSources(refs: readonly { id: string }[]): Promise<CollectionEntry<'sources'>[]> {
  const all = await getCollection('sources');
  const wanted = new Set(refs.map((ref) => ref.id));
  const year = (s: CollectionEntry<'sources'>) => (s.data.type === 'paper' ? s.data.year : -1);
  return all.filter((s) => wanted.has(s.id)).sort((a, b) => year(b) - year(a) || a.id.localeCompare(b.id));
}

export interface IndexedPage {
  title: string;
  url: string;
  summary: string;
  audience: readonly string[];
}

/** Every reader-facing page, for the A to Z list and the audience hubs. */
export async function siteIndex(): Promise<IndexedPage[]> {
  const pages = (await publishedPages()).map((p) => ({ title: p.data.title, url: `/${p.id}/`, summary: p.data.summary, audience: p.data.audience }));
  const levels = (await published('levels')).map((l) => ({
    title: l.data.title,
    url: `/levels-of-need/level-${l.data.level}/`,
    summary: l.data.summary,
    audience: l.data.audience,
  }));
  const fixed: IndexedPage[] = [
    {
      title: 'Glossary: abbreviations',
      url: '/glossary/',
      summary: 'What the abbreviations on this site stand for and mean.',
      audience: ['families', 'young-people', 'practitioners'],
    },
    {
      title: 'Glossary: words and terms',
      url: '/glossary/terms/',
      summary: 'What the special words on this site mean.',
      audience: ['families', 'young-people', 'practitioners'],
    },
    { title: 'Board updates', url: '/updates/', summary: 'Dated updates from the councils and safeguarding boards.', audience: ['practitioners'] },
    {
      title: 'Facts and figures',
      url: '/facts-and-figures/',
      summary: 'Statistics from the council papers, as charts with tables and downloads.',
      audience: ['families', 'practitioners'],
    },
    { title: 'Recent changes', url: '/recent-changes/', summary: 'What changed on this site, newest first.', audience: ['practitioners'] },
  ];
  return [...pages, ...levels, ...fixed].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}

/** A service by id, with the public page or paper its details come from. Throws with the ids that exist when it is unknown. */
export async function serviceWithSource(id: string): Promise<{ service: CollectionEntry<'services'>; source: CollectionEntry<'sources'> }> {
  const service = await getEntry('services', id);
  if (!service) {
    const ids = (await getCollection('services')).map((s) => s.id).sort();
    throw new Error(`<ContactCard service="${id}" />: "${id}" is not a service — use one of ${ids.join(', ')}`);
  }
  const source = await getEntry('sources', service.data.source.id);
  if (!source) throw new Error(`Service ${id}: source "${service.data.source.id}" does not exist`);
  return { service, source };
}

/** Areas A to Z by name, for area choices. */
export async function areasByName(): Promise<CollectionEntry<'areas'>[]> {
  return (await getCollection('areas')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB'));
}

/** "Anyshire Council's papers of 29 November 2017 and 13 July 2022": the papers among `refs` from the area's council. */
export async function areaPapers(area: CollectionEntry<'areas'>, refs: readonly { id: string }[]): Promise<string> {
  const papers = (await resolveSources(refs)).filter((s) => s.data.type === 'paper' && s.data.council === area.data.council).reverse();
  const dates = papers.map((p) => (p.data.type === 'paper' ? (p.data.date ? formatDate(p.data.date) : String(p.data.year)) : ''));
  if (dates.length === 0) return `no paper from ${area.data.council}`;
  const list = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(dates);
  return `${area.data.council}'s ${dates.length === 1 ? 'paper' : 'papers'} of ${list}`;
}

/** The refs among `refs` that are not another council's paper. */
export async function sourcesForArea<T extends { id: string }>(area: CollectionEntry<'areas'>, refs: readonly T[]): Promise<T[]> {
  const sources = await resolveSources(refs);
  const otherCouncils = new Set(sources.filter((s) => s.data.type === 'paper' && s.data.council !== area.data.council).map((s) => s.id));
  return refs.filter((ref) => !otherCouncils.has(ref.id));
}

/** Every dataset, A to Z by title: the Facts and figures page and the CSV downloads. */
export async function datasetsByTitle(): Promise<CollectionEntry<'datasets'>[]> {
  return (await getCollection('datasets')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** A dataset by id, with the paper its figures come from. Throws with the ids that exist when it is unknown. */
export async function datasetWithSource(id: string): Promise<{ dataset: CollectionEntry<'datasets'>; source: CollectionEntry<'sources'> | undefined }> {
  const dataset = await getEntry('datasets', id);
  if (!dataset) {
    const ids = (await getCollection('datasets')).map((d) => d.id).sort();
    throw new Error(`<DataExplainer id="${id}" />: there is no dataset "${id}" — use one of ${ids.join(', ')}`);
  }
  return { dataset, source: await getEntry('sources', dataset.data.source.id) };
}

/** The glossary's acronyms or its words and terms, in file order. */
export async function glossaryOf(kind: 'acronym' | 'term'): Promise<CollectionEntry<'glossary'>[]> {
  return getCollection('glossary', (t) => t.data.kind === kind);
}
