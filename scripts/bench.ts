/**
 * npm run bench: builds the real site and generated sites (1,000, 5,000 and 10,000
 * pages by default) in throwaway copies of the project, measures each, prints one
 * table and writes the same figures to bench-results/latest.json.
 * npm run bench:search: the search part only, real site and 5,000 pages.
 *
 * Usage: node scripts/bench.ts [--sizes 1000,5000,10000] [--search-only]
 *        [--lighthouse-at 1000 | --no-lighthouse] [--keep] [--out <file.json>]
 * Benchmarks print figures; they pass or fail nothing. Budgets are tested by npm test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { collectionFiles } from '../src/lib/collections.ts';
import { generateContent, type GeneratedSite } from './generate-site.ts';
import { buildSite, type BuildFigures } from './bench/build.ts';
import { grownPages, htmlSizes, type Growth } from './bench/html-growth.ts';
import { measureSite, SEARCH_QUERIES, type BrowserFigures } from './bench/measure-site.ts';
import { KEY_DELAY_MS, SEARCH_TARGETS, type FetchedFile } from './bench/search-speed.ts';
import { copyProject, removeCopy } from './bench/project-copy.ts';
import { formatTable, kb, mb, ms, rawGzip, seconds, type Row } from './bench/table.ts';
import { CHROMIUM } from '../tests/browser/harness.ts';

interface Options {
  sizes: number[];
  searchOnly: boolean;
  lighthouseAt: number | null;
  keep: boolean;
  out: string;
}

interface SiteResult {
  name: string;
  /** Generated content files on top of the real content; 0 for the real site. */
  generated: number;
  counts?: GeneratedSite['counts'];
  samples: Record<string, string>;
  /** Pages scored by Lighthouse at this size, by role (home, content, pledge, search, chart). */
  lighthousePages: Record<string, string>;
  build: BuildFigures;
  browser: BrowserFigures;
  /** Non-index pages of the real site whose HTML is bigger in this build than in the real build. */
  grownRealPages: Growth[];
}

/** Lighthouse pages of issue 7 item 6: home, a content page, the Pledge, search with results, a chart page (found in the build). */
const lighthousePages = (chart: string): Record<string, string> => ({
  home: '/',
  content: '/early-help/',
  pledge: '/leaving-care/everything/',
  search: `/search/?q=${encodeURIComponent(SEARCH_QUERIES.first)}`,
  chart,
});

/** The page about the partnership's first area (src/content/areas), as the areas are data. */
function firstAreaPage(): string {
  const areas = collectionFiles().areas.base;
  const file = readdirSync(areas)
    .filter((f) => f.endsWith('.yaml'))
    .sort()[0];
  const page = file ? (parse(readFileSync(join(areas, file), 'utf8')) as { page?: string }).page : undefined;
  return page ? `/${page}/` : '/';
}

/** One real page of each kind; the first update and a chart page are found in the build, as pages come and go. */
const REAL_SAMPLES = {
  home: '/',
  guidance: '/early-help/',
  procedure: '/exploitation/cse-pathway/',
  area: firstAreaPage(),
  chart: '',
  update: '',
  level: '/levels-of-need/level-2/',
  pledge: '/leaving-care/everything/',
  search: '/search/',
} as const;

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i > -1 ? argv[i + 1] : undefined;
  };
  const searchOnly = argv.includes('--search-only');
  const sizes = (value('--sizes') ?? (searchOnly ? '5000' : '1000,5000,10000')).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers separated by commas, e.g. --sizes 1000,5000');
  const lighthouseAt = searchOnly || argv.includes('--no-lighthouse') ? null : Number(value('--lighthouse-at') ?? 1000);
  const out = resolve(value('--out') ?? join('bench-results', searchOnly ? 'search-latest.json' : 'latest.json'));
  return { sizes, searchOnly, lighthouseAt, keep: argv.includes('--keep'), out };
}

const CHART_SVG = /<svg\b[^>]*\brole="img"/;

function chartPage(dist: string): string {
  const file = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const candidates = [...htmlSizes(dist).keys()].sort();
  return candidates.find((path) => existsSync(file(path)) && CHART_SVG.test(readFileSync(file(path), 'utf8'))) ?? '/';
}

