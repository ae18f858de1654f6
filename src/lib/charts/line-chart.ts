/** Geometry for a line chart over time: paths, points, axis labels and line-end labels. */
import { line } from 'd3';
import { formatValue, type Unit } from './format.ts';
import { spreadLabels, textWidth, thinLabels, wrapText } from './labels.ts';
import { periodTime, ticks, timeScale, valueScale } from './scales.ts';

export interface LinePoint {
  label: string;
  period: string;
  value: number;
}
export interface LineSeries {
  name: string;
  points: LinePoint[];
}

export interface LineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { value: number; y: number; label: string }[];
  xLabels: { x: number; label: string }[];
  series: {
    name: string;
    path: string;
    points: { x: number; y: number; value: number; label: string; text: string }[];
    end: { x: number; y: number; text: string; name: string[] };
  }[];
}

export const LINE_DEFAULTS = { width: 360, height: 240, left: 40, right: 120, top: 16, bottom: 36, fontSize: 12 };

export function lineLayout(series: readonly LineSeries[], unit: Unit, size = LINE_DEFAULTS): LineLayout {
  const plot = { left: size.left, right: size.width - size.right, top: size.top, bottom: size.height - size.bottom };
  const allPoints = series.flatMap((s) => s.points);
  const x = timeScale(
    allPoints.map((p) => p.period),
    [plot.left, plot.right],
  );
  const y = valueScale(
    allPoints.map((p) => p.value),
    [plot.bottom, plot.top],
    { percent: unit === 'percent' },
  );
  const path = line<LinePoint>()
    .x((p) => round(x(periodTime(p.period))))
    .y((p) => round(y(p.value)));
  const names = series.map((s) => wrapText(s.name, 16));
  const tallest = Math.max(1, ...names.map((n) => n.length));
  const endYs = spreadLabels(
    series.map((s) => y(s.points.at(-1)?.value ?? 0)),
    size.fontSize * 1.3 * (tallest + 1),
    plot.top,
    plot.bottom,
  );
  const firstSeries = series[0]?.points ?? [];
  const xs = firstSeries.map((p) => ({ x: round(x(periodTime(p.period))), width: textWidth(p.label, size.fontSize), label: p.label }));
  const keep = thinLabels(xs);
  return {
    width: size.width,
    height: size.height,
    plot,
    yTicks: ticks(y).map((value) => ({ value, y: round(y(value)), label: formatValue(value, unit) })),
    xLabels: xs.filter((_, i) => keep[i]).map(({ x: px, label }) => ({ x: px, label })),
    series: series.map((s, i) => {
      const last = s.points.at(-1);
      return {
        name: s.name,
        path: path(s.points) ?? '',
        points: s.points.map((p) => ({
          x: round(x(periodTime(p.period))),
          y: round(y(p.value)),
          value: p.value,
          label: p.label,
          text: formatValue(p.value, unit),
        })),
        end: { x: round(x(periodTime(last?.period ?? '2000'))) + 8, y: round(endYs[i] ?? 0), text: formatValue(last?.value ?? 0, unit), name: names[i] ?? [] },
      };
    }),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
