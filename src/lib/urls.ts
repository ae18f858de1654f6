/** One place that knows how entries become URLs. */
export const pageUrl = (id: string) => `/${id}/`;
export const levelUrl = (level: number) => `/levels-of-need/level-${level}/`;
export const updateUrl = (id: string) => `/updates/${id}/`;
export const glossaryUrl = (id: string) => `/glossary/#${id}`;
export const datasetCsvUrl = (id: string) => `/facts-and-figures/${id}.csv`;
