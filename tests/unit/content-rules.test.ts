// Each content rule on small made-up pages. Messages are pinned word for word:
// changing what an editor reads is a reviewed change.
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/lib/collections.ts';
import { formatProblem, type ContentProblem } from '../../src/lib/content-errors.ts';
import { acronyms } from '../../src/lib/rules/acronyms.ts';
import { duplicates } from '../../src/lib/rules/duplicates.ts';
import { headings } from '../../src/lib/rules/headings.ts';
import { images } from '../../src/lib/rules/images.ts';
import { parseEntries } from '../../src/lib/rules/index.ts';
import { linkText } from '../../src/lib/rules/link-text.ts';
import { links } from '../../src/lib/rules/links.ts';
import { mdxSafety } from '../../src/lib/rules/mdx-safety.ts';
import { parseMdx } from '../../src/lib/rules/parse-mdx.ts';
import { readingAge } from '../../src/lib/rules/reading-age.ts';
import { references } from '../../src/lib/rules/references.ts';
import { reviewDue } from '../../src/lib/rules/review-due.ts';
import { phoneNumbers } from '../../src/lib/rules/phone-numbers.ts';
import { serviceChecked } from '../../src/lib/rules/service-checked.ts';
import { updateDates } from '../../src/lib/rules/update-dates.ts';
import { datedArrangements } from '../../src/lib/rules/dated-arrangements.ts';
import { buildSiteMap, headingSlugs } from '../../src/lib/rules/site-map.ts';
import type { ParsedEntry, Rule } from '../../src/lib/rules/types.ts';

const TODAY = '2026-11-23';

/** An entry as the checker would hand it to a rule; the body starts on line 1. */
function entry(collection: CollectionName, id: string, body: string | undefined, data: Record<string, unknown> = {}): ParsedEntry {
  const parsed = body === undefined ? undefined : parseMdx(body);
  if (parsed?.error) throw new Error(`test body is not MDX: ${parsed.error.reason}`);
  const extension = collection === 'datasets' ? 'json' : body === undefined ? 'yaml' : 'mdx';
  return {
    collection,
    id,
    file: `src/content/${collection}/${id}.${extension}`,
    data,
    fieldLines: new Map(Object.keys(data).map((key, index) => [key, index + 2])),
    ...(body === undefined ? {} : { body, bodyLine: 1 }),
    ...(parsed?.tree ? { tree: parsed.tree } : {}),
    valid: true,
  };
}

const page = (body: string, data: Record<string, unknown> = {}, id = 'test-page') =>
  entry('pages', id, body, { kind: 'guidance', title: `Title of ${id}`, audience: ['practitioners'], ...data });

/** The site every link test resolves against: two pages, a level, an update, the glossary and a dataset. */
const SITE = [
  page('## What is early help?\n\n## Who is it for?\n\n## Who is it for?\n', {}, 'early-help'),
  page('Text.', { kind: 'procedure' }, 'exploitation/cse-pathway'),
  entry('levels', 'level-2', undefined, { level: 2, title: 'Level 2: additional needs' }),
  entry('updates', '2022-09-01-hub', '## What happened\n', { title: 'A hub opens' }),
  entry('glossary', 'cse', undefined, { term: 'CSE', kind: 'acronym', aliases: ['child sexual exploitation'] }),
  entry('glossary', 'dsl', undefined, { term: 'DSL', kind: 'acronym', aliases: ['designated safeguarding lead', 'DSLs'] }),
  entry('glossary', 'early-help', undefined, { term: 'early help', kind: 'term' }),
  entry('datasets', 'shropshire-children-looked-after', undefined, { area: 'shropshire', page: 'exploitation/cse-pathway' }),
];

function run(rule: Rule, checked: ParsedEntry[], options: { today?: string; ci?: boolean; extra?: ParsedEntry[] } = {}): ContentProblem[] {
  const all = [...SITE, ...(options.extra ?? []), ...checked.filter((e) => !SITE.includes(e))];
  return rule({ checked, all, site: buildSiteMap(all), today: options.today ?? TODAY, ci: options.ci ?? false });
}
const lines = (rule: Rule, checked: ParsedEntry[], options?: Parameters<typeof run>[2]) => run(rule, checked, options).map(formatProblem);