const firstUpdate = (dist: string) => {
  const id = readdirSync(join(dist, 'updates'), { withFileTypes: true }).find((d) => d.isDirectory())?.name;
  return id ? `/updates/${id}/` : '/updates/';
};

async function runSite(name: string, dir: string, generated: number, options: Options, realDist: string | null, site?: GeneratedSite): Promise<SiteResult> {
  console.log(`\n[bench] ${name}: building in ${dir}`);
  const build = buildSite(dir);
  console.log(`[bench] ${name}: built ${build.htmlFiles} HTML files in ${seconds(build.seconds)}, peak ${mb(build.peakRssBytes)}`);
  const dist = join(dir, 'dist');
  const samples: Record<string, string> = site
    ? {
        home: '/',
        guidance: site.samples.guidance,
        procedure: site.samples.procedure,
        area: site.samples.area,
        chart: site.samples.chart,
        update: site.samples.update,
        level: REAL_SAMPLES.level,
        pledge: REAL_SAMPLES.pledge,
        search: REAL_SAMPLES.search,
      }
    : { ...REAL_SAMPLES, update: firstUpdate(dist), chart: chartPage(dist) };
  const scoredPages = options.lighthouseAt === generated ? lighthousePages(chartPage(dist)) : {};
  const browser = await measureSite(dist, {
    samples: options.searchOnly ? {} : samples,
    search: true,
    lighthouse: Object.values(scoredPages),
  });
  const grownRealPages = realDist ? grownPages(realDist, dist) : [];
  return { name, generated, counts: site?.counts, samples, lighthousePages: scoredPages, build, browser, grownRealPages };
}

const cell = (results: SiteResult[], f: (r: SiteResult) => string | undefined): string[] => results.map((r) => f(r) ?? '–');

/** Where a query's bytes went: Pagefind's fixed files, its index chunks, result fragments, and the portal's own files. */
function byPart(files: readonly FetchedFile[]): string {
  const part = (f: FetchedFile) =>
    f.path.startsWith('/pagefind/index/')
      ? 'index'
      : f.path.startsWith('/pagefind/fragment/')
        ? 'fragments'
        : f.path.startsWith('/pagefind/filter/')
          ? 'filters'
          : f.path.startsWith('/pagefind/')
            ? 'runtime'
            : 'portal';
  const parts = ['runtime', 'index', 'filters', 'fragments', 'portal'].map((name) => {
    const mine = files.filter((f) => part(f) === name);
    return mine.length === 0 ? null : `${name} ${kb(mine.reduce((n, f) => n + f.gzip, 0))}/${mine.length}`;
  });
  return parts.filter(Boolean).join(' + ');
}

const times = (value: number, target: number) => `${(value / target).toFixed(2)}×`;

function searchRows(results: SiteResult[]): Row[] {
  const s = (r: SiteResult) => r.browser.search;
  const t = SEARCH_TARGETS;
  return [
    [
      `Search page, reached from ${SEARCH_QUERIES.from} (gz, requests)`,
      ...cell(results, (r) => {
        const x = s(r);
        return x && `${kb(x.searchPage.bytes.gzip)}, ${x.searchPage.requests} req`;
      }),
    ],
    [
      `Search, 1st query "${SEARCH_QUERIES.first}": fetched (gz), requests (target ${kb(t.firstBytes)}, ${t.firstRequests})`,
      ...cell(results, (r) => {
        const x = s(r)?.first;
        return x && `${kb(x.bytes.gzip)} (${times(x.bytes.gzip, t.firstBytes)}), ${x.requests} req (${times(x.requests, t.firstRequests)})`;
      }),
    ],
    [
      '  of which (KB/requests)',
      ...cell(results, (r) => {
        const x = s(r)?.first;
        return x && byPart(x.files);
      }),
    ],
    [
      `Search, 1st query: last key (Enter) to first title (target ${t.ms} ms)`,
      ...cell(results, (r) => {
        const x = s(r)?.first;
        return x && `${ms(x.ms)} (${times(x.ms, t.ms)})`;
      }),
    ],
    [
      `Search, 2nd query "${SEARCH_QUERIES.second}": fetched (gz), requests (target ${kb(t.secondBytes)})`,
      ...cell(results, (r) => {
        const x = s(r)?.second;
        return x && `${kb(x.bytes.gzip)} (${times(x.bytes.gzip, t.secondBytes)}), ${x.requests} req`;
      }),
    ],
    [
      '  of which (KB/requests)',
      ...cell(results, (r) => {
        const x = s(r)?.second;
        return x && byPart(x.files);
      }),
    ],
    [
      `Search, 2nd query: last key (Enter) to first title (target ${t.ms} ms)`,
      ...cell(results, (r) => {
        const x = s(r)?.second;
        return x && `${ms(x.ms)} (${times(x.ms, t.ms)})`;
      }),
    ],
    [
      `Search link /search/?q=…: navigation to first title`,
      ...cell(results, (r) => {
        const x = s(r);
        return x && ms(x.linkMs);
      }),
    ],
  ];
}

