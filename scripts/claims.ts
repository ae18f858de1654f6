// npm run claims [-- --write] [files…]: lists the numbers on pages that no claim traces, and, where the
// council papers are present (../shared/seeds, or --seeds DIR), finds the line of a cited paper that states each
// one and proposes the claim. --write adds the proposals to the files; read them before you commit: the tool
// matches words, and only a person can say that the paper's number is about the same thing as the page's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent, untracedFile } from '../src/lib/content-check.ts';
import { parseEntries } from '../src/lib/rules/index.ts';
import { citedSources, evidenceFrom, untracedNumbers, type SeenNumber } from '../src/lib/rules/numbers-sourced.ts';
import { quoteStates } from '../src/lib/numbers-in-text.ts';

const args = process.argv.slice(2);
const write = args.includes('--write');
const verbose = args.includes('--verbose');
// --list rewrites untraced-numbers.yaml in the content folder (src/content, or PORTAL_CONTENT) with every number
// still untraced: for adopting the rule on old content.
const list = args.includes('--list');
// --relaxed also proposes lines with no word beside the number in common, when the sentence matches well: read each one.
const relaxed = args.includes('--relaxed');
const seedsAt = args.includes('--seeds') ? (args[args.indexOf('--seeds') + 1] ?? '') : '../shared/seeds';
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--seeds');
const root = process.cwd();
const seeds = resolve(root, seedsAt);

interface Proposal {
  /** The page's words, for the reviewer; not written. */
  context?: string;
  says: string[];
  source: string;
  lines: number[];
  quote: string;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/** The shortest stretch of `line` around every position, widened to whole words, at most 220 characters. */
function quoteAround(line: string, keys: string[]): string | undefined {
  const squashed = line.replace(/\s+/g, ' ').trim();
  const tokens = squashed.split(' ');
  // Grow a window of words until it states every key.
  for (let size = 3; size <= Math.min(tokens.length, 40); size++) {
    for (let start = 0; start + size <= tokens.length; start++) {
      const quote = tokens.slice(start, start + size).join(' ');
      if (keys.every((key) => quoteStates(quote, key))) {
        const wider = tokens.slice(Math.max(0, start - 3), Math.min(tokens.length, start + size + 3)).join(' ');
        return (wider.length <= 220 ? wider : quote).replace(/^[^\w£(]+|[^\w).%]+$/g, '');
      }
    }
  }
  return undefined;
}

const { entries, problems } = checkContent(root);
if (problems.some((p) => p.severity !== 'warning' && p.field !== 'numbers-sourced')) {
  console.error('Fix the content check errors first (npm run check:content).');
  process.exit(1);
}
const { parsed } = parseEntries(entries, new Set());
const evidence = evidenceFrom(parsed);
const papers = [...evidence.sources].filter(([, s]) => s.type === 'paper' && s.seedFile);
const hasSeeds = existsSync(seeds);
if (!hasSeeds) console.log(`The council papers are not at ${seeds}: listing untraced numbers without proposals.`);
// Another partnership's papers live elsewhere (--seeds DIR): a paper not in the folder gets no proposals.
const missing = hasSeeds ? papers.filter(([, s]) => !existsSync(join(seeds, s.seedFile ?? ''))).map(([id]) => id) : [];
if (missing.length) console.log(`Not in ${seeds}, so no proposals from: ${missing.join(', ')}.`);
const paperLines = new Map(
  hasSeeds ? papers.filter(([id]) => !missing.includes(id)).map(([id, s]) => [id, readFileSync(join(seeds, s.seedFile ?? ''), 'utf8').split('\n')]) : [],
);

// Words too common to tell one fact from another.
const STOPWORDS = new Set(
  'the and for with from this that was were are has have had its per all our you not but than over into out who which when been being aged age ages year years'.split(
    ' ',
  ),
);

/** The words either side of a number in `text`, lower case: what tells "72 children" from "72 days". */
function neighbours(text: string, number: string): Set<string> {
  const found = new Set<string>();
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of text.matchAll(new RegExp(`((?:[A-Za-z]+\\W+){0,2})${escaped}(?:st|nd|rd|th)?((?:\\W+[A-Za-z]+){0,2})`, 'g'))) {
    for (const w of `${match[1]} ${match[2]}`.toLowerCase().match(/[a-z]{3,}/g) ?? []) if (!STOPWORDS.has(w)) found.add(w);
  }
  return found;
}

