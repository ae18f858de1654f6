/** The numbers behind a chart as rows and columns, for the HTML table and the CSV download. */
import { csvFormatRows } from 'd3';
import { formatValue, type Unit } from './format.ts';

interface SeriesLike {
  name: string;
  points: { label: string; value: number; period?: string; lines: number[] }[];
}

export interface DataTable {
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

export function dataTable(series: readonly SeriesLike[], unit: Unit): DataTable {
  const labels = [...new Set(series.flatMap((s) => s.points.map((p) => p.label)))];
  return {
    columns: series.map((s) => s.name),
    rows: labels.map((label) => ({
      label,
      cells: series.map((s) => {
        const point = s.points.find((p) => p.label === label);
        return point ? formatValue(point.value, unit) : '–';
      }),
    })),
  };
}

/** One row per value, with its source lines, so the download is as traceable as the chart. */
export function toCsv(series: readonly SeriesLike[], unit: Unit, source: string): string {
  const header = ['series', 'label', 'period', 'value', 'unit', 'source', 'seed_lines'];
  const rows = series.flatMap((s) => s.points.map((p) => [s.name, p.label, p.period ?? '', p.value, unit, source, p.lines.join(' ')]));
  // d3-dsv quotes a cell only when it holds a comma, a quote or a line break, as the CSV standard asks.
  return `${csvFormatRows([header, ...rows.map((row) => row.map(String))])}\n`;
}
