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

/** What a cross-reference resolves to: an entry id in a named collection. */
export interface EntryRef<C extends string = string> {
  id: string;
  collection: C;
}

/** Makes a schema for a reference to an entry of `collection`. */
export type RefFactory = <C extends CollectionWithRefs>(collection: C) => z.ZodType<EntryRef<C>>;

/** Collections other entries may point to. */
export type CollectionWithRefs = 'areas' | 'sources' | 'glossary' | 'datasets';

export const AUDIENCES = ['families', 'young-people', 'practitioners'] as const;
export const PAGE_KINDS = ['guidance', 'procedure', 'area'] as const;
export const ENTITLEMENT_BASES = ['law', 'statutory-guidance', 'local-choice'] as const;
export const ENTITLEMENT_TOPICS = [
  'support',
  'money',
  'housing',
  'education',
  'work',
  'health',
  'rights',
] as const;

export type Audience = (typeof AUDIENCES)[number];

const EXAMPLE_DATE = '2027-03-31';

/** A calendar date written as YYYY-MM-DD. YAML may hand us a Date object. */
export const isoDate = () =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: dateError })
      .refine(isRealDate, { error: (issue) => `${describe(issue.input)} is not a date — write it as ${EXAMPLE_DATE}` }),
  );

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const text = (what: string, max: number) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is missing — add ${what}` : `${describe(issue.input)} is not text — write ${what}`,
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
export const changeSchema = z.object({
  /** The day the change was published. */
  date: isoDate(),
  /** One sentence a reader understands: what is different now. */
  summary: text('one sentence saying what changed', 200),
});

/** Fields every page, entitlement and level of need must have. */
export const makeBaseSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The page title: the question or task, in the reader's words. Browser tabs and search engines show about 70 characters. */
    title: text('a title', 70),
    /** Plain-English summary shown in search results and under the title. */
    summary: text('a plain-English summary of 160 characters or fewer', 160),
    /** Who the page is written for. */
    audience: list(oneOf(AUDIENCES, 'an audience'), `audiences (${AUDIENCES.join(', ')})`),
    /** Which partnership areas the page is about, or "all" for national content. */
    areas: z.union([z.literal('all'), list(ref('areas'), 'area ids (shropshire, telford-wrekin, worcestershire)')], {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing — write all, or a list of areas (shropshire, telford-wrekin, worcestershire)'
          : `${describe(issue.input)} is not allowed — write all, or a list of areas (shropshire, telford-wrekin, worcestershire)`,
    }),
    /** The team or board that answers for this page. */
    owner: text('the team or board that owns this page', 120),
    /** The day the content was approved for publication. */
    approved: isoDate(),
    /** The day the page must next be checked; the page warns readers once it has passed. */
    reviewDue: isoDate(),
    /** The papers or laws the page draws on (ids in src/content/sources). */
    sources: list(ref('sources'), 'source ids from src/content/sources'),
    /** A draft is checked but never published. */
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    /** Whether the page appears in search results. */
    showInSearch: z.boolean({ error: 'must be true or false' }).default(true),
    /** Dated changes, newest first, shown as "What changed". */
    changes: z.array(changeSchema, { error: 'must be a list of changes, each with a date and a summary' }).default([]),
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
    /** A short name for the step, e.g. "Screen the concern". */
    title: text('a short name for the step', 80),
    /** Who acts at this step. */
    who: text('who acts at this step', 200),
    /** When this step happens. */
    when: text('when this step happens', 200),
    /** What the person does. */
    action: text('what happens at this step', 1200),
    /** What happens next. */
    next: text('what happens next', 400),
    /** False when the papers do not describe this step: the page then says so. */
    describedInPapers: z.boolean({ error: 'must be true or false — say whether the papers describe this step' }),
    /** Where the areas differ, what each area does. */
    byArea: z.partialRecord(z.enum(['shropshire', 'telford-wrekin', 'worcestershire'], { error: (issue) => `${describe(issue.input)} is not an area — use shropshire, telford-wrekin or worcestershire` }), z.string().min(1)).optional(),
    /** Sources for this step, if narrower than the page's. */
    sources: z.array(ref('sources')).optional(),
  });

export const makePageSchemas = (ref: RefFactory) => {
  const base = makeBaseSchema(ref);
  const guidance = base.extend({ kind: z.literal('guidance') });
  const procedure = base.extend({
    kind: z.literal('procedure'),
    /** The numbered steps, in order. */
    steps: list(makeStepSchema(ref), 'steps'),
  });
  const area = base.extend({
    kind: z.literal('area'),
    /** The area this page describes. */
    area: ref('areas'),
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
      /** Plain description, in "you" words. */
      description: text('a plain description of what you can get', 600),
      /** Who can get it, e.g. "care leavers who were looked after for 13 weeks after age 14". */
      forWhom: text('who can get this', 300),
      /** The youngest age it applies from. */
      ageFrom: z.number({ error: 'must be a whole number of years, e.g. 16' }).int().min(0).max(25),
      /** The oldest age it applies to. */
      ageTo: z.number({ error: 'must be a whole number of years, e.g. 25' }).int().min(0).max(25),
      /** Grouping on the page. */
      topic: oneOf(ENTITLEMENT_TOPICS, 'a topic'),
      /** Whether it is law, statutory guidance or the council's own choice. */
      basis: oneOf(ENTITLEMENT_BASES, 'the basis'),
      /** The law, guidance or local document it comes from. */
      legalBasis: text('the law, guidance or local paper it comes from', 300),
      /** The amount, only where a source gives one. Leave out when unknown: the page says so. */
      amount: z
        .object({
          pounds: z.number({ error: 'must be a number of pounds, e.g. 2000' }).positive(),
          /** What the amount is for, e.g. "once", "a year". */
          per: text('what the amount is for, e.g. once', 60),
          /** The year the amount applies from. */
          year: text('the year the amount applies from, e.g. 2023', 20),
          /** Caveat shown with the amount. */
          note: z.string().optional(),
        })
        .optional(),
      /** How to ask for it. */
      howToAsk: text('how to ask for it', 400),
      /** The day the facts were last checked against the source. */
      checkedOn: isoDate(),
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
      /** 1 universal, 2 additional, 3 complex, 4 acute or specialist. */
      level: z.number({ error: 'must be a level number from 1 to 4' }).int().min(1).max(4),
      /** The level's short name, e.g. "Universal". */
      name: text('the level name', 40),
      /** What the level means, in a sentence or two. */
      meaning: text('what the level means', 600),
      /** Example indicators by the three sides of the Assessment Framework triangle. */
      indicators: z.object({
        child: list(z.string().min(1), "examples about the child's developmental needs"),
        parenting: list(z.string().min(1), 'examples about parenting capacity'),
        family: list(z.string().min(1), 'examples about family and environmental factors'),
      }),
      /** The usual response at this level. */
      response: text('the usual response', 800),
      /** Who to contact at this level. */
      contact: text('who to contact', 600),
    })
    .superRefine(reviewAfterApproval);

/** A partnership area and its front door. */
export const makeAreaSchema = (ref: RefFactory) =>
  z.object({
    /** The area's name, e.g. "Telford & Wrekin". */
    name: text('the area name', 40),
    /** The council, by its full name. */
    council: text('the council name', 80),
    /** How readers find the council's own site: a name, not a link we cannot check. */
    councilSite: text("the council's main website, by name", 80),
    /** The single front door for concerns about a child. */
    frontDoor: z.object({
      name: text('the front door name', 60),
      description: text('what the front door does', 600),
    }),
    /** The safeguarding board or partnership named in the papers. */
    board: text('the safeguarding board or partnership', 160),
    /** The latest inspection judgement the papers give. */
    inspection: z.object({
      judgement: text('the overall judgement, as written by the inspector', 120),
      /** When the inspection took place, e.g. "11 September to 5 October 2017". */
      inspected: text('when the inspection took place, e.g. 11 September to 5 October 2017', 80),
      /** When the report was published, as precisely as the paper says, e.g. "24 November 2017" or "March 2022". */
      published: text('when the report was published, e.g. 24 November 2017', 40),
      source: ref('sources'),
    }),
    /** The page about this area. */
    page: text('the id of the page about this area, e.g. areas/shropshire', 80),
  });

export const SOURCE_TYPES = ['paper', 'national', 'site'] as const;

/** A paper or law the content draws on. */
export const makeSourceSchema = () =>
  z.discriminatedUnion(
    'type',
    [
      z.object({
        type: z.literal('paper'),
        /** The council or body that published the paper. */
        council: text('the council', 80),
        /** The committee or meeting. */
        committee: text('the committee', 160),
        /** The paper's title, as a reader would recognise it. */
        title: text('the title', 200),
        /** The meeting date. Leave out when the paper is undated, and explain in dateNote. */
        date: isoDate().optional(),
        /** The year the paper belongs to, used for sorting and "how old is this". */
        year: z.number({ error: 'must be a year, e.g. 2017' }).int().min(1990).max(2100),
        /** Shown instead of a date when the paper itself is undated. */
        dateNote: z.string().optional(),
        /** What the paper covers, in a sentence. */
        covers: text('what the paper covers', 600),
        /** The file name of the paper in the seed archive, used by the figure-check test. */
        seedFile: text('the seed file name', 80),
      }),
      z.object({
        type: z.literal('national'),
        /** Who made the law or guidance. */
        publisher: text('the publisher', 120),
        /** The title of the law or guidance. */
        title: text('the title', 200),
        /** The year it was made, where it has one. */
        year: z.number({ error: 'must be a year, e.g. 2017' }).int().min(1900).max(2100).optional(),
        /** The section or regulation relied on. */
        reference: z.string().optional(),
        /** What it covers, in a sentence. */
        covers: text('what it covers', 600),
      }),
      z.object({
        /** The portal itself, for pages about how the site works (privacy, accessibility). */
        type: z.literal('site'),
        title: text('the title', 200),
        covers: text('what it covers', 600),
      }),
    ],
    {
      error: (issue) =>
        `${describe(issue.input)} is not a source type — use one of ${SOURCE_TYPES.join(', ')}`,
    },
  ).superRefine((data, ctx) => {
    if (data.type === 'paper' && !data.date && !data.dateNote) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'is missing — add the meeting date, or a dateNote saying why the paper is undated' });
    }
  });

export const GLOSSARY_KINDS = ['acronym', 'term'] as const;

/** A glossary entry: an acronym or a specialist term. */
export const makeGlossarySchema = (ref: RefFactory) =>
  z.object({
    /** The term or acronym as it appears in text, e.g. "CSE". */
    term: text('the term', 80),
    /** The expansion of an acronym, e.g. "child sexual exploitation". */
    expansion: z.string().optional(),
    /** What it means, in plain words. */
    meaning: text('what it means in plain words', 600),
    kind: oneOf(GLOSSARY_KINDS, 'kind'),
    /** Other words people search with for the same thing. */
    aliases: z.array(z.string()).default([]),
    sources: list(ref('sources'), 'source ids'),
  });

/** A dated board update. */
export const makeUpdateSchema = (ref: RefFactory) =>
  z.object({
    kind: z.literal('update').default('update'),
    title: text('a title', 70),
    summary: text('a plain-English summary of 160 characters or fewer', 160),
    /** The date the event happened or was published. */
    date: isoDate(),
    audience: list(oneOf(AUDIENCES, 'an audience'), `audiences (${AUDIENCES.join(', ')})`),
    areas: z.union([z.literal('all'), list(ref('areas'), 'area ids')]),
    sources: list(ref('sources'), 'source ids'),
    draft: z.boolean().default(false),
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
export type StepData = z.output<ReturnType<typeof makeStepSchema>>;
