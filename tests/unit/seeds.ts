// Where the seed papers are (../shared/seeds, or SEEDS_DIR), and the one line said when they are not.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEEDS = resolve(process.cwd(), process.env.SEEDS_DIR ?? '../shared/seeds');
export const seedsPresent = existsSync(SEEDS);
export const SEEDS_SKIPPED = `Skipped the seed-line checks (money amounts, chart quotes and claim quotes against the council papers): ${SEEDS} is not here.`;
