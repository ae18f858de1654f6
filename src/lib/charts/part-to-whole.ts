/** Geometry for a part-to-whole chart: one stacked bar of the parts, with each part labelled below. */
import { stack } from 'd3';
import { formatValue, type Unit } from './format.ts';

export interface Part {
  label: string;
  value: number;
}

export interface PartLayout {
  width: number;
  height: number;
  total: number;
  segments: { index: number; label: string; value: number; x: number; width: number; share: number; text: string }[];
  labels: { index: number; anchorX: number; y: number; text: string }[];
}

export const PART_DEFAULTS = { width: 360, barTop: 8, barHeight: 36, labelTop: 64, lineHeight: 20, fontSize: 12 };

/** Shares are of the sum of the parts; the label says the value and the share of the whole. */
export function partLayout(parts: readonly Part[], unit: Unit, size = PART_DEFAULTS): PartLayout {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const row = Object.fromEntries(parts.map((p, i) => [String(i), p.value]));
  const stacked = stack<Record<string, number>>().keys(parts.map((_, i) => String(i)))([row]);
  const scale = (v: number) => (total === 0 ? 0 : (v / total) * size.width);
  const segments = stacked.map((layer, i) => {
    const [start, end] = layer[0] ?? [0, 0];
    const part = parts[i] ?? { label: '', value: 0 };
    const share = total === 0 ? 0 : part.value / total;
    return {
      index: i,
      label: part.label,
      value: part.value,
      x: round(scale(start)),
      width: round(scale(end) - scale(start)),
      share,
      text: unit === 'percent' ? formatValue(part.value, unit) : `${formatValue(part.value, unit)} (${shareText(share)})`,
    };
  });
  return {
    width: size.width,
    height: size.labelTop + parts.length * size.lineHeight,
    total,
    segments,
    labels: segments.map((s, i) => ({ index: i, anchorX: round(s.x + s.width / 2), y: size.labelTop + i * size.lineHeight, text: `${s.label}: ${s.text}` })),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A share as a whole percentage; never "0%" for a part that exists. */
export function shareText(share: number): string {
  if (share > 0 && share < 0.005) return 'less than 1%';
  return `${Math.round(share * 100)}%`;
}
