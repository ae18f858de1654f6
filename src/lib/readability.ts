/**
 * Flesch–Kincaid grade for plain-English checks on family and young people's pages.
 * Grade 6 is about a reading age of 11. Syllables and the grade formula come from
 * wooorm's maintained packages; the text is read from the same MDX tree the build uses.
 */
import { fleschKincaid as gradeOf } from 'flesch-kincaid';
import type { Nodes, Parents, Root } from 'mdast';
import { syllable } from 'syllable';
import { SKIP, visit } from 'unist-util-visit';
import { parseMdx } from './rules/parse-mdx.ts';

/** Nodes whose text a reader does not read as prose: code, pictures, raw HTML, and MDX imports and expressions. */
const NOT_PROSE = new Set(['code', 'image', 'imageReference', 'html', 'table', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
/** Blocks that end a sentence even when the writer left off the full stop (headings, list items, callouts). */
const BLOCKS = new Set(['paragraph', 'heading']);

/** The prose of one node: its text, without link targets, JSX attributes or anything in NOT_PROSE. */
function prose(node: Nodes): string {
  if (NOT_PROSE.has(node.type)) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(prose).join('') : '';
}

/** Markdown/MDX to plain sentences, one per heading or paragraph; a body MDX cannot read is read as plain text. */
export function plainText(markdown: string): string {
  const parsed = parseMdx(markdown);
  return parsed.tree
    ? proseText(parsed.tree)
    : markdown
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/** The plain sentences of an MDX tree already parsed (the content check parses each body once). */
export function proseText(tree: Root): string {
  const sentences: string[] = [];
  visit(tree, (node) => {
    if (NOT_PROSE.has(node.type)) return SKIP;
    if (!BLOCKS.has(node.type)) return undefined;
    const text = prose(node as Parents)
      .replace(/\s+/g, ' ')
      .trim();
    if (text) sentences.push(/[.!?:;]$/.test(text) ? text : `${text}.`);
    return SKIP;
  });
  return sentences.join(' ');
}

/** Syllables in one English word (the `syllable` package). */
export const syllables = (word: string): number => syllable(word);

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Flesch–Kincaid grade level of a text, to a tenth. */
export function fleschKincaid(text: string): Readability {
  const sentences = text.split(/[.!?:;]+(?:\s|$)/).filter((s) => /[a-z]/i.test(s));
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  const grade = gradeOf({ sentence: Math.max(1, sentences.length), word: Math.max(1, words.length), syllable: syllableCount });
  return { words: words.length, sentences: sentences.length, syllables: syllableCount, grade: Math.round(grade * 10) / 10 };
}
