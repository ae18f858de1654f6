/**
 * The schema for data explainers (src/content/datasets/*.json).
 * Every value carries the seed line(s) it comes from and the words that state it,
 * so a typo in a figure is caught by the tests.
 */
import { z } from 'astro/zod';
import { describe } from './field-errors.ts';
import type { RefFactory } from './refs.ts';
import { makeClaimsField } from './claim-schema.ts';

export const UNITS = ['count', 'percent', 'pounds'] as const;
export const CHART_FORMS = ['line', 'bar', 'stacked-bar', 'small-multiples', 'unit', 'part-to-whole'] as const;

/** Periods: a year (2018), a financial year (2017/18), a month (2022-06) or a day (2022-06-28). */
export const PERIOD_PATTERN = /^(\d{4}|\d{4}\/\d{2}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$/;

const period = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is missing — add ${what}` : `${describe(issue.input)} is not text — write ${what}`) })
    .regex(PERIOD_PATTERN, {
      error: (issue) => `${describe(issue.input)} is not a period — write a year (2018), a financial year (2017/18), a month (2022-06) or a day (2022-06-28)`,
    });

// Each schema is built per call, as in schemas.ts, not once when the module loads: every content check gets its own.
/** Where a number comes from: the line(s) of the paper and the words that state it. */
const evidenceSchema = () =>
  z.object({
    lines: z
      .array(z.number().int().positive(), { error: 'must be a list of line numbers, e.g. [201]' })
      .min(1)
      .describe('1-based line numbers in the seed paper.'),
    quote: z
      .string({ error: 'is missing — copy the words from the paper that state this number' })
      .min(3)
      .describe('A short verbatim quote from those lines that contains the number.'),
  });

const value = () =>
  z.number({
    error: (issue) => (issue.input === undefined ? 'is missing — add the number' : `${describe(issue.input)} is not a number — write digits only, e.g. 622`),
  });

const pointSchema = () =>
  evidenceSchema().extend({
    label: z.string().min(1).describe('The category or time label shown on the chart, e.g. "Mar 2020" or "2017/18".'),
    period: period('the period').optional().describe('For time series: the period this value belongs to, used to place it on a time axis.'),
    value: value(),
  });

const seriesSchema = () =>
  z.object({
    name: z.string().min(1).describe('The series name, shown as a direct label.'),
    points: z.array(pointSchema()).min(1),
    total: evidenceSchema().extend({ value: value() }).optional().describe('A total the paper states for this series; must equal the sum of its points.'),
  });

export const makeDatasetSchema = (ref: RefFactory) =>
  z
    .object({
      title: z.string().min(3).max(90),
      question: z.string().min(3).max(160).describe("The question the chart answers, in a reader's words."),
      takeaway: z.string().min(3).max(240).describe('One sentence: what the reader should take away.'),
      unit: z.enum(UNITS, { error: (issue) => `${describe(issue.input)} is not a unit — use one of ${UNITS.join(', ')}` }),
      chart: z.enum(CHART_FORMS, {
        error: (issue) => `${describe(issue.input)} is not a chart form — use one of ${CHART_FORMS.join(', ')}`,
      }),
      area: z.union([z.literal('all'), ref('areas')]),
      period: z
        .object({ from: period('the first period'), to: period('the last period') })
        .optional()
        .describe('The period covered, e.g. from 2020-03 to 2022-06; or asAt for a snapshot.'),
      asAt: period('the date the figures are "as at"').optional(),
      source: ref('sources'),
      notes: z.array(z.string()).default([]).describe("Notes shown under the chart, e.g. where the paper's numbers do not add up."),
      page: z.string().optional().describe('The page that explains these numbers (a pages id), linked from Facts and figures.'),
      series: z.array(seriesSchema()).min(1),
      claims: makeClaimsField(ref).describe('Where each number in the title, takeaway and notes comes from, when it is not a charted value.'),
    })
    .superRefine((data, ctx) => {
      if (!data.period && !data.asAt) {
        ctx.addIssue({ code: 'custom', path: ['period'], message: 'is missing — add period (from, to) or asAt' });
      }
      data.series.forEach((series, s) => {
        series.points.forEach((point, p) => {
          if (!Number.isFinite(point.value)) {
            ctx.addIssue({ code: 'custom', path: ['series', s, 'points', p, 'value'], message: 'is not a finite number' });
          }
          if (data.unit === 'percent' && (point.value < 0 || point.value > 100)) {
            ctx.addIssue({
              code: 'custom',
              path: ['series', s, 'points', p, 'value'],
              message: `${point.value} is not a percentage — percentages must be between 0 and 100`,
            });
          }
        });
        if (series.total) {
          const sum = series.points.reduce((acc, point) => acc + point.value, 0);
          if (Math.abs(sum - series.total.value) > 1e-9) {
            ctx.addIssue({
              code: 'custom',
              path: ['series', s, 'total', 'value'],
              message: `${series.total.value} does not equal the sum of the parts (${sum}) — check each figure against the paper, or explain the gap in notes and remove total`,
            });
          }
        }
      });
    });

export type DatasetData = z.output<ReturnType<typeof makeDatasetSchema>>;
