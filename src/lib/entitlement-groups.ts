/** Groups and filters entitlements the way a young person asks: "what can I get at my age, where I live?" */
import { AGE_BANDS, type AgeBand } from './routes.ts';
import { ENTITLEMENT_TOPICS } from './schemas.ts';
import { appliesInArea, overlaps, type EntitlementAreas } from './entitlement-match.ts';

export * from './entitlement-match.ts';

export { AGE_BANDS, type AgeBand };

interface Ageable {
  ageFrom: number;
  ageTo: number;
  topic: (typeof ENTITLEMENT_TOPICS)[number];
  title: string;
}

interface Placed extends Ageable {
  areas: EntitlementAreas;
}

/** The band a page address names, e.g. "18-to-20". */
export const bandBySlug = (slug: string) => AGE_BANDS.find((band) => band.slug === slug);

/** The address id of a band's section on the full list. */
export const bandAnchor = (band: AgeBand) => `age-${band.slug}`;

const byTitle = (a: Ageable, b: Ageable) => a.title.localeCompare(b.title, 'en-GB');
const topicOrder = (item: Ageable) => ENTITLEMENT_TOPICS.indexOf(item.topic);

/** Topics in a fixed order, titles A to Z inside each. */
export const sortByTopic = <T extends Ageable>(items: readonly T[]) => [...items].sort((a, b) => topicOrder(a) - topicOrder(b) || byTitle(a, b));

/** What applies in one area at some age in one band, by topic then title. */
export function forAreaAndBand<T extends Placed>(items: readonly T[], areaId: string, band: AgeBand): T[] {
  return sortByTopic(items.filter((item) => appliesInArea(item.areas, areaId) && overlaps(item, band)));
}

/** Each entitlement once, by topic in a fixed order, titles A to Z; empty topics are left out. */
export function groupByTopic<T extends Ageable>(items: readonly T[]) {
  return ENTITLEMENT_TOPICS.map((topic) => ({
    topic,
    items: items.filter((item) => item.topic === topic).sort(byTitle),
  })).filter((group) => group.items.length > 0);
}

/** Bands in age order, each with its items by topic then title. Empty bands are left out. */
export function groupByAge<T extends Ageable>(items: readonly T[]) {
  return AGE_BANDS.map((band) => ({ band, items: sortByTopic(items.filter((item) => overlaps(item, band))) })).filter((group) => group.items.length > 0);
}

/**
 * Which amount line an item gets: its amount, "none published" where an amount is
 * expected (money items), or no line at all (e.g. a personal adviser has no amount).
 */
export function amountKind(item: { topic: Ageable['topic']; amount?: unknown }): 'amount' | 'unknown' | 'none' {
  if (item.amount) return 'amount';
  return item.topic === 'money' ? 'unknown' : 'none';
}

/** "Everywhere in England", or the names of the areas an item applies in. */
export const whereLabel = (areas: EntitlementAreas, names: ReadonlyMap<string, string>) =>
  areas === 'all' ? 'Everywhere in England' : areas.map((a) => names.get(a.id) ?? a.id).join(', ');

/** What the filter reads from an item's markup: "all" or area ids separated by spaces. */
export const areasAttribute = (areas: EntitlementAreas) => (areas === 'all' ? 'all' : areas.map((a) => a.id).join(' '));
