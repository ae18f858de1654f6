/** Geometry for a unit chart: one square per person, a row of squares per category. */
export interface UnitCategory {
  label: string;
  value: number;
}

export interface UnitLayout {
  width: number;
  height: number;
  rows: { index: number; label: string; value: number; y: number; squares: { x: number; y: number }[] }[];
}

export const UNIT_DEFAULTS = { width: 360, labelWidth: 120, cell: 10, gap: 2, perRow: 15, rowGap: 12, top: 4 };

export function unitLayout(categories: readonly UnitCategory[], size = UNIT_DEFAULTS): UnitLayout {
  let y = size.top;
  const step = size.cell + size.gap;
  const rows = categories.map((category, index) => {
    const count = Math.max(0, Math.round(category.value));
    // At least two rows of squares, so the label and the value above each other fit.
    const lines = Math.max(2, Math.ceil(count / size.perRow));
    const squares = Array.from({ length: count }, (_, k) => ({
      x: size.labelWidth + (k % size.perRow) * step,
      y: y + Math.floor(k / size.perRow) * step,
    }));
    const row = { index, label: category.label, value: category.value, y, squares };
    y += lines * step + size.rowGap;
    return row;
  });
  return { width: size.width, height: y - size.rowGap + size.top, rows };
}
