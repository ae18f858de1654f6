/**
 * The Pagefind index for a built site, with the portal's additions:
 * - synonyms and acronym expansions added to each page's indexed text (not to the page itself);
 * - each care leaver entitlement as its own search record;
 * - a "rank" filter: family help pages and reference pages, for ordering results;
 * - a small vocabulary file for "did you mean" spelling help, and the English word
 *   list in small shards, so help is offered only for words that are not words;
 * - result files (fragments) cut to what a result shows, without the page text;
 * - the word index split into small chunks, so a query fetches a few KB of index, not ~23 KB a word.
 *
 * In two parts, so the build can do the first while Astro works: `prepareSearchIndex` needs only
 * the checked content; `writeSearchIndex` reads the built pages.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import type { CheckedContent } from '../../src/lib/content-check.ts';
import { CONTENT_FILES, contentPath } from '../../src/lib/folders.ts';
import { builtPages } from '../../src/lib/built-pages.ts';
import { buildSynonymGroups, relatedWordsText, weightedExpansions, type GlossaryLike, type SynonymGroup } from '../../src/lib/search/synonyms.ts';
import { countWords, mainText, vocabularyJson } from '../../src/lib/search/vocabulary.ts';
import { englishWords, shardFiles } from '../../src/lib/search/english-words.ts';
import { slimFragment } from '../../src/lib/search/fragments.ts';
import { rechunkFiles } from '../../src/lib/search/index-chunks.ts';
import { RANK } from '../../src/lib/search/ranking.ts';
import { AUDIENCE_LABELS, KIND_LABELS } from '../../src/lib/labels.ts';

export interface PreparedIndex {
  content: CheckedContent;
  glossary: GlossaryLike[];
  local: { terms: string[] }[];
  groups: SynonymGroup[];
  english: Set<string>;
}

// A missing file means no entries; a file that does not parse stops the build (it once dropped every synonym silently).
const readYaml = <T>(path: string, fallback: T): T => (existsSync(path) ? ((parse(readFileSync(path, 'utf8')) as T) ?? fallback) : fallback);

/** Everything the index needs that does not come from the built pages. */
export function prepareSearchIndex(root: string, content: CheckedContent): PreparedIndex {
  const glossary: GlossaryLike[] = content.glossary.map((entry) => entry.data);
  const local = readYaml<{ terms: string[] }[]>(join(root, contentPath(CONTENT_FILES.synonyms)), []);
  // The English word list (hunspell en-GB, expanded), for spelling help that never "corrects" a real word.
  const dictionary = join(root, 'node_modules/dictionary-en-gb');
  const english = englishWords(readFileSync(join(dictionary, 'index.aff'), 'utf8'), readFileSync(join(dictionary, 'index.dic'), 'utf8'));
  return { content, glossary, local, groups: buildSynonymGroups(glossary, local), english };
}

const metaContent = (html: string, name: string) => new RegExp(`<meta name="${name}"[^>]*content="([^"]*)"`).exec(html)?.[1] ?? '';

/**
 * Help pages: guidance written first for families or young people, put first for everyday queries.
 * Reference pages: the glossary, never first unless the query is a bare term.
 */
function rankOf(html: string): string | null {
  const kind = metaContent(html, 'pagefind-kind');
  const firstAudience = metaContent(html, 'pagefind-audiences').split(',')[0]?.trim();
  if (kind === KIND_LABELS.glossary) return RANK.reference;
  if (kind === KIND_LABELS.guidance && (firstAudience === AUDIENCE_LABELS.families || firstAudience === AUDIENCE_LABELS['young-people'])) return RANK.help;
  return null;
}

/** What Pagefind writes that the portal never loads: its ready-made search interfaces and its worker's companions stay. */
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js)$/;

/** A page's address as the shared walker names it (/early-help/, /404.html), from the path Astro renders it at. */
export const pageAddress = (pathname: string): string => (pathname.endsWith('/') || pathname.endsWith('.html') ? pathname : `${pathname}.html`);