describe('parseMdx', () => {
  it('reports lines of the whole file, not of the body', () => {
    const { tree } = parseMdx('Intro.\n\n## A heading\n', 12) as { tree: Root };
    expect(tree.children[1]?.position?.start.line).toBe(14);
  });
  it('turns a syntax error into a value with its file line', () => {
    expect(parseMdx('Text.\n\nSee {1 +}.\n', 12)).toEqual({ error: { line: 14, reason: 'Could not parse expression with acorn', ruleId: 'acorn' } });
  });
});

describe('headingSlugs', () => {
  it('slugs headings as Astro does, numbering repeats', () => {
    const { tree } = parseMdx("## Who is it for?\n\n## Who is it for?\n\n### Children's centres & hubs\n") as { tree: Root };
    expect(headingSlugs(tree)).toEqual(['who-is-it-for', 'who-is-it-for-1', 'childrens-centres--hubs']);
  });
});

describe('links', () => {
  it('accepts pages, levels, updates, fixed routes, headings, glossary ids, figures, relative links and other websites', () => {
    const body = [
      '[a](/early-help/) [b](/early-help/#who-is-it-for-1) [c](/levels-of-need/level-2/#contact) [d](/updates/2022-09-01-hub/#what-happened)',
      '[e](/search/) [f](/glossary/#cse) [g](/glossary/#letter-C) [h](/exploitation/cse-pathway/#figure-shropshire-children-looked-after) [n](/glossary/terms/#early-help) [o](/facts-and-figures/#area-shropshire)',
      '[i](../../exploitation/cse-pathway/#steps-title) [j](#own-heading) [k](https://www.nspcc.org.uk/) [l](mailto:help@example.org) [m](tel:999)',
      '',
      '## Own heading',
    ].join('\n');
    expect(lines(links, [page(body, {}, 'early-help/more')])).toEqual([]);
  });
  it('suggests the nearest address for a page that does not exist', () => {
    expect(lines(links, [page('[early help](/early-hlep/)')])).toEqual([
      'src/content/pages/test-page.mdx:1: link: "/early-hlep/" does not go to a page on this site — did you mean /early-help/?',
    ]);
  });
  it('explains where a page is when nothing is close', () => {
    expect(lines(links, [page('[x](/no/such/thing/)')])).toEqual([
      'src/content/pages/test-page.mdx:1: link: "/no/such/thing/" does not go to a page on this site — check the address: a page in src/content/pages/early-help.mdx is at /early-help/',
    ]);
  });
  it('asks for the closing slash', () => {
    expect(lines(links, [page('[early help](/early-help#who-is-it-for)')])).toEqual([
      'src/content/pages/test-page.mdx:1: link: "/early-help#who-is-it-for" does not go to a page on this site — write /early-help/#who-is-it-for (addresses end with /)',
    ]);
  });
  it('lists the headings a #fragment may use', () => {
    expect(lines(links, [page('[who](/early-help/#who-can-get-it)')])).toEqual([
      'src/content/pages/test-page.mdx:1: link: "/early-help/#who-can-get-it" points to #who-can-get-it, which is not a heading on /early-help/ — use one of #what-is-early-help, #who-is-it-for, #who-is-it-for-1 (a heading\'s id is its text in lower case, with - for spaces)',
    ]);
  });
  it('checks a #fragment on the page itself', () => {
    expect(lines(links, [page('## Help\n\n[help](#helps)')])).toEqual([
      'src/content/pages/test-page.mdx:3: link: "#helps" points to #helps, which is not a heading on this page — use one of #help (a heading\'s id is its text in lower case, with - for spaces)',
    ]);
  });
  it('points glossary links at the glossary ids', () => {
    expect(lines(links, [page('[grooming](/glossary/#grooming)')])).toEqual([
      'src/content/pages/test-page.mdx:1: link: "/glossary/#grooming" points to #grooming, which is not a heading on /glossary/ — use the id of an abbreviation from src/content/glossary.yaml, e.g. /glossary/#cse',
    ]);
  });
  it('does not link to drafts', () => {
    const draft = page('Text.', { draft: true }, 'coming-soon');
    expect(lines(links, [page('[soon](/coming-soon/)')], { extra: [draft] })).toEqual([
      'src/content/pages/test-page.mdx:1: link: "/coming-soon/" does not go to a page on this site — check the address: a page in src/content/pages/early-help.mdx is at /early-help/',
    ]);
  });
  it('refuses http:// and empty addresses', () => {
    expect(lines(links, [page('[NSPCC](http://www.nspcc.org.uk/)\n\n[nothing]()')])).toEqual([
      'src/content/pages/test-page.mdx:1: link: "http://www.nspcc.org.uk/" is not a secure link — write it with https:// instead of http://',
      'src/content/pages/test-page.mdx:3: link: has no address — write the address between the ( and ), e.g. (/early-help/)',
    ]);
  });
  it('explains that a bare www. address becomes an http:// link', () => {
    expect(lines(links, [page('See www.nspcc.org.uk for help.')])).toEqual([
      'src/content/pages/test-page.mdx:1: link: "www.nspcc.org.uk" is not a secure link — write it as a link with https://, e.g. [the site\'s name](https://www.nspcc.org.uk)',
    ]);
  });
  it('refuses addresses that are not web, mail or phone links', () => {
    expect(lines(links, [page('[a leaflet](data:text/html,hello) [files](file:///c:/leaflet.pdf)')])).toEqual([
      'src/content/pages/test-page.mdx:1: link: "data:text/html,hello" is not a web address readers can follow — link to a page on this site, or to https://, mailto: or tel:',
      'src/content/pages/test-page.mdx:1: link: "file:///c:/leaflet.pdf" is not a web address readers can follow — link to a page on this site, or to https://, mailto: or tel:',
    ]);
  });
  it('refuses images from other websites and images that are not in public/', () => {
    const checked = [page('![A family](https://images.example.com/a.png)\n\n![A family](/images/a.png)')];
    expect(run(links, checked, {}).map(formatProblem)).toEqual([
      'src/content/pages/test-page.mdx:1: image: the image "https://images.example.com/a.png" is on another website, and the site loads nothing from other websites — save it in public/images/ and write /images/ and its file name',
      'src/content/pages/test-page.mdx:3: image: the image "/images/a.png" is not a file in public/ — save the image as public/images/a.png, or correct the address',
    ]);
    const all = [...SITE, ...checked];
    expect(links({ checked, all, site: buildSiteMap(all, ['images/a.png']), today: TODAY, ci: false }).map(formatProblem)).toHaveLength(1);
  });
});