/** Build time at the largest size over the smallest, per page: 1.0 is linear. */
function linearity(results: SiteResult[]): { ratio: number; from: number; to: number } | null {
  const generated = results.filter((r) => r.generated > 0).sort((a, b) => a.generated - b.generated);
  const small = generated[0];
  const large = generated.at(-1);
  if (!small || !large || small === large) return null;
  return { ratio: large.build.seconds / small.build.seconds / (large.generated / small.generated), from: small.generated, to: large.generated };
}

function tableRows(results: SiteResult[], options: Options): Row[] {
  const rows: Row[] = [
    ['HTML pages built', ...cell(results, (r) => String(r.build.htmlFiles))],
    [
      'npm run build: (check ∥ (page history + astro)) + index + headers = total',
      ...cell(results, (r) => {
        const s = r.build.steps;
        return `(${s.check.toFixed(1)} ∥ (${s.versions.toFixed(1)} + ${s.astro.toFixed(1)})) + ${s.index.toFixed(1)} + ${s.headers.toFixed(1)} = ${seconds(r.build.seconds)}`;
      }),
    ],
    ['Bare astro build of the same pages', ...cell(results, (r) => seconds(r.build.bare.seconds))],
    ['Full build ÷ bare astro build (target ≤ 1.2 at 1,000 pages)', ...cell(results, (r) => r.build.fullOverBare.toFixed(2))],
    ['Peak memory (max RSS): bare astro / full build', ...cell(results, (r) => `${mb(r.build.bare.peakRssBytes)} / ${mb(r.build.peakRssBytes)}`)],
    ['dist size', ...cell(results, (r) => mb(r.build.distBytes))],
    ['Pagefind index size', ...cell(results, (r) => mb(r.build.pagefindBytes))],
  ];
  const line = linearity(results);
  if (line)
    rows.push([
      `Build time ${line.to}/${line.from} ÷ ${line.to / line.from} (1.0 = linear)`,
      ...cell(results, (r) => (r.generated === line.to ? line.ratio.toFixed(2) : undefined)),
    ]);
  if (options.searchOnly) return [...rows, ...searchRows(results)];
  rows.push([
    'Real pages whose HTML grew (index pages aside)',
    ...cell(results, (r) =>
      r.generated === 0
        ? undefined
        : r.grownRealPages.length === 0
          ? 'none'
          : `${r.grownRealPages.length}, max +${r.grownRealPages[0] ? r.grownRealPages[0].after - r.grownRealPages[0].before : 0} B`,
    ),
  ]);
  for (const label of Object.keys(REAL_SAMPLES)) {
    const weight = (r: SiteResult) => r.browser.pages[label];
    rows.push(
      [
        `${label}: HTML raw / gz`,
        ...cell(results, (r) => {
          const w = weight(r);
          return w && rawGzip(w.html);
        }),
      ],
      [
        `${label}: CSS raw / gz`,
        ...cell(results, (r) => {
          const w = weight(r);
          return w && rawGzip(w.css);
        }),
      ],
      [
        `${label}: JS raw / gz`,
        ...cell(results, (r) => {
          const w = weight(r);
          return w && rawGzip(w.js);
        }),
      ],
      [
        `${label}: total gz, requests`,
        ...cell(results, (r) => {
          const w = weight(r);
          return w && `${kb(w.total.gzip)}, ${w.requests} req`;
        }),
      ],
    );
  }
  rows.push(...searchRows(results));
  const scored = results.find((r) => r.browser.lighthouse);
  for (const [role, path] of Object.entries(scored?.lighthousePages ?? {})) {
    rows.push([
      `Lighthouse ${role} ${path} (perf/a11y/bp/seo)`,
      ...cell(results, (r) => {
        const found = r.browser.lighthouse?.find((l) => l.path === path);
        return (
          found &&
          Object.values(found.scores)
            .map((s) => s ?? '?')
            .join('/')
        );
      }),
    ]);
  }
  return rows;
}

