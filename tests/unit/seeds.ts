// Where the seed papers are (../shared/seeds, or SEEDS_DIR), and the one line said when they are not.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS = resolve(process.cwd(), process.env.SEEDS_DIR ?? '../shared/seeds');
export const seedsPresent = existsSync(SEEDS);
export const SEEDS_SKIPPED = `Skipped the seed-line checks (money amounts, chart quotes and claim quotes against the council papers): ${SEEDS} is not here.`;

const papers = new Map<string, string[]>();
/** A seed paper's lines, read once per run, for checking that a quote is at its cited line. */
export function paperLines(file: string): string[] {
  if (!papers.has(file)) papers.set(file, readFileSync(join(SEEDS, file), 'utf8').split('\n'));
  return papers.get(file) ?? [];
}
