/** What every content rule receives and returns. */
import { visit } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';
import type { LoadedEntry } from '../entry.ts';
import type { ContentProblem, Severity } from '../content-errors.ts';

/** Every address the build will publish. */
export interface SiteMap {
  /** Path (always starting with /) to the fragment ids on that page. */
  routes: Map<string, Set<string>>;
}

/** A loaded entry with its MDX body parsed, when it has one that parses. */
export interface ParsedEntry extends LoadedEntry {
  tree?: Root;
  /** Whether the entry's fields passed its schema; rules that trust field values skip the rest. */
  valid: boolean;
}

export interface RuleContext {
  /** The entries to report on. */
  checked: readonly ParsedEntry[];
  /** Every entry on the site, the checked ones included: what titles must differ from. */
  all: readonly ParsedEntry[];
  /** Every address the build will publish, with the #fragments each has. */
  site: SiteMap;
  /** The day the check runs as of (YYYY-MM-DD). */
  today: string;
  /** True in CI, where some warnings become errors. */
  ci: boolean;
  /** Numbers shown before claims existed and not yet traced, by file (src/content/untraced-numbers.yaml). */
  untracedAllowed?: ReadonlyMap<string, readonly string[]>;
  /** Where that list is, as editors see it; src/content/untraced-numbers.yaml unless the content is elsewhere. */
  untracedFile?: string;
}

/** A rule is a pure function from the parsed content to problems. */
export type Rule = (context: RuleContext) => ContentProblem[];

/** One problem found by `rule` in `entry`, at a file line when known. */
export function problem(entry: { file: string }, rule: string, message: string, line?: number, severity: Severity = 'error'): ContentProblem {
  return { file: entry.file, field: rule, message, ...(line ? { line } : {}), ...(severity === 'warning' ? { severity } : {}) };
}

/** The file line a node starts on. */
export const lineOf = (node: Nodes): number | undefined => node.position?.start.line;

const walked = new WeakMap<Nodes, readonly Nodes[]>();

/** Every node under `node`, in document order. Fifteen rules walk each tree, so the walk is made once and kept. */
export function descendants(node: Nodes): readonly Nodes[] {
  let nodes = walked.get(node);
  if (!nodes) {
    const found: Nodes[] = [];
    visit(node, (child) => {
      if (child !== node) found.push(child as Nodes);
    });
    nodes = found;
    walked.set(node, nodes);
  }
  return nodes;
}

/** A top-level field as text, or undefined when it is missing or not text. */
export function textField(entry: LoadedEntry, field: string): string | undefined {
  const value = (entry.data as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** The audiences an entry lists; empty when the field is missing or malformed. */
export function audienceOf(entry: LoadedEntry): string[] {
  const value = (entry.data as Record<string, unknown> | null)?.audience;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Pages for families or young people are held to the plainest standard. */
export const isForFamilies = (entry: LoadedEntry): boolean => audienceOf(entry).some((audience) => audience === 'families' || audience === 'young-people');

/** Drafts are never published, so nothing may link to them. */
export const isDraft = (entry: LoadedEntry): boolean => (entry.data as Record<string, unknown> | null)?.draft === true;
