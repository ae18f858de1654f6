/**
 * Who an entitlement applies to, by age and area. No imports, so the browser's
 * filter can use the same tests as the build without pulling in the schemas.
 */

/** 'all' means everywhere in England; otherwise the areas (by id) it applies in. */
export type EntitlementAreas = 'all' | readonly { id: string }[];

interface AgeRange {
  ageFrom: number;
  ageTo: number;
}

/** Both ends inclusive: an item for ages 18 to 21 overlaps the band 21 to 25. */
export const overlaps = (item: AgeRange, band: { from: number; to: number }) => item.ageFrom <= band.to && item.ageTo >= band.from;

/** Both ends inclusive: an item for ages 16 to 25 applies at 25. */
export const appliesAtAge = (item: AgeRange, age: number) => item.ageFrom <= age && item.ageTo >= age;

export const appliesInArea = (areas: EntitlementAreas, areaId: string) => areas === 'all' || areas.some((a) => a.id === areaId);

/** The filter's test on one item, from its markup; null means "any". */
export function fitsFilter(item: { ageFrom: number; ageTo: number; areas: string }, age: number | null, areaId: string | null): boolean {
  const ageFits = age === null || appliesAtAge(item, age);
  const areaFits = areaId === null || item.areas === 'all' || item.areas.split(' ').includes(areaId);
  return ageFits && areaFits;
}

/** The filter's live status line. */
export function filterStatus(count: number, age: number | null, areaName: string | null): string {
  if (age === null && areaName === null) return 'Showing everything.';
  const at = age === null ? '' : ` at ${age}`;
  const where = areaName === null ? '' : ` in ${areaName}`;
  return `Showing ${count} ${count === 1 ? 'thing' : 'things'} you can get${at}${where}.`;
}
