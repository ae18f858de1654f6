/**
 * Writes a large, realistic site for benchmarks: guidance, procedure and area
 * pages, board updates and a few entitlements, made from the portal's own
 * collections and checked by the same schemas. The real content stays, so the
 * generated site also has the real home page, Pledge page and levels of need.
 *
 * Usage: node scripts/generate-site.ts --pages 1000 [--seed 1]
 * Makes a copy of the project in the temp directory, writes the pages into it
 * and prints its path; build it there with `npx astro build` and
 * `npx node scripts/index-search.ts --site dist`.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { collectionFiles } from '../src/lib/collections.ts';
import { loadContent } from '../src/lib/content-check.ts';
import { contentDir } from '../src/lib/folders.ts';
import { loadPartnership } from '../src/lib/partnership.ts';
import { numbersIn } from '../src/lib/numbers-in-text.ts';
import { makeBaseSchema, type RefFactory } from '../src/lib/schemas.ts';
import { copyProject } from './bench/project-copy.ts';
import {
  ACTIONS,
  AREA_FRAMES,
  GUIDANCE_FRAMES,
  HEADINGS,
  LIST_ITEMS,
  MONTHS,
  NEXTS,
  PROCEDURE_FRAMES,
  SENTENCES,
  SUBJECTS,
  UPDATE_FRAMES,
  UPDATE_SENTENCES,
  WHEN,
  WHO,
  between,
  fill,
  pick,
  seededRandom,
  type Random,
} from './bench/site-text.ts';

export type GeneratedKind = 'guidance' | 'procedure' | 'area' | 'update' | 'entitlement';

/** Generated entitlements all land on the one Pledge page, so they are few, as in real life. */
export const MAX_ENTITLEMENTS = 50;
/** One page in this many carries a chart, as issue 7 asks. */
export const CHART_EVERY = 50;

/** The schema's limit for a title, read from the schema so the generator follows it when it changes. */
const MAX_TITLE = makeBaseSchema((() => z.any()) as unknown as RefFactory).shape.title.maxLength ?? 70;
const APPROVED = '2026-11-23';
const REVIEW_DUE = '2027-05-23';
const AUDIENCE_SETS = [
  ['families'],
  ['families', 'young-people'],
  ['practitioners'],
  ['young-people', 'practitioners'],
  ['families', 'practitioners'],
] as const;
const TOPICS = ['support', 'money', 'housing', 'education', 'work', 'health', 'rights'] as const;
const BASES = ['law', 'statutory-guidance', 'local-choice'] as const;
const QUALIFIERS = [
  '',
  ' for parents',
  ' for carers',
  ' for teenagers',
  ' for under-fives',
  ' in school holidays',
  ' for grandparents',
  ' for foster carers',
] as const;

/** The real ids generated content may refer to, read from the project being filled. */
interface Context {
  /** Generated pages are owned by the partnership the copy was made from. */
  owner: string;
  areas: { id: string; name: string; frontDoor: string }[];
  sources: string[];
  /** Council papers and their dates: an update is dated no later than the paper it comes from (the update-date rule). */
  papers: { id: string; date: string }[];
  datasets: string[];
  terms: string[];
  realPages: { url: string; title: string }[];
}

export interface GeneratedSite {
  counts: Record<GeneratedKind, number>;
  charts: number;
  /** The first page of each kind, and the first page with a chart, as site paths. */
  samples: Record<GeneratedKind | 'chart', string>;
}

/** The project's own content (src/content, or PORTAL_CONTENT), read and checked once. */
function readContext(project: string): Context {
  const { content, problems } = loadContent(project);
  if (problems.length > 0) throw new Error(`The content has problems: run npm run check:content (first: ${problems[0]?.file})`);
  return {
    owner: loadPartnership(project).name,
    areas: content.areas.map((area) => ({ id: area.id, name: area.data.name, frontDoor: area.data.frontDoor.name })),
    // Ids in the order their names sort, as before the content was read through the checker.
    sources: content.sources.map((s) => s.id).sort(),
    papers: content.sources
      .flatMap((s) => (s.data.type === 'paper' && s.data.date ? [{ id: s.id, date: s.data.date }] : []))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    datasets: content.datasets.map((d) => d.id).sort(),
    terms: content.glossary.map((g) => g.data.term).filter((t) => !/[()]/.test(t)),
    realPages: content.pages.filter((page) => !page.data.draft).map((page) => ({ url: `/${page.id}/`, title: page.data.title })),
  };
}

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .slice(0, 70)
    .replace(/-$/, '');

/** Text cut to at most `max` characters, at a word break. */
const fitWords = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max + 1).replace(/\s+\S*$/, ''));

/** YAML-safe text: JSON strings are valid YAML. */
const q = (text: string) => JSON.stringify(text);