describe('link-text', () => {
  it.each(['click here', 'Here', 'read more…', 'More', 'link', 'this page', 'Find out more.'])('"%s" is vague', (words) => {
    expect(lines(linkText, [page(`Early help: [${words}](/early-help/).`)])).toEqual([
      `src/content/pages/test-page.mdx:1: link-text: "${words}" does not say where the link goes — use words that name the page`,
    ]);
  });
  it('needs words', () => {
    expect(lines(linkText, [page('[](/early-help/)')])).toEqual([
      'src/content/pages/test-page.mdx:1: link-text: the link to "/early-help/" has no words — write words that name the page between the [ and ]',
    ]);
  });
  it('accepts words that name the page', () => {
    expect(lines(linkText, [page('Read [how to ask for early help](/early-help/) or [more about CSE](/glossary/#cse).')])).toEqual([]);
  });
});

describe('images', () => {
  it('needs alt text', () => {
    expect(lines(images, [page('Text.\n\n![](/images/a.png)\n\n![A family](/images/b.png)')])).toEqual([
      'src/content/pages/test-page.mdx:3: image-alt: the image "/images/a.png" has no alt text — say what it shows between the square brackets, e.g. ![A social worker talking with a family](/images/a.png)',
    ]);
  });
});

describe('headings', () => {
  it('accepts levels that nest, and going back up', () => {
    expect(lines(headings, [page('## A\n\n### B\n\n#### C\n\n## D\n\n### E')])).toEqual([]);
  });
  it('refuses a skipped level, a ### first, and a second h1', () => {
    expect(lines(headings, [page('### First\n\n## Second\n\n#### Fourth\n\n# Welcome')])).toEqual([
      'src/content/pages/test-page.mdx:1: heading: "### First" skips a level after the page title — use ## here',
      'src/content/pages/test-page.mdx:5: heading: "#### Fourth" skips a level after ## — use ### here',
      'src/content/pages/test-page.mdx:7: heading: "# Welcome" is a second main heading — the page title is already the only # heading; use ## for a section',
    ]);
  });
});

