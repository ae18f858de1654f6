/**
 * The partnership as data: reads and checks src/content/partnership.yaml (or
 * $PORTAL_CONTENT/partnership.yaml), so the site's name, owner, phase, address
 * and report route are set once, outside the code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { formatProblem, toProblems, type ContentProblem } from './content-errors.ts';
import { CONTENT_FILES, contentDir, contentPath } from './folders.ts';
import { makePartnershipSchema, type PartnershipData } from './schemas.ts';

/** Where the partnership file lives under `root`, in the content folder `dir`. */
export const partnershipPath = (root: string, dir = contentDir()) => resolve(root, contentPath(CONTENT_FILES.partnership, dir));

/** The checked settings, or one problem per wrong field (file as editors see it, relative to root). */
export function checkPartnership(root: string, dir = contentDir()): { data?: PartnershipData; problems: ContentProblem[] } {
  const path = partnershipPath(root, dir);
  const file = relative(root, path) || path;
  if (!existsSync(path)) {
    return { problems: [{ file, field: '(the whole file)', message: 'is missing — copy src/content/partnership.yaml from the portal and fill it in' }] };
  }
  const source = readFileSync(path, 'utf8');
  const doc = parseDocument(source);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line,
        field: 'YAML',
        message: `cannot be read (${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}) — check indentation, colons and quotes on this line`,
      })),
    };
  }
  const result = makePartnershipSchema().safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const lines = new Map<string, number>();
  source.split('\n').forEach((line, index) => {
    const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key, index + 1);
  });
  const problems = toProblems(file, result.error.issues).map((problem) => ({ ...problem, line: lines.get(problem.field.split(/[.[]/)[0] ?? '') }));
  return { problems };
}

/** The checked settings; throws one plain-English line per problem. */
export function loadPartnership(root = process.cwd()): PartnershipData {
  const { data, problems } = checkPartnership(root);
  if (!data) throw new Error(problems.map(formatProblem).join('\n'));
  return data;
}

let cached: PartnershipData | undefined;
/** The partnership for components: read once per build. */
export function partnership(): PartnershipData {
  cached ??= loadPartnership();
  return cached;
}

/** The site address: SITE_URL (set by the deploy workflow), else siteUrl in partnership.yaml, else none. */
export function siteAddress(env: Record<string, string | undefined>, settings: Pick<PartnershipData, 'siteUrl'>): string | undefined {
  return env.SITE_URL || settings.siteUrl || undefined;
}