/** Writes one generated site's text; every choice comes from `random`, so a seed gives the same site. */
class Writer {
  private readonly titles = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly written: { url: string; title: string }[] = [];
  private readonly random: Random;
  private readonly context: Context;
  // Plain fields, not parameter properties: Node runs this file by stripping types only.
  constructor(random: Random, context: Context) {
    this.random = random;
    this.context = context;
  }

  /** A title no other generated page has, within the schema's limit: a qualifier first, then a number. */
  uniqueTitle(frame: string, values: Record<string, string>): string {
    const base = fill(frame, values);
    for (const qualifier of QUALIFIERS) {
      const title = `${base}${qualifier}`;
      if (title.length <= MAX_TITLE && !this.titles.has(title)) return this.keep(title);
    }
    for (let n = 2; ; n++) {
      const suffix = ` (part ${n})`;
      const title = `${fitWords(base, MAX_TITLE - suffix.length)}${suffix}`;
      if (!this.titles.has(title)) return this.keep(title);
    }
  }

  private keep(title: string): string {
    this.titles.add(title);
    return title;
  }

  /** A file id no other generated entry has: slugs are cut short, so two titles can share one. */
  uniqueId(id: string): string {
    let unique = id;
    for (let n = 2; this.ids.has(unique); n++) unique = `${id}-${n}`;
    this.ids.add(unique);
    return unique;
  }

  remember(url: string, title: string): void {
    this.written.push({ url, title });
  }

  area() {
    return pick(this.random, this.context.areas);
  }

  sentence(area: string): string {
    if (this.random() < 0.08) return `You may hear the word ${pick(this.random, this.context.terms)}. The [glossary](/glossary/) says what it means.`;
    return fill(pick(this.random, SENTENCES), { area });
  }

  paragraph(area: string, low = 3, high = 6): string {
    return Array.from({ length: between(this.random, low, high) }, () => this.sentence(area)).join(' ');
  }

  list(): string {
    const items = new Set<string>();
    const size = between(this.random, 3, 6);
    while (items.size < size) items.add(pick(this.random, LIST_ITEMS));
    return ['You can get help from:', '', ...[...items].map((item) => `- ${item};`)].join('\n').replace(/;$/, '.');
  }

  table(): string {
    const kind = between(this.random, 0, 2);
    if (kind === 0) {
      return ['| Area | Front door |', '|---|---|', ...this.context.areas.map((a) => `| ${a.name} | ${a.frontDoor} |`)].join('\n');
    }
    if (kind === 1) {
      const rows = [16, 18, 21, 25].map((age) => `| ${age} | ${pick(this.random, LIST_ITEMS)} |`);
      return ['| Age | Who can help |', '|---|---|', ...rows].join('\n');
    }
    const year = between(this.random, 2014, 2019);
    const rows = [0, 1, 2, 3].map(
      (n) => `| ${year + n}/${String((year + n + 1) % 100).padStart(2, '0')} | ${between(this.random, 900, 6000)} | ${between(this.random, 200, 1800)} |`,
    );
    return ['| Year | Contacts | Referrals |', '|---|--:|--:|', ...rows].join('\n');
  }

  link(): string {
    const useReal = this.written.length === 0 || this.random() < 0.4;
    const target = useReal ? pick(this.random, this.context.realPages) : pick(this.random, this.written);
    return `Read [${target.title}](${target.url}) for more about this.`;
  }

  /** A page body of 4 to 9 sections, with lists, tables, callouts and links mixed in. */
  body(area: string, chart: string | undefined): string {
    const parts = [this.paragraph(area, 3, 5)];
    const headings = new Set<string>();
    const sections = between(this.random, 4, 9);
    while (headings.size < sections) headings.add(pick(this.random, HEADINGS));
    for (const heading of headings) {
      parts.push(`## ${heading}`, this.paragraph(area));
      if (this.random() < 0.3) parts.push(this.list());
      if (this.random() < 0.25) parts.push(this.table());
      if (this.random() < 0.1) parts.push(`<Callout kind="important">\n\n${this.paragraph(area, 1, 2)}\n\n</Callout>`);
      if (this.random() < 0.05) parts.push(`<NotInPapers>\n\n${this.paragraph(area, 1, 2)}\n\n</NotInPapers>`);
      if (this.random() < 0.4) parts.push(this.paragraph(area, 1, 4));
      if (this.random() < 0.3) parts.push(this.link());
    }
    if (chart) parts.push('## Facts and figures', 'These figures come from the council papers.', `<DataExplainer id="${chart}" />`);
    return `${parts.join('\n\n')}\n`;
  }

