/**
 * Series colours, each at least 3:1 against white (WCAG 1.4.11), paired with a
 * pattern so no series is told apart by colour alone.
 */
export const PALETTE = ['#1d4d6e', '#00703c', '#6f3c97', '#8a4b08', '#b3261e', '#28627a', '#4c4c4c'] as const;
export const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'solid'] as const;
export type PatternKind = (typeof PATTERNS)[number];

/** Relative luminance of a #rrggbb colour (WCAG definition). */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const seriesStyle = (index: number) => ({
  colour: PALETTE[index % PALETTE.length] ?? PALETTE[0],
  pattern: PATTERNS[index % PATTERNS.length] ?? 'solid',
});