/** The best line in the papers the entry cites for one number. */
function bestLine(seen: SeenNumber, cited: Set<string>): { source: string; line: number; score: number } | undefined {
  const context = words(seen.context);
  const isDate = seen.token.date !== undefined || /^(19|20)\d\d$/.test(seen.token.key);
  const near = neighbours(seen.context, seen.token.text);
  let best: { source: string; line: number; score: number } | undefined;
  for (const [source, lines] of paperLines) {
    if (!cited.has(source)) continue;
    for (const [i, text] of lines.entries()) {
      if (!quoteStates(text, seen.token.key)) continue;
      // "12. This year…" numbers a paragraph; it states nothing.
      if (new RegExp(`^[\\s*#]*${seen.token.key}\\.\\s`).test(text) && !isDate) continue;
      const adjacent = overlap(near, neighbours(text, seen.token.text));
      // A small number is only the same fact when a word beside it matches: "72 children", not "72 days".
      if (!isDate && adjacent === 0 && !relaxed) continue;
      const around = `${lines[i - 1] ?? ''} ${lines[i + 1] ?? ''}`;
      const score = adjacent * 4 + overlap(context, words(text)) * 2 + overlap(context, words(around));
      if (!best || score > best.score) best = { source, line: i + 1, score };
    }
  }
  return best;
}

let untracedCount = 0;
const allUntraced = new Map<string, string[]>();
const unmatched: string[] = [];
const proposals = new Map<string, { entry: (typeof parsed)[number]; claims: Proposal[] }>();
for (const entry of parsed) {
  if (only.length && !only.some((f) => entry.file.includes(f))) continue;
  // Ages and amounts in fields have no sentence to match: trace them by hand.
  const untraced = untracedNumbers({ ...entry, valid: true }, evidence);
  if (!untraced.length) continue;
  untracedCount += untraced.length;
  allUntraced.set(
    entry.file,
    untraced.map((u) => u.token.text),
  );
  const cited = new Set(citedSources(entry.data as Record<string, unknown>));
  const byLine = new Map<string, { source: string; line: number; seen: SeenNumber[] }>();
  for (const seen of untraced) {
    const found = hasSeeds && !/^(ageFrom|ageTo|pounds) /.test(seen.context) ? bestLine(seen, cited) : undefined;
    // Weak matches (no shared words, not a cited paper) are left for a person.
    if (!found || found.score < (relaxed ? 8 : 4)) {
      unmatched.push(`${entry.file}${entry.collection === 'glossary' ? ` (${entry.id})` : ''}: "${seen.token.text}" in "${seen.context.slice(0, 110)}"`);
      continue;
    }
    const key = `${found.source}:${found.line}`;
    const group = byLine.get(key) ?? { source: found.source, line: found.line, seen: [] };
    group.seen.push(seen);
    byLine.set(key, group);
  }
  const claims: Proposal[] = [];
  for (const group of byLine.values()) {
    const text = paperLines.get(group.source)?.[group.line - 1] ?? '';
    const quote = quoteAround(
      text,
      group.seen.map((s) => s.token.key),
    );
    if (quote) {
      claims.push({ context: group.seen[0]?.context ?? '', says: group.seen.map((s) => s.token.text), source: group.source, lines: [group.line], quote });
      continue;
    }
    // Numbers far apart on one long line get a quote each.
    for (const s of group.seen) {
      const single = quoteAround(text, [s.token.key]);
      if (single) claims.push({ context: s.context, says: [s.token.text], source: group.source, lines: [group.line], quote: single });
      else unmatched.push(`${entry.file}: "${s.token.text}" (no short quote on ${group.source} line ${group.line})`);
    }
  }
  if (claims.length) proposals.set(`${entry.file}#${entry.id}`, { entry, claims });
}

for (const { entry, claims } of proposals.values()) {
  console.log(`\n${entry.file}${entry.collection === 'glossary' ? ` (${entry.id})` : ''}`);
  for (const c of claims)
    console.log(
      `  - says: ${JSON.stringify(c.says)}  ${c.source} line ${c.lines[0]}: "${c.quote}"${verbose ? `\n      page: "${(c.context ?? '').slice(0, 160)}"` : ''}`,
    );
}
if (unmatched.length)
  console.log(`\nNo paper line found (trace these by hand, to a law or public page, or reword):\n${unmatched.map((u) => `  ${u}`).join('\n')}`);
