/** Small multiples: one small bar chart per series, all on the same scale so panels compare fairly. */
import { BAR_DEFAULTS, barLayout, type BarLayout, type BarSeries } from './bar-chart.ts';
import type { Unit } from './format.ts';

export function smallMultiples(series: readonly BarSeries[], unit: Unit): { name: string; layout: BarLayout }[] {
  const max = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.value)));
  const size = { ...BAR_DEFAULTS, width: 240, labelWidth: 64, barHeight: 18, groupGap: 8 };
  return series.map((s) => ({ name: s.name, layout: barLayout([s], unit, size, max) }));
}
