/**
 * A claim says where a number the reader sees comes from: the paper and line that
 * state it, or the law or public page that gives it. The numbers-sourced rule
 * fails a number on a page that no claim, chart value or cited source's date covers.
 */
import { z } from 'astro/zod';
import { describe } from './field-errors.ts';
import type { RefFactory } from './refs.ts';

export const makeClaimSchema = (ref: RefFactory) =>
  z.strictObject({
    says: z
      .array(z.union([z.number(), z.string().min(1)]), {
        error: (issue) => `${describe(issue.input)} is not a list — write the numbers the page shows, e.g. says: [16, 25]`,
      })
      .min(1, { error: 'is empty — list the numbers this claim covers, e.g. says: [16, 25]' })
      .describe('The numbers or dates as the page writes them, e.g. [16, 25] or ["£3,000", "1 October 2024"].'),
    source: ref('sources').describe('The paper, law or public page that gives them (an id in src/content/sources).'),
    lines: z
      .array(z.number().int().positive(), { error: 'must be a list of line numbers in the paper, e.g. [201]' })
      .min(1)
      .optional()
      .describe('For a paper: the 1-based line or lines of its text that the quote is on.'),
    quote: z
      .string({ error: 'must be text — copy the few words of the source that state the number' })
      .min(3)
      .max(300, { error: 'is too long — quote only the few words that state the number (300 characters at most)' })
      .optional()
      .describe("The source's own words that state each number (a short quote, not a passage)."),
    where: z
      .string({ error: 'must be text — say where in the law or page the number is' })
      .min(3)
      .max(200, { error: 'is too long — name the section or paragraph in 200 characters or fewer' })
      .optional()
      .describe('For a law or public page with no stored text: where in it the number is, e.g. "section 23C(7)".'),
  });

export const makeClaimsField = (ref: RefFactory) =>
  z.array(makeClaimSchema(ref), { error: 'must be a list of claims, each with says, source, and lines and quote (or where)' }).default([]);

/** A number a law, public page or the portal itself gives, written once on the source: every page citing it may show it. */
export const makeGivesSchema = () =>
  z.strictObject({
    says: z
      .array(z.union([z.number(), z.string().min(1)]))
      .min(1, { error: 'is empty — list the numbers this source gives' })
      .describe('The numbers or dates, e.g. [16, 25] or ["1 October 2024"].'),
    where: z
      .string({ error: 'is missing — say where in the law or page the number is, e.g. section 23C(7)' })
      .min(3)
      .max(200, { error: 'is too long — name the section or paragraph in 200 characters or fewer' })
      .describe('Where in the source, e.g. "section 23C(7)" or "the second paragraph".'),
  });

export const givesField = () => z.array(makeGivesSchema(), { error: 'must be a list, each with says and where' }).default([]);