  /** Frontmatter fields every page kind shares. */
  common(title: string, summary: string, areaId: string | 'all'): string[] {
    const sources = new Set<string>();
    const count = between(this.random, 1, 3);
    while (sources.size < count) sources.add(pick(this.random, this.context.sources));
    return [
      `title: ${q(title)}`,
      `summary: ${q(summary)}`,
      `audience: [${pick(this.random, AUDIENCE_SETS).join(', ')}]`,
      `areas: ${areaId === 'all' ? 'all' : `[${areaId}]`}`,
      `owner: ${this.context.owner}`,
      `approved: ${APPROVED}`,
      `reviewDue: ${REVIEW_DUE}`,
      `sources: [${[...sources].join(', ')}]`,
      'changes:',
      `  - date: ${APPROVED}`,
      '    summary: First published.',
    ];
  }

  steps(): string[] {
    const lines = ['steps:'];
    const count = between(this.random, 3, 6);
    for (let i = 0; i < count; i++) {
      lines.push(
        `  - title: ${q(`Step ${i + 1}: ${pick(this.random, ['Notice', 'Record', 'Talk', 'Share', 'Decide', 'Plan', 'Review'])} the worry`)}`,
        `    who: ${q(pick(this.random, WHO))}`,
        `    when: ${q(pick(this.random, WHEN))}`,
        `    action: ${q(pick(this.random, ACTIONS))}`,
        `    next: ${q(pick(this.random, NEXTS))}`,
        `    describedInPapers: ${this.random() < 0.7}`,
      );
      if (this.random() < 0.3) lines.push('    byArea:', `      ${this.area().id}: ${q(pick(this.random, ACTIONS))}`);
    }
    return lines;
  }