describe('review-due', () => {
  const due = (reviewDue: string, extra: Record<string, unknown> = {}) => page('Text.', { reviewDue, ...extra });
  it('is quiet more than 30 days ahead', () => {
    expect(run(reviewDue, [due('2026-12-24')])).toEqual([]);
  });
  it('warns within 30 days, counting today', () => {
    expect(run(reviewDue, [due('2026-12-23'), due('2026-11-24'), due('2026-11-23')])).toEqual([
      {
        file: 'src/content/pages/test-page.mdx',
        field: 'review-due',
        line: 5,
        severity: 'warning',
        message: 'reviewDue 2026-12-23 is in 30 days — check the page is still right, then set a new reviewDue and add a line to changes',
      },
      {
        file: 'src/content/pages/test-page.mdx',
        field: 'review-due',
        line: 5,
        severity: 'warning',
        message: 'reviewDue 2026-11-24 is in 1 day — check the page is still right, then set a new reviewDue and add a line to changes',
      },
      {
        file: 'src/content/pages/test-page.mdx',
        field: 'review-due',
        line: 5,
        severity: 'warning',
        message: 'reviewDue 2026-11-23 is today — check the page is still right, then set a new reviewDue and add a line to changes',
      },
    ]);
  });
  it('makes the warning an error in CI', () => {
    expect(run(reviewDue, [due('2026-12-01')], { ci: true })).toEqual([
      {
        file: 'src/content/pages/test-page.mdx',
        field: 'review-due',
        line: 5,
        message: 'reviewDue 2026-12-01 is in 8 days — check the page is still right, then set a new reviewDue and add a line to changes',
      },
    ]);
  });
  it('is an error once past, in CI or not', () => {
    const expected = [
      'src/content/pages/test-page.mdx:5: review-due: reviewDue 2026-11-22 passed 1 day ago — check the page is still right, then set a new reviewDue and add a line to changes',
    ];
    expect(lines(reviewDue, [due('2026-11-22')])).toEqual(expected);
    expect(run(reviewDue, [due('2026-11-22')])[0]?.severity).toBeUndefined();
    expect(lines(reviewDue, [due('2026-11-22')], { ci: true })).toEqual(expected);
  });
  it('leaves drafts and entries with schema problems alone', () => {
    expect(run(reviewDue, [due('2020-01-01', { draft: true }), { ...due('2020-01-01'), valid: false }])).toEqual([]);
  });
});

describe('reading-age', () => {
  const hard = 'Notwithstanding the aforementioned considerations, interdisciplinary collaboration necessitates comprehensive documentation.';
  it('holds pages for families and young people to grade 6', () => {
    expect(lines(readingAge, [page(hard, { audience: ['young-people'] })])).toEqual([
      'src/content/pages/test-page.mdx:1: reading-age: the text reads at grade 39.1, above 6, the limit for families and young people — use shorter sentences and everyday words',
    ]);
  });
  it('warns, without failing, on a hard board update for families', () => {
    const [found] = run(readingAge, [entry('updates', 'news', hard, { audience: ['families'] })]);
    expect(found?.severity).toBe('warning');
  });
  it('does not limit pages for practitioners only', () => {
    expect(lines(readingAge, [page(hard, { audience: ['practitioners'] })])).toEqual([]);
  });
  it('accepts plain words', () => {
    expect(lines(readingAge, [page('You can ask for help. It is free. A worker will talk with you.', { audience: ['families'] })])).toEqual([]);
  });
});

