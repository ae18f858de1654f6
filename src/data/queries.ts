// The few content queries routes and components share. Drafts are never published.
import { getCollection, type CollectionEntry } from 'astro:content';

export async function publishedPages(): Promise<CollectionEntry<'pages'>[]> {
  return (await getCollection('pages', (entry) => !entry.data.draft)).sort((a, b) => a.id.localeCompare(b.id));
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
  const levels = (await getCollection('levels', (e) => !e.data.draft)).map((l) => ({
    title: l.data.title,
    url: `/levels-of-need/level-${l.data.level}/`,
    summary: l.data.summary,
    audience: l.data.audience,
  }));
  const fixed: IndexedPage[] = [
    { title: 'Glossary: abbreviations', url: '/glossary/', summary: 'What the abbreviations on this site stand for and mean.', audience: ['families', 'young-people', 'practitioners'] },
    { title: 'Glossary: words and terms', url: '/glossary/terms/', summary: 'What the special words on this site mean.', audience: ['families', 'young-people', 'practitioners'] },
    { title: 'Board updates', url: '/updates/', summary: 'Dated updates from the councils and safeguarding boards.', audience: ['practitioners'] },
    { title: 'Facts and figures', url: '/facts-and-figures/', summary: 'Statistics from the council papers, as charts with tables and downloads.', audience: ['families', 'practitioners'] },
    { title: 'Recent changes', url: '/recent-changes/', summary: 'What changed on this site, newest first.', audience: ['practitioners'] },
  ];
  return [...pages, ...levels, ...fixed].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}
