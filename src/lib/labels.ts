/** Words readers see for schema values. */
import type { Audience } from './schemas.ts';

export const AUDIENCE_LABELS: Record<Audience, string> = {
  families: 'Families',
  'young-people': 'Young people',
  practitioners: 'Practitioners',
};

export const BASIS_LABELS = {
  law: 'The law',
  'statutory-guidance': 'Statutory guidance',
  'local-choice': 'Local choice',
} as const;

export const TOPIC_LABELS = {
  support: 'Support and advice',
  money: 'Money',
  housing: 'Somewhere to live',
  education: 'Education',
  work: 'Work and training',
  health: 'Health',
  rights: 'Your rights',
} as const;

/** "All areas" or the area names, for tags and search filters. */
export function areaLabels(areas: 'all' | readonly { id: string }[], nameOf: (id: string) => string): string[] {
  return areas === 'all' ? ['All areas'] : areas.map((area) => nameOf(area.id));
}

/** Search filter labels for each kind of page. */
export const KIND_LABELS = {
  guidance: 'Guidance',
  procedure: 'Procedure',
  area: 'Area',
  entitlement: 'Entitlement',
  level: 'Level of need',
  data: 'Data',
  update: 'Update',
  glossary: 'Glossary',
} as const;
export type KindKey = keyof typeof KIND_LABELS;