describe('acronyms', () => {
  it('accepts glossary terms and aliases, everyday ones, words spelled out at first use, s47 and DfE', () => {
    const body =
      'CSE and DSL. The BBC and NHS. A Family Information Service (FIS), then FIS. ARC (Accessing Resources in the Community). Under s47 the DfE says.';
    expect(lines(acronyms, [page(body, { audience: ['families'] })])).toEqual([]);
  });
  it('is an error on a page for families, once per acronym', () => {
    expect(lines(acronyms, [page('Ask the FSW team.\n\nThe FSW team will help.', { audience: ['families'] })])).toEqual([
      'src/content/pages/test-page.mdx:1: acronym: "FSW" is not in the glossary — add it to src/content/glossary.yaml, or spell it out where it is first used, e.g. Words in full (FSW)',
    ]);
  });
  it('is a warning on a page for practitioners only', () => {
    expect(run(acronyms, [page('Data went into ECINS.')])).toEqual([
      {
        file: 'src/content/pages/test-page.mdx',
        field: 'acronym',
        line: 1,
        severity: 'warning',
        message: '"ECINS" is not in the glossary — add it to src/content/glossary.yaml, or spell it out where it is first used, e.g. Words in full (ECINS)',
      },
    ]);
  });
  it('ignores code and link addresses', () => {
    expect(lines(acronyms, [page('Type `ABC` or see [the page](/ABC/).', { audience: ['families'] })])).toEqual([]);
  });
});

describe('references', () => {
  it('needs <DataExplainer> to name a dataset', () => {
    const body = '<DataExplainer id="shropshire-children-looked-after" />\n\n<DataExplainer id="nope" />\n\n<DataExplainer />';
    expect(lines(references, [page(body)])).toEqual([
      'src/content/pages/test-page.mdx:3: reference: <DataExplainer id="nope"> is not a known dataset — use the name of a file in src/content/datasets without .json',
      'src/content/pages/test-page.mdx:5: reference: <DataExplainer> has no id — write <DataExplainer id="…" /> with the name of a file in src/content/datasets',
    ]);
  });
  it('needs the page a dataset or area names to exist', () => {
    const dataset = entry('datasets', 'numbers', undefined, { title: 'Numbers', page: 'children-in-care' });
    const area = entry('areas', 'shropshire', undefined, { name: 'Shropshire', page: 'early-help' });
    expect(lines(references, [dataset, area])).toEqual([
      'src/content/datasets/numbers.json:3: reference: page "children-in-care" is not a page — use the path of a file in src/content/pages without .mdx, e.g. areas/<area>',
    ]);
  });
});

describe('duplicates', () => {
  it('refuses a title another page, level or update has, whatever its case', () => {
    expect(lines(duplicates, [page('Text.', { title: 'level 2:  Additional needs' }, 'levels')])).toEqual([
      'src/content/pages/levels.mdx:3: duplicate-title: "level 2:  Additional needs" is also the title of src/content/levels/level-2.yaml — give each page its own title',
    ]);
  });
  it('refuses a page at an address the site already uses', () => {
    expect(lines(duplicates, [page('Text.', {}, 'search'), page('Text.', {}, 'levels-of-need/level-2')])).toEqual([
      'src/content/pages/search.mdx: duplicate-url: /search/ is already a page of the site — rename the file so its address is different',
      'src/content/pages/levels-of-need/level-2.mdx: duplicate-url: /levels-of-need/level-2/ is also the address of src/content/levels/level-2.yaml — rename one of the files',
    ]);
  });
  it('refuses two levels with one number', () => {
    const second = entry('levels', 'level-two', undefined, { level: 2, title: 'Another level 2' });
    expect(lines(duplicates, [second])).toEqual([
      'src/content/levels/level-two.yaml:2: duplicate-url: /levels-of-need/level-2/ is also the address of src/content/levels/level-2.yaml — change level to a number no other level uses',
    ]);
  });
});