  update(title: string, area: { id: string; name: string }): { date: string; text: string } {
    // Dated in the months before its paper, and never the 1st: a first of the month reads as a month written as a day (the update-date rule).
    const paper = pick(this.random, this.context.papers);
    const [paperYear = 2014, paperMonth = 1] = paper.date.split('-').map(Number);
    const year = paperMonth > 1 ? paperYear : paperYear - 1;
    const month = paperMonth > 1 ? between(this.random, 1, paperMonth - 1) : between(this.random, 1, 12);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(between(this.random, 2, 28)).padStart(2, '0')}`;
    const sentences = Array.from({ length: between(this.random, 3, 6) }, () =>
      fill(pick(this.random, UPDATE_SENTENCES), { month: pick(this.random, MONTHS), year: String(year) }),
    );
    const text = [
      '---',
      'kind: update',
      `title: ${q(title)}`,
      `summary: ${q(`What the ${area.name} partnership said in ${year}, and what it means for families and staff.`)}`,
      `date: ${date}`,
      `audience: [${pick(this.random, AUDIENCE_SETS).join(', ')}]`,
      `areas: [${area.id}]`,
      `sources: [${paper.id}]`,
      '---',
      '',
      sentences.join(' '),
      '',
    ].join('\n');
    return { date, text };
  }

  entitlement(title: string): string {
    const from = between(this.random, 16, 18);
    return [
      `title: ${q(title)}`,
      `summary: ${q('Something a care leaver can ask for. Your personal adviser can tell you more.')}`,
      'areas: all',
      `audience: [young-people, practitioners]`,
      `owner: ${this.context.owner}`,
      `approved: ${APPROVED}`,
      `reviewDue: ${REVIEW_DUE}`,
      `checkedOn: ${APPROVED}`,
      'kind: entitlement',
      'changes:',
      `  - date: ${APPROVED}`,
      '    summary: First published.',
      `description: ${q(this.paragraph('your area', 2, 4))}`,
      `forWhom: ${q('Care leavers who ask their personal adviser.')}`,
      `ageFrom: ${from}`,
      `ageTo: ${between(this.random, from, 25)}`,
      `topic: ${pick(this.random, TOPICS)}`,
      `basis: ${pick(this.random, BASES)}`,
      `legalBasis: ${q('Children Act 1989, and the local offer for care leavers.')}`,
      `howToAsk: ${q('Talk to your personal adviser, or ask at a drop-in.')}`,
      `sources: [${pick(this.random, this.context.sources)}]`,
      '',
    ].join('\n');
  }
}

/** Which kind item `i` is: per 100 items, 45 guidance, 22 procedure, 13 area, 19 update, 1 entitlement. */
function kindAt(i: number, entitlements: number): GeneratedKind {
  const p = i % 100;
  if (p < 45) return 'guidance';
  if (p < 67) return 'procedure';
  if (p < 80) return 'area';
  if (p < 99) return 'update';
  return entitlements < MAX_ENTITLEMENTS ? 'entitlement' : 'guidance';
}

const SECTIONS = ['early-help', 'exploitation', 'leaving-care', 'levels-of-need', 'guides'] as const;

/** The generated text's numbers are filler, not facts: one claim says so, so the content check passes as it does for real pages. */
function withFillerClaim(file: string, text: string): string {
  const says = [...new Set(numbersIn(text).map((t) => t.text))];
  if (says.length === 0) return text;
  const claim = `  - { says: ${JSON.stringify(says)}, source: portal, where: "benchmark filler written by scripts/generate-site.ts, not real figures" }`;
  if (file.endsWith('.yaml')) return `${text.trimEnd()}\nclaims:\n${claim}\n`;
  const end = text.indexOf('\n---', 3);
  return `${text.slice(0, end)}\nclaims:\n${claim}${text.slice(end)}`;
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, withFillerClaim(file, text));
}

/** Writes `pages` generated content files into the project at `project`. */
export function generateContent(project: string, pages: number, seed = 1): GeneratedSite {
  const random = seededRandom(seed);
  const context = readContext(project);
  const writer = new Writer(random, context);
  const counts: Record<GeneratedKind, number> = { guidance: 0, procedure: 0, area: 0, update: 0, entitlement: 0 };
  const samples: Partial<GeneratedSite['samples']> = {};
  let charts = 0;
  const files = collectionFiles();
  const pagesBase = join(project, files.pages.base);

  for (let i = 0; i < pages; i++) {
    const kind = kindAt(i, counts.entitlement);
    const area = writer.area();
    const subject = pick(random, SUBJECTS);
    let url: string;
    if (kind === 'update') {
      const title = writer.uniqueTitle(pick(random, UPDATE_FRAMES), { subject, area: area.name });
      const { date, text } = writer.update(title, area);
      const id = writer.uniqueId(`${date}-${slugOf(title)}`);
      write(join(project, files.updates.base, `${id}.mdx`), text);
      url = `/updates/${id}/`;
    } else if (kind === 'entitlement') {
      const title = writer.uniqueTitle('Help with {subject}, for care leavers', { subject });
      write(join(project, files.entitlements.base, `${writer.uniqueId(`generated-${slugOf(title)}`)}.yaml`), writer.entitlement(title));
      url = '/leaving-care/everything/';
    } else {
      const frames = kind === 'guidance' ? GUIDANCE_FRAMES : kind === 'procedure' ? PROCEDURE_FRAMES : AREA_FRAMES;
      const title = writer.uniqueTitle(pick(random, frames), { subject, area: area.name });
      const summary = `Plain advice about ${subject}: who can help, what happens next and what you can do.`;
      const areas = kind === 'area' || random() < 0.4 ? area.id : 'all';
      const chart = i % CHART_EVERY === 7 ? context.datasets[charts % context.datasets.length] : undefined;
      const id = writer.uniqueId(kind === 'area' ? `areas/${area.id}-${slugOf(title)}` : `${SECTIONS[i % SECTIONS.length]}/${slugOf(title)}`);
      const extra = kind === 'area' ? [`area: ${area.id}`] : kind === 'procedure' ? writer.steps() : [];
      const frontmatter = ['---', `kind: ${kind}`, ...writer.common(title, summary, areas), ...extra, '---', ''].join('\n');
      write(join(pagesBase, `${id}.mdx`), `${frontmatter}\n${writer.body(area.name, chart)}`);
      url = `/${id}/`;
      writer.remember(url, title);
      if (chart) {
        charts++;
        samples.chart ??= url;
      }
    }
    counts[kind]++;
    samples[kind] ??= url;
  }
  const missing = (['guidance', 'procedure', 'area', 'update', 'entitlement', 'chart'] as const).filter((k) => !samples[k]);
  for (const k of missing) samples[k] = k === 'entitlement' ? '/leaving-care/everything/' : '/';
  return { counts, charts, samples: samples as GeneratedSite['samples'] };
}

/** A project copy with `pages` generated pages, ready to build. */
export function generateSite(root: string, pages: number, seed = 1): { dir: string; site: GeneratedSite } {
  const dir = copyProject(root, `portal-generated-${pages}-`);
  // Content kept outside src/ (PORTAL_CONTENT) goes into the copy at the same place.
  const content = contentDir();
  if (!isAbsolute(content) && !existsSync(join(dir, content))) cpSync(resolve(root, content), join(dir, content), { recursive: true });
  return { dir, site: generateContent(dir, pages, seed) };
}

if (import.meta.main) {
  const flag = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i > -1 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const pages = Number(flag('--pages', '1000'));
  const seed = Number(flag('--seed', '1'));
  if (!Number.isInteger(pages) || pages < 1) {
    console.error('--pages must be a whole number above 0, e.g. --pages 1000');
    process.exit(1);
  }
  const { dir, site } = generateSite(process.cwd(), pages, seed);
  console.log(
    `Generated ${pages} content files (${Object.entries(site.counts)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}; ${site.charts} with a chart) in ${dir}`,
  );
  console.log(`Build it: cd ${dir} && npx astro build && npx node scripts/index-search.ts --site dist`);
}
