/**
 * Every content schema of the portal, in one place.
 *
 * The same schemas are used by `src/content.config.ts` (Astro's build) and by
 * `scripts/check-content.ts` and the tests, so an editor gets the same rules
 * everywhere. Cross-references are made by a `ref` function that the caller
 * supplies: Astro's `reference()` in the build, an existence check in the
 * content checker.
 *
 * Error messages are written for board staff, not developers: each says what
 * was wrong and what to write instead. `src/lib/content-errors.ts` adds the
 * file and field in front.
 */
import { z } from 'astro/zod';
import { dateError, describe } from './field-errors.ts';
import { makeDatasetSchema } from './dataset-schema.ts';
import { givesField, makeClaimsField } from './claim-schema.ts';

import type { RefFactory } from './refs.ts';
export type { CollectionWithRefs, EntryRef, RefFactory } from './refs.ts';

/** Browser tabs and search engines show about 70 characters of a title. */
export const TITLE_MAX = 70;

export const AUDIENCES = ['families', 'young-people', 'practitioners'] as const;
export const PAGE_KINDS = ['guidance', 'procedure', 'area'] as const;
export const ENTITLEMENT_BASES = ['law', 'statutory-guidance', 'local-choice'] as const;
export const ENTITLEMENT_TOPICS = ['support', 'money', 'housing', 'education', 'work', 'health', 'rights'] as const;

export type Audience = (typeof AUDIENCES)[number];

const EXAMPLE_DATE = '2027-03-31';

/*
 * The shapes dates and addresses must have. The schemas below test them, and they ride
 * along as JSON Schema `pattern` metadata, so the CMS form (src/lib/cms-config.ts) refuses
 * the same values before the content check does.
 */
/** YYYY-MM-DD with a month 01–12 and a day 01–31; isRealDate then checks the day exists. */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A year (2014), a month (2017-09) or a day (2017-11-24). */
export const PARTIAL_DATE_PATTERN = /^(\d{4}|\d{4}-(0[1-9]|1[0-2])|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/;
/** A full https address on a named host. */
export const HTTPS_URL_PATTERN = /^https:\/\/[A-Za-z0-9.-]+\.[A-Za-z]{2,}(\/\S*)?$/;

/** A calendar date written as YYYY-MM-DD. YAML may hand us a Date object. */
export const isoDate = () =>
  z
    .preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      z.string({ error: dateError }).refine(isRealDate, { error: (issue) => `${describe(issue.input)} is not a date — write it as ${EXAMPLE_DATE}` }),
    )
    .meta({ format: 'date', pattern: DAY_PATTERN.source });

function isRealDate(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A date at the precision its source gives: a year (2014), a month (2017-09) or a day (2017-11-24). */
export const partialDate = () =>
  z
    .preprocess(
      (value) =>
        value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
      z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? 'is missing — add a date: 2017, 2017-09 or 2017-09-14'
              : `${describe(issue.input)} is not a date — write a year (2017), a month (2017-09) or a day (2017-09-14)`,
        })
        .refine(isPartialDate, {
          error: (issue) =>
            `${describe(issue.input)} is not a date — write a year (2017), a month (2017-09) or a day (2017-09-14), only as precise as the source`,
        }),
    )
    .meta({ pattern: PARTIAL_DATE_PATTERN.source });

export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value)) return false;
  return value.length < 10 || isRealDate(value);
}

/** A web address on https; readers' browsers must never be sent to plain http. */
export const httpsUrl = () =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing — add the address, starting https://'
          : `${describe(issue.input)} is not a web address — write it in full, starting https://`,
    })
    .refine((value) => HTTPS_URL_PATTERN.test(value), {
      error: (issue) => `${describe(issue.input)} is not a full https address — write it in full, starting https://`,
    })
    .meta({ format: 'uri', pattern: HTTPS_URL_PATTERN.source });