console.log(
  `\n${untracedCount} untraced numbers; ${[...proposals.values()].reduce((n, p) => n + p.claims.reduce((m, c) => m + c.says.length, 0), 0)} proposed; ${unmatched.length} left.`,
);

if (list) {
  const header = [
    '# Numbers shown before every number needed a claim (December 2026), not yet traced to a source.',
    '# The content check fails any other untraced number. When you add a claim for one, remove it here.',
    '# Written by npm run claims -- --list; the files are keys, the numbers as the page shows them.',
  ];
  const body = [...allUntraced].map(([file, numbers]) => `${JSON.stringify(file)}: ${JSON.stringify(numbers)}`);
  writeFileSync(resolve(root, untracedFile()), `${[...header, ...body].join('\n')}\n`);
  console.log(`Listed ${untracedCount} numbers in ${untracedFile()}.`);
}

if (write) {
  const byFile = new Map<string, { entry: (typeof parsed)[number]; claims: Proposal[] }[]>();
  // A glossary entry's file is named with its id in brackets.
  const fileOf = (e: (typeof parsed)[number]) => e.file.replace(/ \(.*\)$/, '');
  for (const p of proposals.values()) byFile.set(fileOf(p.entry), [...(byFile.get(fileOf(p.entry)) ?? []), p]);
  for (const [file, items] of byFile) writeFileSync(join(root, file), withClaims(readFileSync(join(root, file), 'utf8'), file, items));
  console.log(`Wrote claims to ${byFile.size} files.`);
}

/** One claim on one line, in YAML's flow style: easy to read in a diff and to copy. */
function flowLine(c: Proposal, indent: string): string {
  return `${indent}- { says: ${JSON.stringify(c.says)}, source: ${c.source}, lines: [${c.lines.join(', ')}], quote: ${JSON.stringify(c.quote)} }`;
}

/** The file with the proposals added as a new claims list after each entry's last field; other lines are untouched. */
function withClaims(source: string, file: string, items: { entry: (typeof parsed)[number]; claims: Proposal[] }[]): string {
  if (file.endsWith('.json')) {
    const json = JSON.parse(source) as { claims?: Proposal[] };
    json.claims = [...(json.claims ?? []), ...items.flatMap((i) => i.claims.map(withoutContext))];
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const lines = source.split('\n');
  for (const { entry, claims } of items) {
    let at: number;
    let indent = '';
    if (file.endsWith('.mdx') || file.endsWith('.md')) {
      at = lines.indexOf('---', 1);
    } else if (/^- id: /m.test(source)) {
      // A list file (the glossary): the entry's block ends at the next entry, comment or end of file.
      const start = lines.findIndex((l) => l === `- id: ${entry.id}`);
      if (start < 0) throw new Error(`${file}: cannot find "- id: ${entry.id}"`);
      at = lines.findIndex((l, i) => i > start && (l.startsWith('- ') || l.startsWith('#')));
      if (at < 0) at = lines.length;
      while (at > start && lines[at - 1]?.trim() === '') at--;
      indent = '  ';
    } else {
      at = lines.length;
      while (at > 0 && lines[at - 1]?.trim() === '') at--;
    }
    // An existing claims list (in the block before `at`) grows at its end; otherwise a new list goes at `at`.
    const blockStart = indent ? lines.findIndex((l) => l === `- id: ${entry.id}`) : 0;
    const header = lines.findIndex((l, i) => i >= blockStart && i < at && l === `${indent}claims:`);
    if (header >= 0) {
      let end = header + 1;
      while (lines[end]?.startsWith(`${indent}  - `)) end++;
      lines.splice(end, 0, ...claims.map((c) => flowLine(c, `${indent}  `)));
    } else {
      lines.splice(at, 0, `${indent}claims:`, ...claims.map((c) => flowLine(c, `${indent}  `)));
    }
  }
  return lines.join('\n');
}

function withoutContext({ context: _context, ...claim }: Proposal): Proposal {
  return claim;
}
