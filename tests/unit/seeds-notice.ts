// Vitest global set-up for the unit project: says once per run, in one line, that the seed checks were skipped.
import { SEEDS_SKIPPED, seedsPresent } from './seeds.ts';

export default function setup() {
  if (!seedsPresent) console.warn(SEEDS_SKIPPED);
}
