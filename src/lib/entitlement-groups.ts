/** Groups entitlements the way a young person asks: "what can I get at my age?", then by topic. */
import { ENTITLEMENT_TOPICS } from './schemas.ts';

export interface AgeBand {
  id: string;
  label: string;
  from: number;
  to: number;
}

export const AGE_BANDS: readonly AgeBand[] = [
  { id: 'age-16-17', label: 'If you are 16 or 17', from: 16, to: 17 },
  { id: 'age-18-20', label: 'If you are 18 to 20', from: 18, to: 20 },
  { id: 'age-21-25', label: 'If you are 21 to 25', from: 21, to: 25 },
];

interface Ageable {
  ageFrom: number;
  ageTo: number;
  topic: (typeof ENTITLEMENT_TOPICS)[number];
  title: string;
}

export const overlaps = (item: Ageable, band: AgeBand) => item.ageFrom <= band.to && item.ageTo >= band.from;

/** Each entitlement once, by topic in a fixed order, titles A to Z; empty topics are left out. */
export function groupByTopic<T extends Ageable>(items: readonly T[]) {
  return ENTITLEMENT_TOPICS.map((topic) => ({
    topic,
    items: items.filter((item) => item.topic === topic).sort((a, b) => a.title.localeCompare(b.title)),
  })).filter((group) => group.items.length > 0);
}

/** Bands in age order; inside each, topics in a fixed order; inside each topic, titles A to Z. Empty groups are left out. */
export function groupByAgeAndTopic<T extends Ageable>(items: readonly T[]) {
  return AGE_BANDS.map((band) => ({
    band,
    topics: ENTITLEMENT_TOPICS.map((topic) => ({
      topic,
      items: items.filter((item) => item.topic === topic && overlaps(item, band)).sort((a, b) => a.title.localeCompare(b.title)),
    })).filter((group) => group.items.length > 0),
  })).filter((group) => group.topics.length > 0);
}
