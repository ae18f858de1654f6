/**
 * Builds the Pagefind index for dist/ with the portal's additions:
 * - synonyms and acronym expansions added to each page's indexed text (not to the page itself);
 * - each care leaver entitlement as its own search record;
 * - a "rank" filter: family help pages and reference pages, for ordering results;
 * - a small vocabulary file for "did you mean" spelling help, and the English word
 *   list in small shards, so help is offered only for words that are not words;
 * - result files (fragments) cut to what a result shows, without the page text;
 * - the word index split into small chunks, so a query fetches a few KB of index, not ~23 KB a word.
 * Usage: node scripts/index-search.ts [--site dist] (the site defaults to PORTAL_OUT, else dist;
 * the content to PORTAL_CONTENT, else src/content)
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { loadContent } from '../src/lib/content-check.ts';
import { CONTENT_FILES, contentPath, outDir } from '../src/lib/folders.ts';
import { buildSynonymGroups, relatedWordsText, weightedExpansions, type GlossaryLike } from '../src/lib/search/synonyms.ts';
import { countWords, mainText, vocabularyJson } from '../src/lib/search/vocabulary.ts';
import { englishWords, shardFiles } from '../src/lib/search/english-words.ts';
import { slimFragment } from '../src/lib/search/fragments.ts';
import { rechunkPagefindFolder } from '../src/lib/search/index-chunks.ts';
import { RANK } from '../src/lib/search/ranking.ts';
import { AUDIENCE_LABELS, KIND_LABELS } from '../src/lib/labels.ts';

const siteFlag = process.argv.indexOf('--site');
const site = resolve(siteFlag > -1 ? (process.argv[siteFlag + 1] ?? outDir()) : outDir());
const root = process.cwd();

// The build has already checked the content, so it is only read and typed here, each file once.
const { content, problems } = loadContent(root);
if (problems.length > 0) throw new Error(`The content has problems: run npm run check:content (first: ${problems[0]?.file})`);

// A missing file means no entries; a file that does not parse stops the build (it once dropped every synonym silently).
const readYaml = <T>(path: string, fallback: T): T => (existsSync(path) ? ((parse(readFileSync(path, 'utf8')) as T) ?? fallback) : fallback);
const glossary: GlossaryLike[] = content.glossary.map((entry) => entry.data);
const local = readYaml<{ terms: string[] }[]>(resolve(root, contentPath(CONTENT_FILES.synonyms)), []);
const groups = buildSynonymGroups(glossary, local);

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

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

const texts: string[] = [];
let pages = 0;
for (const file of htmlFiles(site).sort()) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const text = mainText(html);
  texts.push(text);
  const extra = weightedExpansions(text, groups);
  // Low weight: related words help a page be found but never outrank its own words. An area's own page
  // is the page about the place, so its related words (Worcs, Salop, T&W) count in full.
  const weight = metaContent(html, 'pagefind-kind') === KIND_LABELS.area ? 1 : 0.5;
  const withWords =
    extra.length > 0 ? html.replace('</main>', `<p data-pagefind-weight="${weight}">Related words: ${relatedWordsText(extra)}.</p></main>`) : html;
  const rank = rankOf(html);
  const content = rank ? withWords.replace('</head>', `<meta data-pagefind-filter="rank[content]" content="${rank}"></head>`) : withWords;
  const added = await index.addHTMLFile({ sourcePath: relative(site, file), content });
  if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
  pages++;
}

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

// Pagefind adds to what is there; a second run must not leave the first run's files behind.
const output = join(site, 'pagefind');
rmSync(output, { recursive: true, force: true });
await index.writeFiles({ outputPath: output });
await pagefind.close();

// Results show the title, summary, areas and readers, never an excerpt: the page text in each fragment is dead weight.
const fragmentsDir = join(output, 'fragment');
let fragmentBytes = { before: 0, after: 0 };
for (const name of readdirSync(fragmentsDir)) {
  const file = join(fragmentsDir, name);
  const before = readFileSync(file);
  const after = gzipSync(slimFragment(gunzipSync(before).toString('utf8')), { level: 9 });
  writeFileSync(file, after);
  fragmentBytes = { before: fragmentBytes.before + before.length, after: fragmentBytes.after + after.length };
}

// Small index chunks, so a query fetches a few KB of index rather than ~23 KB a word.
const chunkCount = rechunkPagefindFolder(output);

// Words the synonyms know (Worcs, Salop …) are real words here: spelling help must never "correct" them.
const vocabulary = countWords([...texts, ...glossary.flatMap((g) => [g.term, g.expansion ?? '', ...(g.aliases ?? [])]), ...local.flatMap((l) => l.terms)]);
writeFileSync(join(site, 'search-vocabulary.json'), vocabularyJson(vocabulary));

// Known words: the English word list (hunspell en-GB, expanded) and the site's own words, one small
// file per hash shard, so checking a word fetches one ~1 KB file and never the whole list.
const dictionary = join(root, 'node_modules/dictionary-en-gb');
const english = englishWords(readFileSync(join(dictionary, 'index.aff'), 'utf8'), readFileSync(join(dictionary, 'index.dic'), 'utf8'));
const wordsDir = join(site, 'search-words');
rmSync(wordsDir, { recursive: true, force: true });
mkdirSync(wordsDir);
shardFiles(new Set([...english, ...vocabulary.keys()])).forEach((text, i) => writeFileSync(join(wordsDir, `${i}.txt`), text));
console.log(
  `Search index: ${pages} pages and ${records} entitlements indexed, ${groups.length} synonym groups, ${vocabulary.size} site words and ${english.size} English words for spelling help; result files cut from ${Math.round(fragmentBytes.before / 1024)} to ${Math.round(fragmentBytes.after / 1024)} KB; index split from ${chunkCount.before} to ${chunkCount.after} chunks (largest ${(chunkCount.largest / 1024).toFixed(1)} KB).`,
);
