/** Value scales and ticks, from d3-scale. Plain arrays in, numbers out. */
import { scaleLinear } from 'd3';

/** A linear scale from zero (bars must start at zero) to a nice maximum. */
export function valueScale(values: readonly number[], range: readonly [number, number], options: { percent?: boolean } = {}) {
  const max = options.percent ? 100 : Math.max(0, ...values);
  return scaleLinear()
    .domain([0, max === 0 ? 1 : max])
    .nice(4)
    .range(range);
}

/** Up to `count` round tick values across the scale's domain. */
export function ticks(scale: ReturnType<typeof valueScale>, count = 4): number[] {
  return scale.ticks(count);
}

/** Periods like 2020-03, 2022-06-28, 2019 or 2019/20 as a UTC time in ms, for placing points on a time axis. */
export function periodTime(period: string): number {
  const fy = /^(\d{4})\/\d{2}$/.exec(period);
  if (fy) return Date.UTC(Number(fy[1]), 3, 1);
  const [y, m = '1', d = '1'] = period.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** A linear scale over the time span of the periods. */
export function timeScale(periods: readonly string[], range: readonly [number, number]) {
  const times = periods.map(periodTime);
  const min = Math.min(...times);
  const max = Math.max(...times);
  return scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range(range);
}
