// The content schemas as editors meet them. Each schema's JSON Schema is pinned in tests/unit/schemas-json/:
// its descriptions are the editor's hints in the CMS, its limits and patterns the form's checks. Changing one
// is a reviewed change (update with npx vitest run --project unit tests/unit/schemas-edges.test.ts -u).
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeSchemas } from '../../src/lib/schemas.ts';
import type { RefFactory } from '../../src/lib/refs.ts';

// A reference is text naming its collection, so the JSON Schema shows which collection each field refers to.
const ref = ((collection: string) => z.string().describe(`an id in ${collection}`)) as unknown as RefFactory;
const NAMED = ['page', 'entitlement', 'level', 'areaData', 'source', 'glossary', 'update', 'dataset', 'service', 'partnership'] as const;

describe('schemas as JSON Schema', () => {
  it.each(NAMED)('%s', async (name) => {
    // Built inside the test, so a mutation run sees each schema being made.
    const schema = makeSchemas(ref)[name] as z.ZodType;
    const json = JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2);
    await expect(`${json}\n`).toMatchFileSnapshot(`./schemas-json/${name}.json`);
  });
});