describe('mdx-safety', () => {
  const safety = (body: string) => lines(mdxSafety, [page(body)]);
  it('accepts the allowed components, with plain attributes, and comments', () => {
    expect(safety('<Emergency />\n\n<Callout kind="important">Text.</Callout>\n\n{/* a note for editors */}')).toEqual([]);
  });
  it('refuses code hidden between two comments', () => {
    expect(safety('{/* a */ alert(1) /* b */}')).toEqual([
      'src/content/pages/test-page.mdx:1: mdx-safety: {/* a */ alert(1) /* b */} is JavaScript, which content may not run — remove it, or write \\{ to show a curly bracket',
    ]);
  });
  it('refuses import and export', () => {
    expect(safety("import X from './x.astro';\n\nexport const y = 1;")).toEqual([
      `src/content/pages/test-page.mdx:1: mdx-safety: "import X from './x.astro';" is not allowed in content — remove it; the components AreaChooser, Callout, ContactCard, DataExplainer, Emergency, EntitlementList, EntitlementsByAge, LeavingCareChooser, LevelsOverview, NotInPapers work without importing`,
      'src/content/pages/test-page.mdx:3: mdx-safety: "export const y = 1;" is not allowed in content — remove it; put page details in the frontmatter fields',
    ]);
  });
  it('refuses scripts, frames, raw HTML and unknown components', () => {
    expect(safety('<script>{"alert(1)"}</script>\n\n<iframe src="https://x.example" />\n\n<div>Text.</div>\n\n<Tabs />\n\n<>Text.</>')).toEqual([
      'src/content/pages/test-page.mdx:1: mdx-safety: <script> is not allowed — content may not run scripts; remove it',
      'src/content/pages/test-page.mdx:1: mdx-safety: {"alert(1)"} is JavaScript, which content may not run — remove it, or write \\{ to show a curly bracket',
      'src/content/pages/test-page.mdx:3: mdx-safety: <iframe> is not allowed — it loads another website into the page; link to it instead',
      "src/content/pages/test-page.mdx:5: mdx-safety: <div> is raw HTML, which skips the site's checked components — use Markdown, or one of AreaChooser, Callout, ContactCard, DataExplainer, Emergency, EntitlementList, EntitlementsByAge, LeavingCareChooser, LevelsOverview, NotInPapers",
      'src/content/pages/test-page.mdx:7: mdx-safety: <Tabs> is not a component content may use — use one of AreaChooser, Callout, ContactCard, DataExplainer, Emergency, EntitlementList, EntitlementsByAge, LeavingCareChooser, LevelsOverview, NotInPapers',
      'src/content/pages/test-page.mdx:9: mdx-safety: <> is not allowed — remove it and keep what is inside',
    ]);
  });
  it('refuses event handlers, javascript: addresses and code in attributes', () => {
    expect(safety('<Callout onClick="go()" title="javascript:go()" kind={k} {...rest}>Text.</Callout>\n\n[Go](JavaScript:go())')).toEqual([
      'src/content/pages/test-page.mdx:1: mdx-safety: onClick= in <Callout> runs JavaScript, which content may not do — remove it',
      'src/content/pages/test-page.mdx:1: mdx-safety: "javascript:go()" is a javascript: address, which runs code — link to a page instead',
      'src/content/pages/test-page.mdx:1: mdx-safety: kind={k} in <Callout> is JavaScript, which content may not run — write it as kind="value"',
      'src/content/pages/test-page.mdx:1: mdx-safety: {...rest} in <Callout> is JavaScript, which content may not run — write each attribute as name="value"',
      'src/content/pages/test-page.mdx:3: mdx-safety: "JavaScript:go()" is a javascript: address, which runs code — link to a page instead',
    ]);
  });
});

