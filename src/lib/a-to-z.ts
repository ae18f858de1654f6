/** The A to Z index: pages grouped by the first letter of their title, one small page per letter. */
export interface Titled {
  title: string;
}

export const letterOf = (title: string) => {
  const first = title.trim()[0]?.toUpperCase() ?? '';
  return /[A-Z]/.test(first) ? first : '0-9';
};

/** Letters in order with their pages, titles A to Z within each letter. */
export function byLetter<T extends Titled>(pages: readonly T[]): { letter: string; pages: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const page of [...pages].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))) {
    const letter = letterOf(page.title);
    groups.set(letter, [...(groups.get(letter) ?? []), page]);
  }
  return [...groups].sort((a, b) => a[0].localeCompare(b[0])).map(([letter, list]) => ({ letter, pages: list }));
}

export const letterUrl = (letter: string) => `/a-to-z/${letter.toLowerCase()}/`;

/** Every letter the A to Z can show, in order. */
export const ALL_LETTERS = ['0-9', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
