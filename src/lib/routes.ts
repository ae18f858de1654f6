/**
 * The route table: every fixed address the site publishes and every address
 * builder. Routes, components, the content checker and the tests all take
 * addresses from here, so a route is named once.
 *
 * Where an answer differs by area, the area is the first part of the address
 * (/<area>/worried-about-a-child/): the reader's choice lives in the
 * address, never in storage, and works with JavaScript off.
 */

/** One age band of the care leaver pages, e.g. 18 to 20. */
export interface AgeBand {
  /** The address part, e.g. "18-to-20". */
  slug: string;
  label: string;
  from: number;
  /** Inclusive: a band 18 to 20 includes age 20. */
  to: number;
}

export const AGE_BANDS: readonly AgeBand[] = [
  { slug: '16-to-17', label: '16 or 17', from: 16, to: 17 },
  { slug: '18-to-20', label: '18 to 20', from: 18, to: 20 },
  { slug: '21-to-25', label: '21 to 25', from: 21, to: 25 },
];

/**
 * The tasks whose answer depends on the area. Each has a page where the reader
 * picks an area (`chooser`) and a page per area at /<area>/<slug>/.
 */
export const AREA_TASKS = {
  worried: { slug: 'worried-about-a-child', chooser: '/worried-about-a-child/', title: "I'm worried about a child" },
  exploitation: { slug: 'worried-about-exploitation', chooser: '/exploitation/', title: 'I think a child is being groomed or exploited' },
  referral: { slug: 'make-a-referral', chooser: '/make-a-referral/', title: 'Make a referral (for professionals)' },
  earlyHelp: { slug: 'early-help', chooser: '/early-help/', title: 'Help for my family before things get worse' },
  leavingCare: { slug: 'leaving-care', chooser: '/leaving-care/', title: 'What I can get as a care leaver' },
} as const;
export type AreaTask = keyof typeof AREA_TASKS;

/** Where the reader picks an area for a task. */
export const chooserUrl = (task: AreaTask) => AREA_TASKS[task].chooser;
/** A task's answer for one area. */
export const areaTaskUrl = (area: string, task: AreaTask) => `/${area}/${AREA_TASKS[task].slug}/`;
/** What a care leaver can get in one area at one age band. */
export const leavingCareUrl = (area: string, band: string) => `/${area}/leaving-care/${band}/`;
/** One area's own steps of a procedure that differs by area, e.g. /exploitation/cse-pathway/<area>/. */
export const procedureAreaUrl = (procedureId: string, area: string) => `/${procedureId}/${area}/`;

/** "I'm not sure which council": how to find it. */
export const FIND_YOUR_COUNCIL = '/find-your-council/';

/** How to report a problem with a page, used when no issue form or address is set in partnership.yaml. */
export const REPORT_PROBLEM = '/report-a-problem/';

export const pageUrl = (id: string) => `/${id}/`;
export const levelUrl = (level: number) => `/levels-of-need/level-${level}/`;
export const updateUrl = (id: string) => `/updates/${id}/`;
export const datasetCsvUrl = (id: string) => `/facts-and-figures/${id}.csv`;

/** Where page histories live: no content page may have an address under it. */
export const HISTORY_PREFIX = '/history/';
/** Every published version of a page, newest first, with what changed. */
export const historyUrl = (id: string) => `${HISTORY_PREFIX}${id}/`;
/** A page as it stood from `date` (YYYY-MM-DD, the day that version was published). */
export const versionUrl = (id: string, date: string) => `${HISTORY_PREFIX}${id}/${date}/`;
/** Whether an address is an old version's (versionUrl), e.g. /history/early-help/2025-03-01/. */
export const isVersionUrl = (path: string) => /^\/history\/.+\/\d{4}-\d{2}-\d{2}\/$/.test(path);

/** The procedure page whose steps differ by area and are given a page per area. */
export const CSE_PATHWAY_ID = 'exploitation/cse-pathway';
export const cseStepsUrl = (area: string) => procedureAreaUrl(CSE_PATHWAY_ID, area);

/** Pages in src/pages that no content entry makes (the sitemap lists them; a test checks src/pages has no other). */
export const FIXED_PAGES = [
  '/',
  '/families/',
  '/practitioners/',
  '/search/',
  '/glossary/',
  '/glossary/terms/',
  '/updates/',
  '/facts-and-figures/',
  '/recent-changes/',
  '/a-to-z/',
] as const;

/** Files in src/pages that are not pages: the feeds, the sitemap, robots.txt and the manifest. */
export const FIXED_FILES = [
  '/recent-changes.xml',
  '/updates/rss.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/manifest.webmanifest',
  '/.well-known/security.txt',
] as const;

/** Every address src/pages makes without a content entry: what no entry's address may take. */
export const FIXED_ROUTES: readonly string[] = [...FIXED_PAGES, ...FIXED_FILES];
