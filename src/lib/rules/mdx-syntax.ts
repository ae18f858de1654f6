// Why: a body MDX cannot read stops Astro with a stack trace; an editor needs the line and the fix in plain words.
import type { ContentProblem } from '../content-errors.ts';
import { FORBIDDEN_TAGS, forbiddenTag } from './mdx-safety.ts';
import type { MdxParseError } from './parse-mdx.ts';
import { problem } from './types.ts';

const GENERIC_FIX = 'close every <Component> tag, and write \\< or \\{ to show a < or { as text';

/** micromark's wording, turned into what went wrong and how to fix it. */
function explain(error: MdxParseError): string {
  const unclosed = /^Expected a closing tag for `<([^>]*)>`/.exec(error.reason);
  if (unclosed) return `<${unclosed[1] ?? ''}> is never closed — add </${unclosed[1] ?? ''}> after what it wraps`;
  if (error.ruleId === 'acorn') return 'a { starts JavaScript, which content may not run — write \\{ to show a curly bracket as text';
  if (error.reason.includes('to create a comment in MDX')) return '<!-- --> comments do not work in MDX — write {/* your note */} instead';
  if (error.ruleId === 'unexpected-character' && error.reason.includes('before name'))
    return 'a < that does not start a component — write \\< to show a < as text';
  return `cannot be read as MDX (${error.reason}) — ${GENERIC_FIX}`;
}

/**
 * <script> and <style> usually fail to parse because of the code inside them,
 * so name the tag itself rather than the parse error it causes.
 */
function forbiddenTagsIn(entry: { file: string }, body: string, bodyLine: number): ContentProblem[] {
  const found: ContentProblem[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/<([a-z]+)\b/gi)) {
      const name = (match[1] ?? '').toLowerCase();
      if (FORBIDDEN_TAGS.has(name)) found.push(forbiddenTag(entry, name, bodyLine + index));
    }
  });
  return found;
}

export function mdxSyntaxProblems(entry: { file: string }, body: string, bodyLine: number, error: MdxParseError): ContentProblem[] {
  const tags = forbiddenTagsIn(entry, body, bodyLine);
  return tags.length > 0 ? tags : [problem(entry, 'mdx-syntax', explain(error), error.line)];
}