/**
 * The index, built page by page. `addPage` takes a page as Astro renders it, while the build goes on
 * (the build feeds it from Astro's prerenderer, src/lib/page-feed.ts); `finish` indexes any built page
 * not fed, in address order, then writes everything. Pagefind's service takes its messages in order, so
 * pages sent without waiting are numbered in the order they came (Astro renders one page at a time, in
 * the same order every build), and the next page is read while Pagefind parses the last.
 */
export class SearchIndexBuilder {
  private readonly texts: string[] = [];
  private readonly adding: Promise<void>[] = [];
  private readonly fed = new Set<string>();
  private readonly prepared: PreparedIndex;
  private readonly index: pagefind.PagefindIndex;
  private constructor(prepared: PreparedIndex, index: pagefind.PagefindIndex) {
    this.prepared = prepared;
    this.index = index;
  }

  static async start(prepared: PreparedIndex): Promise<SearchIndexBuilder> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return new SearchIndexBuilder(prepared, index);
  }

  /** How many pages were fed while the site was built. */
  get fedPages(): number {
    return this.fed.size;
  }

  /** Adds one built page at its address (/early-help/ or /404.html); pages without `data-pagefind-body` are skipped. */
  addPage(address: string, html: string): void {
    this.fed.add(address);
    if (!html.includes('data-pagefind-body')) return;
    const text = mainText(html);
    this.texts.push(text);
    const extra = weightedExpansions(text, this.prepared.groups);
    // Low weight: related words help a page be found but never outrank its own words. An area's own page
    // is the page about the place, so its related words (Worcs, Salop, T&W) count in full.
    const weight = metaContent(html, 'pagefind-kind') === KIND_LABELS.area ? 1 : 0.5;
    const withWords =
      extra.length > 0 ? html.replace('</main>', `<p data-pagefind-weight="${weight}">Related words: ${relatedWordsText(extra)}.</p></main>`) : html;
    const rank = rankOf(html);
    const sent = rank ? withWords.replace('</head>', `<meta data-pagefind-filter="rank[content]" content="${rank}"></head>`) : withWords;
    const sourcePath = address.endsWith('/') ? `${address.slice(1)}index.html` : address.slice(1);
    this.adding.push(
      this.index.addHTMLFile({ sourcePath, content: sent }).then((added) => {
        if (added.errors.length > 0) throw new Error(`${sourcePath}: ${added.errors.join('; ')}`);
      }),
    );
  }

  /** Indexes the built pages not fed, then writes `<site>/pagefind/`, `/search-vocabulary.json` and `/search-words/`; returns the line the build prints. */
  async finish(site: string): Promise<string> {
    const pages = builtPages(site);
    const built = new Set(pages.map((p) => p.path));
    const strays = [...this.fed].filter((address) => !built.has(address));
    if (strays.length > 0) throw new Error(`Pages were fed to the search index that the build did not write: ${strays.slice(0, 5).join(', ')}`);
    const fedPages = this.fed.size;
    for (const page of pages) if (!this.fed.has(page.path)) this.addPage(page.path, readFileSync(page.file, 'utf8'));
    const readAfter = this.fed.size - fedPages;
    await Promise.all(this.adding);
    return writeIndexFiles(site, this.prepared, this.index, this.texts, this.adding.length, `${fedPages} fed while Astro built, ${readAfter} read after`);
  }
}

/** Builds the index of a site already built: every reader page, in address order. */
export async function writeSearchIndex(site: string, prepared: PreparedIndex): Promise<string> {
  return (await SearchIndexBuilder.start(prepared)).finish(site);
}

