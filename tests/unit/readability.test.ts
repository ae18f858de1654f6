// What the reading-age check reads: the prose of the MDX tree, one sentence per block, and nothing a reader does not read.
import { describe, expect, it } from 'vitest';
import { fleschKincaid, plainText } from '../../src/lib/readability.ts';

describe('plainText reads the MDX tree', () => {
  it('ends each heading and list item as a sentence, even without a full stop', () => {
    expect(plainText('# Who to call\n\n- Your school\n- Your doctor.\n')).toBe('Who to call. Your school. Your doctor.');
  });

  it('keeps the words of a link and of a component, but not the link target or the attributes', () => {
    const text = plainText('Read [the help page](/early-help/very-long-address/).\n\n<Callout kind="warning" title="Safety first">Call 999 now.</Callout>\n');
    expect(text).toBe('Read the help page. Call 999 now.');
  });

  it('drops code, tables, images, imports and expressions', () => {
    const body =
      "import X from './x.astro';\n\n```\nconsiderable obfuscation\n```\n\n| Head | Cell |\n| --- | --- |\n| antidisestablishmentarianism | x |\n\n![a complicated picture](/p.png)\n\n{props.value}\n\nGet help.\n";
    expect(plainText(body)).toBe('Get help.');
  });

  it('reads a body MDX cannot parse as plain text rather than failing', () => {
    expect(plainText('Hello <Callout>unclosed')).toBe('Hello unclosed');
  });

  it('long words and long sentences raise the grade', () => {
    const short = fleschKincaid(plainText('Call us. We can help. Ask at school.')).grade;
    const long = fleschKincaid(
      plainText('Practitioners should consider the appropriateness of multi-agency intervention whenever considerable uncertainty persists.'),
    ).grade;
    expect(long - short).toBeGreaterThan(10);
  });
});