describe('mdx-syntax', () => {
  const syntax = (body: string) =>
    parseEntries(
      [{ collection: 'pages', id: 'p', file: 'src/content/pages/p.mdx', data: {}, fieldLines: new Map(), body, bodyLine: 10 }],
      new Set(),
    ).problems.map(formatProblem);
  it('names an unclosed component', () => {
    expect(syntax('## A\n\n<Callout kind="info">\n\nText.\n')).toEqual([
      'src/content/pages/p.mdx:12: mdx-syntax: <Callout> is never closed — add </Callout> after what it wraps',
    ]);
  });
  it('explains a stray curly bracket, a stray < and an HTML comment', () => {
    expect(syntax('Costs {1 +} a year.')).toEqual([
      'src/content/pages/p.mdx:10: mdx-syntax: a { starts JavaScript, which content may not run — write \\{ to show a curly bracket as text',
    ]);
    expect(syntax('Text.\n\nAged <5 years.')).toEqual([
      'src/content/pages/p.mdx:12: mdx-syntax: a < that does not start a component — write \\< to show a < as text',
    ]);
    expect(syntax('<!-- note -->')).toEqual(['src/content/pages/p.mdx:10: mdx-syntax: <!-- --> comments do not work in MDX — write {/* your note */} instead']);
  });
  it('names a <style> block rather than the code inside it', () => {
    expect(syntax('Text.\n\n<style>p { color: red; }</style>')).toEqual([
      "src/content/pages/p.mdx:12: mdx-safety: <style> is not allowed — the site's styles apply to every page; remove it",
    ]);
  });
});

describe('phone-number rule', () => {
  const service = entry('services', 'family-connect', undefined, {
    contacts: [
      { kind: 'phone', number: '01952 385385' },
      { kind: 'relay', how: 'Use textphone 18001 101.' },
    ],
  });
  const police = entry('services', 'police-101', undefined, { contacts: [{ kind: 'phone', number: '101' }] });
  const check = (checked: ParsedEntry[]) => lines(phoneNumbers, checked, { extra: [service, police] });

  it('accepts numbers a service gives, however they are spaced', () => {
    expect(check([page('Call Family Connect on 01952 385 385 or the police on 101. Textphone 18001 101.')])).toEqual([]);
  });
  it('refuses a number no service gives, in the body and in a data field, naming the fix', () => {
    expect(check([page('If you are worried, call 0800 123 4567 now.'), entry('levels', 'level-3', undefined, { contact: 'Ring 01632 960001.' })])).toEqual([
      'src/content/pages/test-page.mdx:1: phone-number: "0800 123 4567" is not a number any service gives — add the service to src/content/services with the page it comes from, then write the number as it gives it; or remove the number',
      'src/content/levels/level-3.yaml:2: phone-number: contact: "01632 960001" is not a number any service gives — add the service to src/content/services with the page it comes from, then write the number as it gives it; or remove the number',
    ]);
  });
  it('does not read a count such as "101 children" as a phone number', () => {
    expect(check([page('By May 2022 there were 84 cases about 101 children, and 999 is not dialled here.')])).toEqual([]);
  });
  it('refuses 111 after "call" when no service gives it', () => {
    expect(check([page('Call 111 for health advice.')])).toHaveLength(1);
  });
});

