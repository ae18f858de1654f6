// The site's MDX components as blocks of the editor's Markdown editor (src/admin/editor-blocks.js,
// the same file the editor page loads): every allowed component is offered, and every use of
// one in the real content is found by its pattern and written back exactly as it was.
import { globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockPattern, editorComponent, readAttributes, writeBlock } from '../../src/admin/editor-blocks.js';
import { editorComponents } from '../../src/lib/cms-editor-components.ts';
import { CALLOUT_KINDS, MDX_COMPONENT_NAMES } from '../../src/lib/mdx-allowed.ts';
import { checkFile } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';

const specs = editorComponents({ datasets: ['a-chart'] });
const pages = globSync('src/content/{pages,updates}/**/*.mdx').map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** Each use of a component in a page, as written: from its opening tag to its end. */
function usesOf(id: string): string[] {
  const spec = specs.find((s) => s.id === id)!;
  const pattern = new RegExp(blockPattern(spec).source.slice(1), 'g');
  return pages.flatMap(({ text }) => [...text.matchAll(pattern)].map((match) => match[0]));
}

describe('editor blocks for the MDX components', () => {
  it('offers every component content may use, and no other', () => {
    expect(specs.map((spec) => spec.id)).toEqual([...MDX_COMPONENT_NAMES]);
  });

  it('a callout offers the kinds the component accepts', () => {
    const callout = editorComponent(specs.find((spec) => spec.id === 'Callout'));
    expect(callout.fields.find((field: { name: string }) => field.name === 'kind').options.map((option: { value: string }) => option.value)).toEqual([
      ...CALLOUT_KINDS,
    ]);
  });

  it.each(['Callout', 'NotInPapers', 'Emergency', 'AreaChooser', 'ContactCard', 'DataExplainer'])(
    'every <%s> in the content is read and written back as it was',
    (id) => {
      const uses = usesOf(id);
      const opening = pages.reduce((n, { text }) => n + (text.match(new RegExp(`<${id}[\\s/>]`, 'g'))?.length ?? 0), 0);
      expect(uses.length).toBeGreaterThan(0);
      // Every opening tag is a use the pattern finds: none is left for the editor to mangle.
      expect(uses.length).toBe(opening);
      const component = editorComponent(specs.find((spec) => spec.id === id));
      for (const use of uses) {
        const match = component.pattern.exec(use);
        expect(match?.[0]).toBe(use);
        expect(component.toBlock(component.fromBlock(match))).toBe(use);
      }
    },
  );

  it('writes attributes in order, leaves out empty ones, and a bare flag for true', () => {
    const card = specs.find((spec) => spec.id === 'ContactCard')!;
    expect(writeBlock(card, { service: 'childline', compact: true })).toBe('<ContactCard service="childline" compact />');
    expect(writeBlock(card, { service: 'childline', compact: false })).toBe('<ContactCard service="childline" />');
    expect(readAttributes(' service="childline" compact')).toEqual({ service: 'childline', compact: true });
    const callout = specs.find((spec) => spec.id === 'Callout')!;
    expect(writeBlock(callout, { kind: 'warning', title: '', children: '\nBe careful.\n' })).toBe('<Callout kind="warning">\n\nBe careful.\n\n</Callout>');
    expect(writeBlock(callout, { kind: 'info', title: 'Say "no"', children: 'Text.' })).toContain('title="Say ”no”"');
  });

  it('writes blocks the content check accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-cms-blocks-'));
    try {
      const file = join(dir, 'blocks.mdx');
      const blocks = [
        writeBlock(
          specs.find((spec) => spec.id === 'Callout')!,
          { kind: 'important', title: 'Before you call', children: 'Have the child’s name ready.' },
        ),
        writeBlock(
          specs.find((spec) => spec.id === 'NotInPapers')!,
          { children: 'The papers do not give a phone number.' },
        ),
        writeBlock(
          specs.find((spec) => spec.id === 'Emergency')!,
          {},
        ),
      ];
      const front = [
        '---',
        'kind: update',
        'title: Blocks written by the editor',
        'summary: A test of the blocks the editor writes.',
        'date: 2014-06',
        'audience: [practitioners]',
        'areas: all',
        'sources: [shropshire-2014-portfolio-holder]',
        '---',
        '',
      ];
      writeFileSync(file, [...front, 'The board met.', '', ...blocks.flatMap((block) => [block, '']), ''].join('\n'));
      expect(checkFile(process.cwd(), 'updates', file).map(formatProblem)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
