/** One place that knows how entries become URLs. */
export const pageUrl = (id: string) => `/${id}/`;
export const levelUrl = (level: number) => `/levels-of-need/level-${level}/`;
export const updateUrl = (id: string) => `/updates/${id}/`;
/** Abbreviations are on /glossary/, other words on /glossary/terms/. */
export const glossaryUrl = (id: string, kind: 'acronym' | 'term') => `${kind === 'acronym' ? '/glossary/' : '/glossary/terms/'}#${id}`;
export const datasetCsvUrl = (id: string) => `/facts-and-figures/${id}.csv`;
