/**
 * npm run new -- <kind> "<title>" — starts a new content file that passes the
 * content check straight away, so an editor only has to replace the placeholders.
 * Usage: node scripts/new.ts <kind> "<title>" [--root <dir>]
 * Kinds: guidance, procedure, area, entitlement, level, update.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildDate } from '../src/lib/build-date.ts';
import { collectionFiles } from '../src/lib/collections.ts';
import { levelUrl, pageUrl, updateUrl } from '../src/lib/routes.ts';
import { TITLE_MAX } from '../src/lib/schemas.ts';

const KINDS = ['guidance', 'procedure', 'area', 'entitlement', 'level', 'update'] as const;
type Kind = (typeof KINDS)[number];
// The schema's own limit, so the scaffold never writes a page the check refuses.
const MAX_TITLE = TITLE_MAX;
const OWNER = 'Safeguarding Portal team';

/** Stops with a plain message and no stack trace. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Lower case, accents dropped, & as "and", anything else between words as one hyphen. */
function slugOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && slug.length + word.length + 1 > 60) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug;
}

/** The same day a year later; 29 February becomes 28 February. */
function aYearAfter(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}

/** Each collection's folder in the content folder (src/content, or PORTAL_CONTENT). */
const COLLECTION_FILES = collectionFiles();

/** The partnership's area ids, from the content's areas: the scaffold names them, the code does not. */
const areaIds = (): string[] =>
  readdirSync(resolve(root, COLLECTION_FILES.areas.base))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();

/** A YAML string that is safe whatever the title holds (JSON strings are valid YAML). */
const yamlText = (text: string) => JSON.stringify(text);

function frontmatterPage(kind: 'guidance' | 'procedure' | 'area', title: string, today: string): string {
  const lines = [
    '---',
    `kind: ${kind}`,
    `title: ${yamlText(title)}`,
    'summary: "Replace this with one or two short, plain sentences about the page."',
    '# Who the page is for: families, young-people, practitioners',
    'audience: [practitioners]',
    `# all, or a list of areas: [${areaIds().join(', ')}]`,
    'areas: all',
    `owner: ${OWNER}`,
    `approved: ${today}`,
    `reviewDue: ${aYearAfter(today)}`,
    '# The papers or laws the page draws on: file names in src/content/sources',
    'sources: [portal]',
    'changes:',
    `  - date: ${today}`,
    '    summary: First published.',
  ];
  if (kind === 'area') lines.push(`# The area this page is about: one of ${areaIds().join(', ')}`, `area: ${areaIds()[0] ?? ''}`);
  if (kind === 'procedure') {
    lines.push(
      'steps:',
      '  - title: Replace with a short name for the step',
      '    who: Replace with who acts at this step.',
      '    when: Replace with when this step happens.',
      '    action: Replace with what the person does.',
      '    next: Replace with what happens next.',
      '    # true when the papers describe this step',
      '    describedInPapers: false',
    );
  }
  return [...lines, '---', ''].join('\n');
}

const PAGE_BODY = `
Replace this with the opening of the page. Use short sentences and everyday words.

## Replace this with the first section heading

Write the section here. Headings start at ##.
`;

function entitlement(title: string, today: string): string {
  return `title: ${yamlText(title)}
summary: "Replace this with one or two plain sentences about what a care leaver can get."
audience: [young-people, practitioners]
areas: all
owner: ${OWNER}
approved: ${today}
reviewDue: ${aYearAfter(today)}
checkedOn: ${today}
sources: [portal]
changes:
  - date: ${today}
    summary: First published.
description: "Replace this with what you can get, written to the reader as you."
forWhom: "Replace this with who can get it."
ageFrom: 16
ageTo: 25
# support, money, housing, education, work, health or rights
topic: support
# law, statutory-guidance or local-choice
basis: local-choice
legalBasis: "Replace this with the law, guidance or local paper it comes from."
howToAsk: "Replace this with how to ask for it."
`;
}