const chromiumVersion = () => {
  try {
    // Debian's chromium wrapper script prints shell noise on stderr; only stdout matters.
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const results: SiteResult[] = [];
  const failed: { name: string; error: string }[] = [];
  // Every site is made from one snapshot of the project, so code others change mid-run cannot skew the comparison.
  // The real site keeps its git history, so its build time includes reading the old versions of pages.
  const snapshot = copyProject(process.cwd(), 'portal-bench-real-', { history: true });
  const copies = [snapshot];
  try {
    results.push(await runSite('real site', snapshot, 0, options, null));
    for (const size of options.sizes) {
      const name = `${size.toLocaleString('en-GB')} pages`;
      const dir = copyProject(snapshot, `portal-bench-${size}-`);
      copies.push(dir);
      // One size failing (a build error, a timeout) should not throw away the figures of the others.
      try {
        results.push(await runSite(name, dir, size, options, join(snapshot, 'dist'), generateContent(dir, size)));
      } catch (error) {
        failed.push({ name, error: error instanceof Error ? error.message : String(error) });
        console.error(`[bench] ${name} failed: ${failed.at(-1)?.error}`);
      }
      if (!options.keep) removeCopy(dir);
    }
  } finally {
    if (!options.keep) for (const dir of copies) removeCopy(dir);
    else console.log(`[bench] kept the builds: ${copies.join(', ')}`);
  }
  const header: Row = ['', ...results.map((r) => r.name)];
  console.log(`\n${formatTable(header, tableRows(results, options))}`);
  console.log(
    `Search: a reader on ${SEARCH_QUERIES.from} goes to /search/ and types each query at a key every ${KEY_DELAY_MS} ms, then Enter (times are medians of 3 runs). Fetched = search files only; the search page's own load is its row.`,
  );
  // Search-only runs weigh no pages, so sample pages and page growth would only distract there.
  if (!options.searchOnly)
    for (const r of results.slice(0, 2))
      console.log(
        `Sample pages, ${r.name}: ${Object.entries(r.samples)
          .map(([label, path]) => `${label} ${path}`)
          .join(', ')}`,
      );
  const grown = results.flatMap((r) => r.grownRealPages.slice(0, 5).map((g) => `${r.name}: ${g.path} ${g.before} → ${g.after} B`));
  if (grown.length > 0 && !options.searchOnly) console.log(`\nReal pages whose HTML grew with the site:\n  ${grown.join('\n  ')}`);
  for (const r of results) {
    for (const l of r.browser.lighthouse ?? [])
      if (l.failing.length > 0) console.log(`Lighthouse ${l.path} (${r.name}) lost points on: ${l.failing.join(', ')}`);
  }
  for (const f of failed) console.log(`\n${f.name} FAILED, so it is missing from the table:\n${f.error}`);
  const line = linearity(results);
  mkdirSync(dirname(options.out), { recursive: true });
  const machine = { cpus: cpus().length, memoryBytes: totalmem(), node: process.version, chromium: chromiumVersion() };
  writeFileSync(options.out, `${JSON.stringify({ date: new Date().toISOString(), machine, options, linearity: line, sites: results, failed }, null, 2)}\n`);
  console.log(`\nFigures written to ${relative(process.cwd(), options.out)} (${((Date.now() - started) / 60000).toFixed(1)} minutes in all).`);
}

await main();
