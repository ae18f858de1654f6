// Why: content is published by pull request from many hands, so it may only use our checked components, never run code.
import type { Nodes } from 'mdast';
import type { ContentProblem } from '../content-errors.ts';
import { MDX_COMPONENT_NAMES } from '../mdx-allowed.ts';
import { descendants, lineOf, problem, type ParsedEntry, type Rule } from './types.ts';

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const ALLOWED: ReadonlySet<string> = new Set(MDX_COMPONENT_NAMES);
const COMPONENT_LIST = MDX_COMPONENT_NAMES.join(', ');

/** Raw HTML elements with a specific reason they are never allowed. */
export const FORBIDDEN_TAGS: ReadonlyMap<string, string> = new Map([
  ['script', 'content may not run scripts; remove it'],
  ['style', "the site's styles apply to every page; remove it"],
  ['iframe', 'it loads another website into the page; link to it instead'],
  ['object', 'it loads outside content into the page; link to it instead'],
  ['embed', 'it loads outside content into the page; link to it instead'],
]);

/** A javascript: address, however it is spaced or capitalised (browsers ignore tabs and newlines in it). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what browsers drop from an address, so they must be matched.
const isJavaScriptUrl = (url: string) => /^javascript:/i.test(url.replace(/[\s\u0000-\u001f]/g, ''));

type Expression = Extract<Nodes, { type: 'mdxFlowExpression' | 'mdxTextExpression' }>;

/** MDX comments {/* … *\/} hold no code, so they are allowed: the parsed program has no statements. */
const isComment = (node: Expression) => node.data?.estree?.body.length === 0;

/** First line of some code, short enough to quote in a message. */
const quote = (code: string) => {
  const first = code.trim().split('\n')[0] ?? '';
  return first.length > 60 ? `${first.slice(0, 57)}…` : first;
};

/** The problem for a <script>, <style>, <iframe>, <object> or <embed>. */
export function forbiddenTag(entry: { file: string }, name: string, line: number | undefined): ContentProblem {
  return problem(entry, 'mdx-safety', `<${name}> is not allowed — ${FORBIDDEN_TAGS.get(name) ?? 'remove it'}`, line);
}

function elementProblems(entry: ParsedEntry, node: JsxElement): ContentProblem[] {
  const line = lineOf(node);
  const found: ContentProblem[] = [];
  const name = node.name;
  if (name === null) {
    found.push(problem(entry, 'mdx-safety', `<> is not allowed — remove it and keep what is inside`, line));
  } else if (FORBIDDEN_TAGS.has(name)) {
    found.push(forbiddenTag(entry, name, line));
  } else if (/^[a-z]/.test(name)) {
    found.push(
      problem(entry, 'mdx-safety', `<${name}> is raw HTML, which skips the site's checked components — use Markdown, or one of ${COMPONENT_LIST}`, line),
    );
  } else if (!ALLOWED.has(name)) {
    found.push(problem(entry, 'mdx-safety', `<${name}> is not a component content may use — use one of ${COMPONENT_LIST}`, line));
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      found.push(
        problem(
          entry,
          'mdx-safety',
          `{${quote(attribute.value)}} in <${name ?? ''}> is JavaScript, which content may not run — write each attribute as name="value"`,
          line,
        ),
      );
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      found.push(problem(entry, 'mdx-safety', `${attribute.name}= in <${name ?? ''}> runs JavaScript, which content may not do — remove it`, line));
    }
    if (typeof attribute.value === 'string' && isJavaScriptUrl(attribute.value)) {
      found.push(problem(entry, 'mdx-safety', `"${quote(attribute.value)}" is a javascript: address, which runs code — link to a page instead`, line));
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      found.push(
        problem(
          entry,
          'mdx-safety',
          `${attribute.name}={${quote(attribute.value.value)}} in <${name ?? ''}> is JavaScript, which content may not run — write it as ${attribute.name}="value"`,
          line,
        ),
      );
    }
  }
  return found;
}

function nodeProblems(entry: ParsedEntry, node: Nodes): ContentProblem[] {
  const line = lineOf(node);
  switch (node.type) {
    case 'mdxjsEsm': {
      const statement = /^\s*export\b/.test(node.value) ? 'export' : 'import';
      const fix = statement === 'import' ? `the components ${COMPONENT_LIST} work without importing` : 'put page details in the frontmatter fields';
      return [problem(entry, 'mdx-safety', `"${quote(node.value)}" is not allowed in content — remove it; ${fix}`, line)];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(node)) return [];
      return [
        problem(entry, 'mdx-safety', `{${quote(node.value)}} is JavaScript, which content may not run — remove it, or write \\{ to show a curly bracket`, line),
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(entry, node);
    case 'link':
    case 'image':
    case 'definition':
      return isJavaScriptUrl(node.url)
        ? [problem(entry, 'mdx-safety', `"${quote(node.url)}" is a javascript: address, which runs code — link to a page instead`, line)]
        : [];
    default:
      return [];
  }
}

export const mdxSafety: Rule = ({ checked }) =>
  checked.flatMap((entry) => (entry.tree ? [...descendants(entry.tree)].flatMap((node) => nodeProblems(entry, node)) : []));
