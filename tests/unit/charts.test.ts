// Chart maths: pure functions, literal expected outputs.
import { describe, expect, it } from 'vitest';
import { barLayout } from '../../src/lib/charts/bar-chart.ts';
import { formatValue } from '../../src/lib/charts/format.ts';
import { spreadLabels, thinLabels, wrapText } from '../../src/lib/charts/labels.ts';
import { lineLayout } from '../../src/lib/charts/line-chart.ts';
import { PALETTE, contrast } from '../../src/lib/charts/palette.ts';
import { partLayout, shareText } from '../../src/lib/charts/part-to-whole.ts';
import { describeTime, formatPeriod } from '../../src/lib/charts/period.ts';
import { periodTime, ticks, valueScale } from '../../src/lib/charts/scales.ts';
import { smallMultiples } from '../../src/lib/charts/small-multiples.ts';
import { dataTable, toCsv } from '../../src/lib/charts/table.ts';
import { unitLayout } from '../../src/lib/charts/unit-chart.ts';

const lac = [
  {
    name: 'Children looked after',
    points: [
      { label: 'Mar 2020', period: '2020-03', value: 399 },
      { label: 'Mar 2021', period: '2021-03', value: 504 },
      { label: 'Mar 2022', period: '2022-03', value: 609 },
      { label: 'Jun 2022', period: '2022-06', value: 622 },
    ],
  },
];

describe('scales', () => {
  it('valueScale(values) starts at zero and ends at a nice maximum', () => {
    expect(valueScale([399, 622], [0, 100]).domain()).toEqual([0, 800]);
  });
  it('valueScale(percent) always spans 0 to 100', () => {
    expect(valueScale([13.45], [0, 100], { percent: true }).domain()).toEqual([0, 100]);
  });
  it('ticks(scale) gives round values', () => {
    expect(ticks(valueScale([399, 622], [0, 100]))).toEqual([0, 200, 400, 600, 800]);
  });
  it('periodTime(period) reads months, days, years and financial years', () => {
    expect(periodTime('2020-03')).toBe(Date.UTC(2020, 2, 1));
    expect(periodTime('2022-06-28')).toBe(Date.UTC(2022, 5, 28));
    expect(periodTime('2019/20')).toBe(Date.UTC(2019, 3, 1));
    expect(periodTime('2018')).toBe(Date.UTC(2018, 0, 1));
  });
});

describe('labels', () => {
  it('spreadLabels(positions, gap) pushes close labels apart and keeps order', () => {
    expect(spreadLabels([100, 104, 50], 20)).toEqual([100, 120, 50]);
  });
  it('spreadLabels keeps labels inside the maximum', () => {
    expect(spreadLabels([95, 98], 10, 0, 100)).toEqual([90, 100]);
  });
  it('thinLabels(items) drops labels that would touch their neighbour, keeping both ends', () => {
    expect(
      thinLabels([
        { x: 0, width: 40 },
        { x: 20, width: 40 },
        { x: 60, width: 40 },
        { x: 100, width: 40 },
      ]),
    ).toEqual([true, false, false, true]);
  });
  it('wrapText(text, max) breaks at spaces', () => {
    expect(wrapText('Children in care proceedings', 16)).toEqual(['Children in care', 'proceedings']);
  });
});

describe('formats', () => {
  it('formatValue(value, unit)', () => {
    expect(formatValue(1234, 'count')).toBe('1,234');
    expect(formatValue(13.45, 'percent')).toBe('13.45%');
    expect(formatValue(2000, 'pounds')).toBe('£2,000');
  });
  it('formatPeriod and describeTime', () => {
    expect(formatPeriod('2020-03')).toBe('March 2020');
    expect(formatPeriod('2022-06-28')).toBe('28 June 2022');
    expect(describeTime({ period: { from: '2020-03', to: '2022-06' } })).toBe('March 2020 to June 2022');
    expect(describeTime({ asAt: '2017-11' })).toBe('as at November 2017');
  });
  it('shareText never shows 0% for a part that exists', () => {
    expect(shareText(3 / 622)).toBe('less than 1%');
    expect(shareText(0.49)).toBe('49%');
  });
});

describe('layouts', () => {
  it('lineLayout(series) draws a path through every point, left to right', () => {
    const layout = lineLayout(lac, 'count');
    // Plot 40–240 across, 204–16 down; 399 of 800 sits at 204 - 399/800 × 188 = 110.2.
    expect(layout.series[0]?.path).toBe('M40,110.2L128.8,85.6L217.6,60.9L240,57.8');
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '200', '400', '600', '800']);
    expect(layout.series[0]?.end).toEqual({ x: 248, y: 57.8, text: '622', name: ['Children looked', 'after'] });
  });
  it('barLayout(series) gives one bar per value, widths proportional from zero', () => {
    const layout = barLayout(
      [
        {
          name: 'On time',
          points: [
            { label: '2020/21', value: 82 },
            { label: '2021/22', value: 72 },
          ],
        },
      ],
      'percent',
    );
    expect(layout.groups.map((g) => g.bars.map((b) => [b.y, b.width, b.text]))).toEqual([[[8, 126.3, '82%']], [[40, 110.9, '72%']]]);
  });
  it('smallMultiples(series) puts every panel on the same scale', () => {
    const panels = smallMultiples(
      [
        { name: 'A', points: [{ label: 'x', value: 10 }] },
        { name: 'B', points: [{ label: 'x', value: 20 }] },
      ],
      'count',
    );
    expect(panels.map((p) => p.layout.groups[0]?.bars[0]?.width)).toEqual([60, 120]);
  });
  it('partLayout(parts) stacks parts across the full width', () => {
    const layout = partLayout(
      [
        { label: 'A', value: 1 },
        { label: 'B', value: 3 },
      ],
      'count',
    );
    expect(layout.segments.map((s) => [s.x, s.width, s.text])).toEqual([
      [0, 90, '1 (25%)'],
      [90, 270, '3 (75%)'],
    ]);
  });
  it('unitLayout(categories) draws one square per unit in rows of 15', () => {
    const layout = unitLayout([{ label: 'High', value: 16 }]);
    expect(layout.rows[0]?.squares.length).toBe(16);
    expect(layout.rows[0]?.squares[15]).toEqual({ x: 120, y: 16 });
  });
});

describe('tables and downloads', () => {
  const series = [
    {
      name: 'A',
      points: [
        { label: 'x', value: 1, lines: [10] },
        { label: 'y', value: 2, lines: [11, 12] },
      ],
    },
  ];
  it('dataTable(series) has a row per label and a column per series', () => {
    expect(dataTable(series, 'count')).toEqual({
      columns: ['A'],
      rows: [
        { label: 'x', cells: ['1'] },
        { label: 'y', cells: ['2'] },
      ],
    });
  });
  it('toCsv quotes a cell with a comma or a quote, and only then', () => {
    const named = [{ name: 'Police, schools', points: [{ label: 'say "no"', value: 3, lines: [5] }] }];
    expect(toCsv(named as never, 'count', 'paper')).toBe('series,label,period,value,unit,source,seed_lines\n"Police, schools","say ""no""",,3,count,paper,5\n');
  });

  it('toCsv(series) carries the seed lines of every value', () => {
    expect(toCsv(series, 'count', 'paper')).toBe('series,label,period,value,unit,source,seed_lines\nA,x,,1,count,paper,10\nA,y,,2,count,paper,11 12\n');
  });
});

describe('palette', () => {
  it.each(PALETTE)('%s has at least 3:1 contrast with white', (colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
