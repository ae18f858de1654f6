/** Geometry for horizontal bar charts: one row per category, one bar per series, value labels at the bar end. */
import { scaleBand } from 'd3';
import { formatValue, type Unit } from './format.ts';
import { valueScale } from './scales.ts';

export interface BarSeries {
  name: string;
  points: { label: string; value: number }[];
}

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  groups: {
    label: string;
    y: number;
    /** With several series, the category is a heading over its bars and each bar is named. */
    heading: boolean;
    bars: { series: number; name: string; x: number; y: number; width: number; height: number; value: number; text: string }[];
  }[];
  axis: { x: number; value: number; label: string }[];
}

export const BAR_DEFAULTS = { width: 360, barHeight: 18, barGap: 4, groupGap: 14, labelWidth: 150, valueRoom: 56, top: 8, fontSize: 12 };

/** Categories are the point labels of the first series, in order; other series are matched by label. */
export function barLayout(series: readonly BarSeries[], unit: Unit, size = BAR_DEFAULTS, sharedMax?: number): BarLayout {
  const categories = series[0]?.points.map((p) => p.label) ?? [];
  const heading = series.length > 1;
  const headingRoom = heading ? size.barHeight : 0;
  const perGroup = headingRoom + series.length * size.barHeight + (series.length - 1) * size.barGap;
  const band = scaleBand<string>()
    .domain(categories)
    .range([size.top, size.top + categories.length * (perGroup + size.groupGap)]);
  const left = size.labelWidth;
  const right = size.width - size.valueRoom;
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const x = valueScale(sharedMax === undefined ? values : [...values, sharedMax], [left, right], { percent: unit === 'percent' });
  const groups = categories.map((label) => {
    const top = band(label) ?? 0;
    return {
      label,
      y: top,
      heading,
      bars: series.map((s, i) => {
        const value = s.points.find((p) => p.label === label)?.value ?? 0;
        return {
          series: i,
          name: s.name,
          x: left,
          y: top + headingRoom + i * (size.barHeight + size.barGap),
          width: Math.max(1, Math.round((x(value) - left) * 10) / 10),
          height: size.barHeight,
          value,
          text: formatValue(value, unit),
        };
      }),
    };
  });
  return {
    width: size.width,
    height: Math.round(band.range()[1]),
    labelWidth: size.labelWidth,
    groups,
    axis: x.ticks(3).map((value) => ({ x: Math.round(x(value) * 10) / 10, value, label: formatValue(value, unit) })),
  };
}