const text = (what: string, max: number) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `is missing — add ${what}` : `${describe(issue.input)} is not text — write ${what}`),
    })
    .trim()
    .min(1, { error: `is empty — write ${what}` })
    .max(max, { error: (issue) => `is ${String((issue.input as string).length)} characters long — keep it to ${max} or fewer` });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is missing — add ${what}: one of ${values.join(', ')}`
        : `${describe(issue.input)} is not allowed — use one of ${values.join(', ')}`,
  });

const list = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, {
      error: (issue) =>
        issue.input === undefined
          ? `is missing — add a list of ${what}`
          : `${describe(issue.input)} is not a list — write a list of ${what}, one per line starting with "- "`,
    })
    .min(1, { error: `is empty — list at least one of ${what}` });

/** A dated entry in a page's "What changed" list. */
const makeChangeSchema = () =>
  z.object({
    date: isoDate().describe('The day the change was published.'),
    summary: text('one sentence saying what changed', 200).describe('One sentence a reader understands: what is different now.'),
  });

/** Fields every page, entitlement and level of need must have. */
export const makeBaseSchema = (ref: RefFactory) =>
  z.strictObject({
    title: text('a title', TITLE_MAX).describe(
      "The page title: the question or task, in the reader's words. Browser tabs and search engines show about 70 characters.",
    ),
    summary: text('a plain-English summary of 160 characters or fewer', 160).describe('Plain-English summary shown in search results and under the title.'),
    audience: list(oneOf(AUDIENCES, 'an audience'), `audiences (${AUDIENCES.join(', ')})`).describe('Who the page is written for.'),
    areas: z
      .union([z.literal('all'), list(ref('areas'), 'area ids (the names of files in src/content/areas)')], {
        error: (issue) =>
          issue.input === undefined
            ? 'is missing — write all, or a list of areas (the names of files in src/content/areas)'
            : `${describe(issue.input)} is not allowed — write all, or a list of areas (the names of files in src/content/areas)`,
      })
      .describe('Which partnership areas the page is about, or "all" for national content.'),
    owner: text('the team or board that owns this page', 120).describe('The team or board that answers for this page.'),
    approved: isoDate().describe('The day the content was approved for publication.'),
    reviewDue: isoDate().describe('The day the page must next be checked; the page warns readers once it has passed.'),
    sources: list(ref('sources'), 'source ids from src/content/sources').describe('The papers or laws the page draws on (ids in src/content/sources).'),
    draft: z.boolean({ error: 'must be true or false' }).default(false).describe('A draft is checked but never published.'),
    showInSearch: z.boolean({ error: 'must be true or false' }).default(true).describe('Whether the page appears in search results.'),
    changes: z
      .array(makeChangeSchema(), { error: 'must be a list of changes, each with a date and a summary' })
      .default([])
      .describe('Dated changes, newest first, shown as "What changed".'),
    claims: makeClaimsField(ref).describe('Where each number on the page comes from: the source, and for a paper its line and the words that state it.'),
  });

/** zod hands a union's error the whole object; editors need the value of `kind`. */
const kindOf = (input: unknown) => (typeof input === 'object' && input !== null && 'kind' in input ? input.kind : input);

/** The review date must come after the approval date. */
const reviewAfterApproval = <T extends { approved: string; reviewDue: string }>(data: T, ctx: z.RefinementCtx) => {
  // Only compare two real dates: a bad date has its own message already.
  if (isRealDate(data.approved) && isRealDate(data.reviewDue) && data.reviewDue <= data.approved) {
    ctx.addIssue({
      code: 'custom',
      path: ['reviewDue'],
      message: `${data.reviewDue} is not after the approved date ${data.approved} — set a review date later than the approval date`,
    });
  }
};

/** One step of a procedure: who acts, when, and what happens next. */
export const makeStepSchema = (ref: RefFactory) =>
  z.object({
    title: text('a short name for the step', 80).describe('A short name for the step, e.g. "Screen the concern".'),
    who: text('who acts at this step', 200).describe('Who acts at this step.'),
    when: text('when this step happens', 200).describe('When this step happens.'),
    action: text('what happens at this step', 1200).describe('What the person does.'),
    next: text('what happens next', 400).describe('What happens next.'),
    describedInPapers: z
      .boolean({ error: 'must be true or false — say whether the papers describe this step' })
      .describe('False when the papers do not describe this step: the page then says so.'),
    // Keys are area ids; the references rule checks each names a file in src/content/areas.
    byArea: z
      .record(z.string(), z.string({ error: 'must be text — say what this area does at this step' }).min(1))
      .optional()
      .describe('Where the areas differ, what each area does.'),
    sources: z.array(ref('sources')).optional().describe("Sources for this step, if narrower than the page's."),
  });

export const makePageSchemas = (ref: RefFactory) => {
  const base = makeBaseSchema(ref);
  const guidance = base.extend({ kind: z.literal('guidance').describe('guidance, procedure (a page with numbered steps) or area (the page about one area).') });
  const procedure = base.extend({
    kind: z.literal('procedure'),
    steps: list(makeStepSchema(ref), 'steps').describe('The numbered steps, in order.'),
  });
  const area = base.extend({
    kind: z.literal('area'),
    area: ref('areas').describe('The area this page describes.'),
  });
  const page = z
    .discriminatedUnion('kind', [guidance, procedure, area], {
      error: (issue) =>
        issue.input === undefined
          ? `is missing — add kind: one of ${PAGE_KINDS.join(', ')}`
          : `${describe(kindOf(issue.input))} is not a page kind — use one of ${PAGE_KINDS.join(', ')}`,
    })
    .superRefine(reviewAfterApproval);
  return { base, guidance, procedure, area, page };
};

/** A thing a care leaver can get: the structured Pledge. */
export const makeEntitlementSchema = (ref: RefFactory) =>
  makeBaseSchema(ref)
    .extend({
      kind: z.literal('entitlement').default('entitlement'),
      description: text('a plain description of what you can get', 600).describe('Plain description, in "you" words.'),
      forWhom: text('who can get this', 300).describe('Who can get it, e.g. "care leavers who were looked after for 13 weeks after age 14".'),
      ageFrom: z.number({ error: 'must be a whole number of years, e.g. 16' }).int().min(0).max(25).describe('The youngest age it applies from.'),
      ageTo: z.number({ error: 'must be a whole number of years, e.g. 25' }).int().min(0).max(25).describe('The oldest age it applies to.'),
      topic: oneOf(ENTITLEMENT_TOPICS, 'a topic').describe('Grouping on the page.'),
      basis: oneOf(ENTITLEMENT_BASES, 'the basis').describe("Whether it is law, statutory guidance or the council's own choice."),
      legalBasis: text('the law, guidance or local paper it comes from', 300).describe('The law, guidance or local document it comes from.'),
      amount: z
        .object({
          pounds: z.number({ error: 'must be a number of pounds, e.g. 2000' }).positive(),
          per: text('what the amount is for, e.g. once', 60).describe('What the amount is for, e.g. "once", "a year".'),
          year: text('the year the amount applies from, e.g. 2023', 20).describe('The year the amount applies from.'),
          note: z.string().optional().describe('Caveat shown with the amount.'),
        })
        .optional()
        .describe('The amount, only where a source gives one. Leave out when unknown: the page says so.'),
      howToAsk: text('how to ask for it', 400).describe('How to ask for it.'),
      checkedOn: isoDate().describe('The day the facts were last checked against the source.'),
    })
    .superRefine(reviewAfterApproval)
    .superRefine((data, ctx) => {
      if (data.ageTo < data.ageFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['ageTo'],
          message: `${data.ageTo} is younger than ageFrom ${data.ageFrom} — ageTo must be the same age or older`,
        });
      }
    });

/** One of the four common levels of need. */
export const makeLevelSchema = (ref: RefFactory) =>
  makeBaseSchema(ref)
    .extend({
      kind: z.literal('level').default('level'),
      level: z
        .number({ error: 'must be a level number from 1 to 4' })
        .int()
        .min(1)
        .max(4)
        .describe('1 universal, 2 additional, 3 complex, 4 acute or specialist.'),
      name: text('the level name', 40).describe('The level\'s short name, e.g. "Universal".'),
      meaning: text('what the level means', 600).describe('What the level means, in a sentence or two.'),
      indicators: z
        .object({
          child: list(z.string().min(1), "examples about the child's developmental needs"),
          parenting: list(z.string().min(1), 'examples about parenting capacity'),
          family: list(z.string().min(1), 'examples about family and environmental factors'),
        })
        .describe('Example indicators by the three sides of the Assessment Framework triangle.'),
      response: text('the usual response', 800).describe('The usual response at this level.'),
      contact: text('who to contact', 600).describe('Who to contact at this level.'),
    })
    .superRefine(reviewAfterApproval);

/** A partnership area and its front door. */
export const makeAreaSchema = (ref: RefFactory) =>
  z.object({
    name: text('the area name', 40).describe('The area\'s name, e.g. "North Anyshire".'),
    council: text('the council name', 80).describe('The council, by its full name.'),
    councilSite: text("the council's main website, by name", 80).describe("How readers find the council's own site: a name, not a link we cannot check."),
    frontDoor: z
      .object({
        name: text('the front door name', 60),
        description: text('what the front door does, as the paper described it', 600).describe(
          "What the front door does, as the paper described it: the page shows the paper's date with it.",
        ),
        source: ref('sources').describe('The paper that described it.'),
      })
      .describe('The single front door for concerns about a child.'),
    board: text('the safeguarding board or partnership', 160).describe('The safeguarding board or partnership named in the papers.'),
    inspection: z
      .object({
        judgement: text('the overall judgement, as written by the inspector', 120),
        inspected: text('when the inspection took place, e.g. 11 September to 5 October 2017', 80).describe(
          'When the inspection took place, e.g. "11 September to 5 October 2017".',
        ),
        published: text('when the report was published, e.g. 24 November 2017', 40).describe(
          'When the report was published, as precisely as the paper says, e.g. "24 November 2017" or "March 2022".',
        ),
        source: ref('sources'),
      })
      .describe('The latest inspection judgement the papers give.'),
    page: text('the id of the page about this area, e.g. areas/north-anyshire', 80).describe('The page about this area.'),
    claims: makeClaimsField(ref).describe('Where each number in the panel comes from.'),
    website: httpsUrl().describe("The council's own website, checked against the council's site."),
    services: z
      .strictObject({
        frontDoor: ref('services').describe('Where anyone reports a worry about a child: the front door.'),
        outOfHours: ref('services').optional().describe('Who to call when the front door is closed.'),
        earlyHelp: ref('services').optional().describe('Help for a family before things get worse.'),
        leavingCare: ref('services').optional().describe("The council's team or offer for care leavers."),
        partnership: ref('services').optional().describe("The safeguarding partnership's own site."),
      })
      .describe('The services a reader in this area is sent to, by id in src/content/services.'),
  });

export const CONTACT_KINDS = ['phone', 'web', 'email', 'text', 'relay'] as const;

/** A UK phone number as readers dial it: 999, 101, 0800 1111, 01952 385385. */
export const PHONE_PATTERN = /^(?:999|101|111|105|116 ?\d{3}|0\d{2,4} ?\d{3,4} ?\d{3,4}|18000|\d{4} \d{4})$/;

/** One way to reach a service. */
export const makeContactSchema = () =>
  z.discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('phone'),
        number: z
          .string({ error: 'is missing — add the number as a reader dials it, e.g. 0808 800 5000' })
          .regex(PHONE_PATTERN, { error: (issue) => `${describe(issue.input)} is not a UK phone number — write it with spaces, e.g. 0808 800 5000` })
          .describe('The number as a reader dials it, with spaces: 01952 385385.'),
        label: z.string().min(1).max(80).optional().describe('What the number is for, when a service has more than one, e.g. "Out of hours".'),
        option: z.string().min(1).max(40).optional().describe('A menu option to choose after dialling, e.g. "option 1".'),
      }),
      z.strictObject({
        kind: z.literal('web'),
        url: httpsUrl().describe("The page's address, starting https://."),
        label: text('the link text, e.g. Report a concern online', 80).describe('The link text a reader sees, e.g. "Report a concern online".'),
      }),
      z.strictObject({
        kind: z.literal('email'),
        address: z.email({ error: (issue) => `${describe(issue.input)} is not an email address — write it as name@example.gov.uk` }),
        label: z.string().min(1).max(80).optional(),
      }),
      z.strictObject({
        kind: z.literal('text'),
        number: z
          .string({ error: 'is missing — add the number to text' })
          .regex(PHONE_PATTERN, { error: (issue) => `${describe(issue.input)} is not a UK phone number — write it with spaces` })
          .describe('The number to text.'),
        label: z.string().min(1).max(80).optional(),
      }),
      z.strictObject({
        kind: z.literal('relay'),
        how: text('how to call through Relay UK, e.g. 18001 then the number', 200).describe('How to call through Relay UK, e.g. "18001 then 0808 800 5000".'),
      }),
    ],
    { error: (issue) => `${describe(kindOf(issue.input))} is not a way to reach a service — use one of ${CONTACT_KINDS.join(', ')}` },
  );

/** A service readers can contact: a front door, a helpline, a team. Every phone number on the site comes from one of these. */
export const makeServiceSchema = (ref: RefFactory) =>
  z.strictObject({
    name: text('the service name', 80).describe('The service\'s name as its publisher writes it, e.g. "Anyshire Children\'s Front Door".'),
    areas: z
      .union([z.literal('all'), list(ref('areas'), 'area ids')], {
        error: (issue) =>
          issue.input === undefined
            ? 'is missing — write all, or a list of area ids'
            : `${describe(issue.input)} is not allowed — write all, or a list of area ids`,
      })
      .describe('Which partnership areas it serves, or "all" for a national service.'),
    audience: list(oneOf(AUDIENCES, 'an audience'), `audiences (${AUDIENCES.join(', ')})`).describe('Who it is for.'),
    purpose: text('what the service is for, in one plain sentence', 300).describe(
      'What it is for, in one plain sentence: "Tell the front door if you are worried about a child in North Anyshire."',
    ),
    whoFor: z.string().min(1).max(160).optional().describe('Who can use it, when that is limited, e.g. "children and young people under 19".'),
    contacts: list(makeContactSchema(), 'ways to reach the service (phone, web, email, text or relay)').describe('The ways to reach it, most direct first.'),
    hours: text('when it is open, e.g. Monday to Friday, 9am to 5pm', 200).describe('When it is open, as its publisher says, e.g. "24 hours a day".'),
    outOfHours: z.string().min(1).max(300).optional().describe('What to do when it is closed. Leave out for a service open all the time.'),
    source: ref('sources').describe('Where the contact details come from: a public page (a source of type web) or a paper.'),
    lines: z
      .string()
      .regex(/^\d{3}:\d+(-\d+)?(, ?\d{3}:\d+(-\d+)?)*$/, { error: 'must be seed lines like 004:331 or 004:331-335' })
      .optional()
      .describe('For a paper, the seed lines that give the details, e.g. "004:331".'),
    checkedOn: isoDate().describe('The day someone checked these details against the source. A warning after 6 months, an error after 12.'),
  });

/** The partnership that publishes the site: the one file another partnership replaces first. */
export const makePartnershipSchema = () =>
  z.strictObject({
    siteName: text('the site name', 60).describe('The site\'s name, shown in the header and the browser tab, e.g. "Safeguarding Portal".'),
    name: text('the partnership name', 160).describe('The partnership\'s name, e.g. "Anyshire safeguarding children partnership".'),
    description: text('one sentence about the site', 200).describe(
      'One sentence about the site, for the web manifest and feeds, e.g. "Help and information about keeping children safe in Anyshire."',
    ),
    siteUrl: httpsUrl().optional().describe("The site's public address. Leave out until it is known: nothing invented is shown meanwhile."),
    owner: text('who answers for the site', 160).describe('Who answers for the site.'),
    phase: z
      .strictObject({ tag: text('the phase tag, e.g. Beta', 20), message: text('one sentence about the phase', 200) })
      .describe('The phase banner: a tag and one sentence.'),
    reportProblem: z
      .discriminatedUnion(
        'kind',
        [
          z.strictObject({ kind: z.literal('github'), repository: httpsUrl(), template: z.string().min(1).default('report-a-problem.yml') }),
          z.strictObject({ kind: z.literal('email'), address: z.email({ error: 'is not an email address — write it as name@example.gov.uk' }) }),
        ],
        { error: 'must be github (with repository) or email (with address) — or leave reportProblem out' },
      )
      .optional()
      .describe(
        "Where readers report a problem with a page: this repository's issue form, or an email address. Leave out until one is known: the link then goes to the site's own /report-a-problem/ page.",
      ),
    quickExit: httpsUrl().describe('Where Exit this page goes: a neutral page that loads quickly.'),
    cms: z
      .strictObject({
        repository: z
          .string({ error: 'is missing — write the GitHub repository as owner/name' })
          .regex(/^[\w.-]+\/[\w.-]+$/, { error: (issue) => `${describe(issue.input)} is not a GitHub repository — write it as owner/name` })
          .describe('The GitHub repository board staff propose changes to, written as owner/name.'),
        branch: z.string().min(1).default('main').describe('The branch pull requests go into, usually main.'),
        authUrl: httpsUrl().optional().describe('The sign-in service for GitHub (Decap CMS base_url). Leave out to use the one Decap CMS uses by default.'),
      })
      .optional()
      .describe(
        'Where the editor at /admin/ opens pull requests. Leave out until the repository is public: the editor then works only on your own computer (npm run admin).',
      ),
  });

export const SOURCE_TYPES = ['paper', 'national', 'web', 'site'] as const;

/** A paper or law the content draws on. */
export const makeSourceSchema = () =>
  z
    .discriminatedUnion(
      'type',
      [
        z.object({
          type: z
            .literal('paper')
            .describe('paper (a council paper), national (a law or national guidance), web (a public web page) or site (this portal itself).'),
          council: text('the council', 80).describe('The council or body that published the paper.'),
          committee: text('the committee', 160).describe('The committee or meeting.'),
          title: text('the title', 200).describe("The paper's title, as a reader would recognise it."),
          date: isoDate().optional().describe('The meeting date. Leave out when the paper is undated, and explain in dateNote.'),
          year: z
            .number({ error: 'must be a year, e.g. 2017' })
            .int()
            .min(1990)
            .max(2100)
            .describe('The year the paper belongs to, used for sorting and "how old is this".'),
          dateNote: z.string().optional().describe('Shown instead of a date when the paper itself is undated.'),
          covers: text('what the paper covers', 600).describe('What the paper covers, in a sentence.'),
          seedFile: text('the seed file name', 80).describe('The file name of the paper in the seed archive, used by the figure-check test.'),
        }),
        z.object({
          type: z.literal('national'),
          publisher: text('the publisher', 120).describe('Who made the law or guidance.'),
          title: text('the title', 200).describe('The title of the law or guidance.'),
          year: z.number({ error: 'must be a year, e.g. 2017' }).int().min(1900).max(2100).optional().describe('The year it was made, where it has one.'),
          reference: z.string().optional().describe('The section or regulation relied on.'),
          covers: text('what it covers', 600).describe('What it covers, in a sentence.'),
          gives: givesField().describe('The numbers it gives that pages show (ages, amounts, dates), each with where in it.'),
        }),
        z.strictObject({
          type: z.literal('web').describe('A public web page (a council, partnership, GOV.UK or charity page) checked on a given day.'),
          publisher: text('who published the page', 120).describe('Who published the page, e.g. "Anyshire Council".'),
          title: text('the page title', 200).describe('The page title as its publisher wrote it.'),
          url: httpsUrl().describe("The page's address."),
          published: partialDate()
            .optional()
            .describe('When the page was published or last updated, as precisely as it says: 2024, 2024-10 or 2024-10-01. Leave out when it gives no date.'),
          checkedOn: isoDate().describe('The day someone read the page and checked the facts taken from it.'),
          covers: text('what the page says that the site relies on', 600).describe('What the page says that this site relies on, in a sentence.'),
          gives: givesField().describe('The numbers it gives that pages show (dates, ages), each with where on the page.'),
        }),
        z.object({
          type: z.literal('site').describe('The portal itself, for pages about how the site works (privacy, accessibility).'),
          title: text('the title', 200),
          covers: text('what it covers', 600),
          gives: givesField().describe("The numbers of the portal's own behaviour that pages state, e.g. how many key presses the exit needs."),
        }),
      ],
      {
        error: (issue) => `${describe(issue.input)} is not a source type — use one of ${SOURCE_TYPES.join(', ')}`,
      },
    )
    .superRefine((data, ctx) => {
      if (data.type === 'paper' && !data.date && !data.dateNote) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'is missing — add the meeting date, or a dateNote saying why the paper is undated' });
      }
    });

export const GLOSSARY_KINDS = ['acronym', 'term'] as const;

/** A glossary entry: an acronym or a specialist term. */
export const makeGlossarySchema = (ref: RefFactory) =>
  z.object({
    term: text('the term', 80).describe('The term or acronym as it appears in text, e.g. "CSE".'),
    expansion: z.string().optional().describe('The expansion of an acronym, e.g. "child sexual exploitation".'),
    meaning: text('what it means in plain words', 600).describe('What it means, in plain words.'),
    kind: oneOf(GLOSSARY_KINDS, 'kind').describe('acronym for letters such as CSE, term for a specialist word.'),
    aliases: z.array(z.string()).default([]).describe('Other words people search with for the same thing.'),
    sources: list(ref('sources'), 'source ids').describe('The papers or laws where the term appears.'),
    claims: makeClaimsField(ref).describe('Where each number in the meaning comes from.'),
  });

/** A dated board update. */
export const makeUpdateSchema = (ref: RefFactory) =>
  z.object({
    kind: z.literal('update').default('update'),
    title: text('a title', TITLE_MAX).describe('What happened, in a few plain words. Browser tabs and search engines show about 70 characters.'),
    summary: text('a plain-English summary of 160 characters or fewer', 160).describe(
      'One or two plain sentences shown in the list of updates and in search results.',
    ),
    date: partialDate().describe('When the event happened, only as precisely as the paper says: 2014, 2017-09 or 2017-11-24.'),
    audience: list(oneOf(AUDIENCES, 'an audience'), `audiences (${AUDIENCES.join(', ')})`).describe('Who the update is for.'),
    areas: z.union([z.literal('all'), list(ref('areas'), 'area ids')]).describe('Which partnership areas the update is about, or "all".'),
    sources: list(ref('sources'), 'source ids').describe('The papers the update comes from (ids in src/content/sources).'),
    draft: z.boolean().default(false).describe('A draft is checked but never published.'),
    claims: makeClaimsField(ref).describe('Where each number in the update comes from.'),
  });

/** Builds every schema with the given reference factory. */
export const makeSchemas = (ref: RefFactory) => ({
  ...makePageSchemas(ref),
  entitlement: makeEntitlementSchema(ref),
  level: makeLevelSchema(ref),
  areaData: makeAreaSchema(ref),
  source: makeSourceSchema(),
  glossary: makeGlossarySchema(ref),
  update: makeUpdateSchema(ref),
  dataset: makeDatasetSchema(ref),
  service: makeServiceSchema(ref),
  partnership: makePartnershipSchema(),
});

type Schemas = ReturnType<typeof makeSchemas>;
/** The fields every page, entitlement and level shares, as code receives them. */
export type BaseData = z.output<ReturnType<typeof makeBaseSchema>>;
/** What code receives for a page. */
export type PageData = z.output<Schemas['page']>;
/** What an editor writes in a page's frontmatter. */
export type PageInput = z.input<Schemas['page']>;
export type EntitlementData = z.output<Schemas['entitlement']>;
export type LevelData = z.output<Schemas['level']>;
export type AreaData = z.output<Schemas['areaData']>;
export type SourceData = z.output<Schemas['source']>;
export type GlossaryData = z.output<Schemas['glossary']>;
export type UpdateData = z.output<Schemas['update']>;
export type ServiceData = z.output<Schemas['service']>;
export type ContactData = z.output<ReturnType<typeof makeContactSchema>>;
export type PartnershipData = z.output<Schemas['partnership']>;
export type StepData = z.output<ReturnType<typeof makeStepSchema>>;
