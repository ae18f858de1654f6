/** A contents list is shown when a page has this many second-level headings. */
export const CONTENTS_MIN_HEADINGS = 3;

export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export function contentsEntries(headings: readonly HeadingLike[]): HeadingLike[] {
  const h2 = headings.filter((h) => h.depth === 2);
  return h2.length >= CONTENTS_MIN_HEADINGS ? h2 : [];
}