function level(title: string, today: string, number: number): string {
  return `kind: level
level: ${number}
name: Replace with the level name
title: ${yamlText(title)}
summary: "Replace this with one or two plain sentences about this level of need."
audience: [practitioners, families]
areas: all
owner: ${OWNER}
approved: ${today}
reviewDue: ${aYearAfter(today)}
sources: [portal]
meaning: "Replace this with what the level means."
indicators:
  child:
    - Replace with an example about the child
  parenting:
    - Replace with an example about parenting
  family:
    - Replace with an example about the family and where they live
response: "Replace this with the usual response at this level."
contact: "Replace this with who to contact at this level."
changes:
  - date: ${today}
    summary: First published.
`;
}

function update(title: string, today: string): string {
  return `---
kind: update
title: ${yamlText(title)}
summary: "Replace this with one or two plain sentences about what happened."
date: ${today}
audience: [practitioners]
areas: all
sources: [portal]
---

Replace this with what happened, when, and what it means for readers.
`;
}

/** Where a new file goes, what it holds, and the address it will have. */
function plan(kind: Kind, title: string, today: string, root: string): { file: string; text: string; url: string } {
  const slug = slugOf(title);
  const pages = resolve(root, COLLECTION_FILES.pages.base);
  switch (kind) {
    case 'guidance':
    case 'procedure':
      return { file: join(pages, `${slug}.mdx`), text: frontmatterPage(kind, title, today) + PAGE_BODY, url: pageUrl(slug) };
    case 'area':
      return { file: join(pages, 'areas', `${slug}.mdx`), text: frontmatterPage(kind, title, today) + PAGE_BODY, url: pageUrl(`areas/${slug}`) };
    case 'entitlement':
      return {
        file: resolve(root, COLLECTION_FILES.entitlements.base, `${slug}.yaml`),
        text: entitlement(title, today),
        url: '/leaving-care/everything/ (in the list of what you can get)',
      };
    case 'level': {
      // There are four levels of need; a new file can only fill a gap.
      const levels = resolve(root, COLLECTION_FILES.levels.base);
      const number = [1, 2, 3, 4].find((n) => !existsSync(join(levels, `level-${n}.yaml`)));
      if (number === undefined)
        fail(`All four levels of need already exist (${COLLECTION_FILES.levels.base}/level-1.yaml to level-4.yaml) — edit one of those instead.`);
      return { file: join(levels, `level-${number}.yaml`), text: level(title, today, number), url: levelUrl(number) };
    }
    case 'update': {
      const id = `${today}-${slug}`;
      return { file: resolve(root, COLLECTION_FILES.updates.base, `${id}.mdx`), text: update(title, today), url: updateUrl(id) };
    }
  }
}

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = resolve(rootFlag > -1 ? (args[rootFlag + 1] ?? '.') : '.');
const [kind, title] = rootFlag > -1 ? args.filter((_, i) => i !== rootFlag && i !== rootFlag + 1) : args;
const usage = `Usage: npm run new -- <kind> "<title>", where kind is one of ${KINDS.join(', ')}`;

if (!kind) fail(usage);
if (!(KINDS as readonly string[]).includes(kind)) fail(`"${kind}" is not a kind of content — use one of ${KINDS.join(', ')}`);
if (!title?.trim()) fail(`The title is missing — ${usage}`);
const cleanTitle = title.trim().replace(/\s+/g, ' ');
if (cleanTitle.length > MAX_TITLE) fail(`The title is ${cleanTitle.length} characters long — keep it to ${MAX_TITLE} or fewer`);
if (!slugOf(cleanTitle)) fail(`"${cleanTitle}" has no letters or numbers to make a file name from — use words`);

const today = buildDate();
const { file, text, url } = plan(kind as Kind, cleanTitle, today, root);
const shown = relative(root, file);
if (existsSync(file)) fail(`${shown} already exists — choose a different title, or edit that file`);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`Created ${shown}`);
console.log(`Address: ${url}`);
console.log('Next: replace every "Replace this" placeholder, then run npm run check:content.');
