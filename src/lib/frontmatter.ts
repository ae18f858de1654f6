/** Splits an MDX file into its YAML frontmatter and body, keeping line numbers. */
export interface SplitFile {
  /** The YAML between the --- fences, or null when there is none. */
  yaml: string | null;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return { yaml: null, body: text, bodyLine: 1 };
  const yaml = match[1] ?? '';
  return { yaml, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