describe('service-checked rule', () => {
  const svc = (checkedOn: string) => entry('services', 'svc', undefined, { checkedOn });
  it('is quiet for details checked under 6 months ago', () => {
    expect(lines(serviceChecked, [svc('2026-06-01')], { today: '2026-11-30' })).toEqual([]);
  });
  it('warns at 6 months, even in CI', () => {
    expect(run(serviceChecked, [svc('2026-05-23')], { today: '2026-11-23', ci: true })).toEqual([
      {
        file: 'src/content/services/svc.yaml',
        field: 'service-checked',
        line: 2,
        severity: 'warning',
        message:
          'checkedOn 2026-05-23 is more than 6 months ago — check every number, address and the hours against the source page, then set checkedOn to the day you checked',
      },
    ]);
  });
  it('fails at 12 months', () => {
    expect(run(serviceChecked, [svc('2025-11-23')], { today: '2026-11-23' })[0]?.severity).toBeUndefined();
    expect(run(serviceChecked, [svc('2025-11-24')], { today: '2026-11-23' })[0]?.severity).toBe('warning');
  });
});

describe('update-date rule', () => {
  const paper = entry('sources', 'council-2022', undefined, { type: 'paper', date: '2022-07-13' });
  const web = entry('sources', 'web-later', undefined, { type: 'web' });
  const update = (date: string, sources = ['council-2022']) => entry('updates', `u-${date}`, '', { date, sources });
  const check = (u: ParsedEntry) => lines(updateDates, [u], { extra: [paper, web] });
  it('accepts a date at or before its paper, at any precision', () => {
    expect(check(update('2022-07-13'))).toEqual([]);
    expect(check(update('2022-07'))).toEqual([]);
    expect(check(update('2022'))).toEqual([]);
    expect(check(update('2021-11-24'))).toEqual([]);
  });
  it('refuses a date after its own paper, unless a later public source is cited', () => {
    expect(check(update('2022-09'))).toEqual([
      'src/content/updates/u-2022-09.mdx:2: update-date: date 2022-09 is after 2022-07-13, the date of the paper it comes from — date the update when the paper reported it, or cite a later public source that says it happened',
    ]);
    expect(check(update('2022-09', ['council-2022', 'web-later']))).toEqual([]);
  });
  it('refuses a month written as its 1st day, which claims more precision than the paper gives', () => {
    expect(check(update('2017-09-01'))).toEqual([
      'src/content/updates/u-2017-09-01.mdx:2: update-date: date 2017-09-01 gives a day, the 1st — if the paper gives only the month, write 2017-09; if it gives the day, keep it and cite the paper that says so',
    ]);
  });
});

describe('partial dates', () => {
  it('isPartialDate accepts a year, a month or a real day, and nothing else', async () => {
    const { isPartialDate } = await import('../../src/lib/schemas.ts');
    expect(['2014', '2017-09', '2017-11-24'].map(isPartialDate)).toEqual([true, true, true]);
    expect(['2017-13', '2017-02-30', '14', 'September 2017', '2017-9'].map(isPartialDate)).toEqual([false, false, false, false, false]);
  });
  it('formatSourceDate shows a date as precisely as it is given', async () => {
    const { formatSourceDate, firstDay, lastDay } = await import('../../src/lib/dates.ts');
    expect([formatSourceDate('2014'), formatSourceDate('2017-09'), formatSourceDate('2017-11-24')]).toEqual(['2014', 'September 2017', '24 November 2017']);
    expect([firstDay('2017-09'), lastDay('2017-09'), lastDay('2024-02'), lastDay('2014')]).toEqual(['2017-09-01', '2017-09-30', '2024-02-29', '2014-12-31']);
  });
});

describe('dated-arrangement rule', () => {
  const area = entry('areas', 'telford-wrekin', undefined, { frontDoor: { name: 'Family Connect' } });
  const check = (body: string) => run(datedArrangements, [page(body)], { extra: [area] });
  it('warns on a present-tense sentence about a front door with no date', () => {
    const found = check('Worries about exploitation go to Family Connect and the police.\n');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toMatch(/^"Worries about exploitation go to Family Connect and the police\." says how Family Connect works today without a date/);
  });
  it('is quiet when the sentence carries its year, or the page says "as described in"', () => {
    expect(check('In 2016 worries about exploitation went to Family Connect, and Ofsted said it is quick.\n')).toEqual([]);
    expect(check('As described in the council paper of 2016:\n\nWorries go to Family Connect.\n')).toEqual([]);
  });
});
