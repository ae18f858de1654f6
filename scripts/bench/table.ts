/** Prints benchmark figures as one plain-text table: a row per figure, a column per site. */
import type { Size } from './page-weight.ts';

export type Row = [label: string, ...cells: string[]];

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const rawGzip = (size: Size): string => `${(size.raw / 1024).toFixed(1)} / ${(size.gzip / 1024).toFixed(1)} KB`;
export const seconds = (s: number): string => `${s.toFixed(1)} s`;
export const ms = (value: number): string => `${Math.round(value)} ms`;

/** Left-aligned label column, right-aligned figures, a rule under the header. */
export function formatTable(header: Row, rows: readonly Row[]): string {
  const all = [header, ...rows];
  const columns = Math.max(...all.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) =>
    widths
      .map((width, c) => (c === 0 ? (row[c] ?? '').padEnd(width) : (row[c] ?? '').padStart(width)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