async function writeIndexFiles(
  site: string,
  prepared: PreparedIndex,
  index: pagefind.PagefindIndex,
  texts: string[],
  pages: number,
  how: string,
): Promise<string> {
  const { content, glossary, local, groups, english } = prepared;
  // Entitlements are sections of the leaving care page; as records of their own they can be filtered and found directly.
  const areaNames = new Map(content.areas.map((e) => [e.id, e.data.name]));
  let records = 0;
  for (const entry of content.entitlements) {
    const d = entry.data;
    if (d.draft) continue;
    const areas = d.areas === 'all' ? ['All areas'] : d.areas.map((a) => areaNames.get(a.id) ?? a.id);
    const audiences = d.audience.map((a) => AUDIENCE_LABELS[a]);
    const body = `${d.title}. ${d.summary} ${d.description} ${d.forWhom}. ${d.howToAsk}`;
    // Once each: an entitlement is a few lines, so repeated related words would outweigh whole pages that use them.
    const extra = weightedExpansions(body, groups, 1);
    await index.addCustomRecord({
      url: `/leaving-care/everything/#entitlement-${entry.id}`,
      content: extra.length > 0 ? `${body} Related words: ${relatedWordsText(extra)}.` : body,
      language: 'en',
      meta: { title: d.title, summary: d.summary, areas: areas.join(', '), audience: audiences.join(', ') },
      filters: { kind: [KIND_LABELS.entitlement], area: areas, audience: audiences, rank: [RANK.help] },
    });
    texts.push(body);
    records++;
  }

  // In memory, so the fragments and chunks are rewritten before anything reaches the disk.
  const built = await index.getFiles();
  if (built.errors.length > 0) throw new Error(`Pagefind could not write the index: ${built.errors.join('; ')}`);
  await pagefind.close();
  const files = new Map(built.files.map((f) => [f.path, f.content]));

  // Results show the title, summary, areas and readers, never an excerpt: the page text in each fragment is dead weight.
  const fragmentBytes = { before: 0, after: 0 };
  for (const [path, bytes] of files) {
    if (!path.startsWith('fragment/')) continue;
    const after = gzipSync(slimFragment(gunzipSync(bytes).toString('utf8')), { level: 9 });
    files.set(path, after);
    fragmentBytes.before += bytes.length;
    fragmentBytes.after += after.length;
  }
  // Small index chunks, so a query fetches a few KB of index rather than ~23 KB a word.
  const chunks = rechunkFiles(files);
  for (const path of files.keys()) if (UNUSED.test(path)) files.delete(path);

  // Pagefind adds to what is there; a second run must not leave the first run's files behind.
  const output = join(site, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(output, path)), { recursive: true });
    writeFileSync(join(output, path), bytes);
  }

  // Words the synonyms know (Worcs, Salop …) are real words here: spelling help must never "correct" them.
  const vocabulary = countWords([...texts, ...glossary.flatMap((g) => [g.term, g.expansion ?? '', ...(g.aliases ?? [])]), ...local.flatMap((l) => l.terms)]);
  writeFileSync(join(site, 'search-vocabulary.json'), vocabularyJson(vocabulary));

  // Known words: the English word list and the site's own words, one small file per hash shard,
  // so checking a word fetches one ~1 KB file and never the whole list.
  const wordsDir = join(site, 'search-words');
  rmSync(wordsDir, { recursive: true, force: true });
  mkdirSync(wordsDir);
  shardFiles(new Set([...english, ...vocabulary.keys()])).forEach((text, i) => writeFileSync(join(wordsDir, `${i}.txt`), text));
  return `Search index: ${pages} pages and ${records} entitlements indexed (${how}), ${groups.length} synonym groups, ${vocabulary.size} site words and ${english.size} English words for spelling help; result files cut from ${Math.round(fragmentBytes.before / 1024)} to ${Math.round(fragmentBytes.after / 1024)} KB; index split from ${chunks.before} to ${chunks.after} chunks (largest ${(chunks.largest / 1024).toFixed(1)} KB); ${readdirSync(output).length} files in /pagefind/.`;
}
