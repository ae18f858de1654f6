/**
 * Parses an MDX body into an mdast tree the rules can walk, with the same
 * parser settings as the build (GFM and MDX), and line numbers of the whole file.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

/** Why MDX could not read a body: micromark's reason and rule id, and the file line when known. */
export interface MdxParseError {
  line?: number;
  reason: string;
  ruleId?: string;
}

export type ParsedBody = { tree: Root; error?: undefined } | { tree?: undefined; error: MdxParseError };

/** Moves every node's lines down by the frontmatter's length, so rules report file lines. */
function shiftLines(tree: Root, by: number): void {
  visit(tree, (node) => {
    if (!node.position) return;
    node.position.start.line += by;
    node.position.end.line += by;
  });
}

const parsed = new Map<string, ParsedBody>();
/** Bodies kept at most; a long-running process (a test run, the editor) never grows without end. */
const KEPT = 5000;

/** `bodyLine` is the 1-based file line where the body starts. A syntax error becomes a value, never a throw. */
export function parseMdx(body: string, bodyLine = 1): ParsedBody {
  // The same text at the same line always parses to the same tree, and rules only read trees:
  // checking one file against the whole site (checkFile, the editor) parses each page once per process.
  const key = `${bodyLine}\n${body}`;
  const known = parsed.get(key);
  if (known) return known;
  if (parsed.size >= KEPT) parsed.clear();
  const result = parseBody(body, bodyLine);
  parsed.set(key, result);
  return result;
}

function parseBody(body: string, bodyLine: number): ParsedBody {
  try {
    const tree = parser.parse(body);
    shiftLines(tree, bodyLine - 1);
    return { tree };
  } catch (error) {
    const { line, reason, message, ruleId } = error as { line?: number | null; reason?: string; message?: string; ruleId?: string };
    const text = reason ?? message ?? String(error);
    // An unclosed tag gives its place only inside the reason, as (3:1-3:27).
    const bodyLineOfError = typeof line === 'number' ? line : Number(/\((\d+):\d+-\d+:\d+\)/.exec(text)?.[1] ?? Number.NaN);
    return {
      error: {
        ...(Number.isNaN(bodyLineOfError) ? {} : { line: bodyLineOfError + bodyLine - 1 }),
        reason: text,
        ...(ruleId ? { ruleId } : {}),
      },
    };
  }
}
