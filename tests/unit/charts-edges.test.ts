// Chart maths at the edges: empty and single series, zeros, negatives, rounding and boundaries.
// Literal expected numbers, worked out from the default sizes (see each comment).
import { describe, expect, it } from 'vitest';
import { barLayout } from '../../src/lib/charts/bar-chart.ts';
import { formatValue } from '../../src/lib/charts/format.ts';
import { spreadLabels, textWidth, thinLabels, wrapText } from '../../src/lib/charts/labels.ts';
import { lineLayout } from '../../src/lib/charts/line-chart.ts';
import { contrast, luminance, seriesStyle } from '../../src/lib/charts/palette.ts';
import { partLayout, shareText } from '../../src/lib/charts/part-to-whole.ts';
import { describeTime, formatPeriod } from '../../src/lib/charts/period.ts';
import { periodTime, timeScale, valueScale } from '../../src/lib/charts/scales.ts';
import { smallMultiples } from '../../src/lib/charts/small-multiples.ts';
import { dataTable, toCsv } from '../../src/lib/charts/table.ts';
import { unitLayout } from '../../src/lib/charts/unit-chart.ts';

describe('formatValue at the edges', () => {
  it('rounds a fraction to two decimals and drops trailing zeros', () => {
    expect(formatValue(13.456, 'count')).toBe('13.46');
    expect(formatValue(2.5, 'pounds')).toBe('£2.5');
    expect(formatValue(1234.5, 'percent')).toBe('1,234.5%');
  });
  it('shows zero plainly in every unit', () => {
    expect(formatValue(0, 'count')).toBe('0');
    expect(formatValue(0, 'percent')).toBe('0%');
    expect(formatValue(0, 'pounds')).toBe('£0');
  });
});

describe('valueScale and timeScale at the edges', () => {
  it('an empty, all-zero or all-negative series still gets the domain 0 to 1', () => {
    expect(valueScale([], [0, 100]).domain()).toEqual([0, 1]);
    expect(valueScale([0, 0], [0, 100]).domain()).toEqual([0, 1]);
    expect(valueScale([-5, -2], [0, 100]).domain()).toEqual([0, 1]);
  });
  it('maps the domain onto the range it is given, even a reversed one', () => {
    const y = valueScale([10], [200, 0]);
    expect(y.domain()).toEqual([0, 10]);
    expect(y(5)).toBe(100);
    expect(y(10)).toBe(0);
  });
  it('percent ignores values above 100 rather than stretching', () => {
    expect(valueScale([140], [0, 100], { percent: true }).domain()).toEqual([0, 100]);
  });
  it('timeScale spans the earliest to the latest period, whatever the order', () => {
    const x = timeScale(['2021', '2020', '2022'], [0, 100]);
    expect(x.domain()).toEqual([Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)]);
    // 2020 is a leap year: 366 of the 731 days.
    expect(x(Date.UTC(2021, 0, 1))).toBeCloseTo((366 / 731) * 100, 9);
  });
  it('timeScale puts a single period in the middle of the range', () => {
    const t = periodTime('2020-03');
    const x = timeScale(['2020-03'], [0, 100]);
    expect(x.domain()).toEqual([t - 1, t + 1]);
    expect(x(t)).toBe(50);
  });
});

describe('label placement at the edges', () => {
  it('spreadLabels of nothing is nothing', () => {
    expect(spreadLabels([], 10, 0, 100)).toEqual([]);
  });
  it('spreadLabels keeps labels at or below the minimum, one gap apart', () => {
    expect(spreadLabels([0, 5], 10, 20, 100)).toEqual([20, 30]);
  });
  it('spreadLabels leaves labels that are already far enough apart where they are', () => {
    expect(spreadLabels([10, 30, 50], 20, 0, 100)).toEqual([10, 30, 50]);
  });
  it('spreadLabels shifts the whole stack up when the last would pass the maximum', () => {
    // Stacked to 90, 100, 110; 10 over, so all move up by 10.
    expect(spreadLabels([90, 91, 92], 10, 0, 100)).toEqual([80, 90, 100]);
  });
  it('thinLabels of no items, and of one item', () => {
    expect(thinLabels([])).toEqual([]);
    expect(thinLabels([{ x: 50, width: 20 }])).toEqual([true]);
  });
  it('thinLabels keeps a label exactly the padding away from the one before and the last', () => {
    // Middle label spans 15–25: 4 after the first (ends at 5... +4 = 9 ≤ 15) and 25 + 4 = 29 = the last one's left edge.
    expect(
      thinLabels([
        { x: 0, width: 10 },
        { x: 20, width: 10 },
        { x: 34, width: 10 },
      ]),
    ).toEqual([true, true, true]);
    // One unit closer to the last, and it goes.
    expect(
      thinLabels([
        { x: 0, width: 10 },
        { x: 20, width: 10 },
        { x: 33, width: 10 },
      ]),
    ).toEqual([true, false, true]);
    // Left edge exactly 4 after the first label's right edge (5 + 4 = 9), it stays; at 8 it goes.
    expect(
      thinLabels([
        { x: 0, width: 10 },
        { x: 14, width: 10 },
        { x: 100, width: 10 },
      ]),
    ).toEqual([true, true, true]);
    expect(
      thinLabels([
        { x: 0, width: 10 },
        { x: 13, width: 10 },
        { x: 100, width: 10 },
      ]),
    ).toEqual([true, false, true]);
  });
  it('thinLabels uses the given padding', () => {
    expect(
      thinLabels(
        [
          { x: 0, width: 10 },
          { x: 14, width: 10 },
          { x: 100, width: 10 },
        ],
        0,
      ),
    ).toEqual([true, true, true]);
    expect(
      thinLabels(
        [
          { x: 0, width: 10 },
          { x: 16, width: 10 },
          { x: 100, width: 10 },
        ],
        8,
      ),
    ).toEqual([true, false, true]);
  });
  it('thinLabels measures from the last label kept, not the last label seen', () => {
    // The second is dropped (too close to the first); the third is far enough from the first, so kept.
    expect(
      thinLabels([
        { x: 0, width: 10 },
        { x: 8, width: 10 },
        { x: 16, width: 10 },
        { x: 100, width: 10 },
      ]),
    ).toEqual([true, false, true, true]);
  });
  it('thinLabels measures the next gap from the right edge of the label just kept', () => {
    // The second label spans 15–25, so the third must start at 25 + 4 = 29 or later.
    expect(
      thinLabels([
        { x: 0, width: 10 },
        { x: 20, width: 10 },
        { x: 33, width: 10 },
        { x: 100, width: 10 },
      ]),
    ).toEqual([true, true, false, true]);
    expect(
      thinLabels([
        { x: 0, width: 10 },
        { x: 20, width: 10 },
        { x: 34, width: 10 },
        { x: 100, width: 10 },
      ]),
    ).toEqual([true, true, true, true]);
  });
  it('thinLabels starts from the right edge of the first label wherever it sits', () => {
    // First label spans 90–110; the next starts at 112, under the 4 padding, so it goes; one at 114 stays.
    expect(
      thinLabels([
        { x: 100, width: 20 },
        { x: 122, width: 20 },
        { x: 300, width: 20 },
      ]),
    ).toEqual([true, false, true]);
    expect(
      thinLabels([
        { x: 100, width: 20 },
        { x: 124, width: 20 },
        { x: 300, width: 20 },
      ]),
    ).toEqual([true, true, true]);
  });
  it('textWidth is 0.56 of the font size per character, rounded', () => {
    expect(textWidth('abcd')).toBe(27); // 4 × 12 × 0.56 = 26.88
    expect(textWidth('abcd', 10)).toBe(22); // 22.4
    expect(textWidth('')).toBe(0);
  });
  it('wrapText: a line may be exactly the maximum; a longer word gets its own line; runs of spaces count as one', () => {
    expect(wrapText('abc def', 7)).toEqual(['abc def']);
    expect(wrapText('abc defg', 7)).toEqual(['abc', 'defg']);
    expect(wrapText('a verylongword b', 4)).toEqual(['a', 'verylongword', 'b']);
    expect(wrapText('a  b', 10)).toEqual(['a b']);
    expect(wrapText('', 10)).toEqual([]);
  });
});

describe('periods at the edges', () => {
  it('formatPeriod: first and last month, a day without its leading zero, a year or financial year unchanged', () => {
    expect(formatPeriod('2020-01')).toBe('January 2020');
    expect(formatPeriod('2020-12')).toBe('December 2020');
    expect(formatPeriod('2022-06-08')).toBe('8 June 2022');
    expect(formatPeriod('2017/18')).toBe('2017/18');
    expect(formatPeriod('2019')).toBe('2019');
  });
  it('describeTime: one period once, asAt before period, nothing when neither is given', () => {
    expect(describeTime({ period: { from: '2020-03', to: '2020-03' } })).toBe('March 2020');
    expect(describeTime({ asAt: '2017-11', period: { from: '2020-03', to: '2022-06' } })).toBe('as at November 2017');
    expect(describeTime({})).toBe('');
  });
});

describe('palette', () => {
  it('luminance weights red, green and blue as WCAG does', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 10);
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 10);
    expect(luminance('#0000ff')).toBeCloseTo(0.0722, 10);
  });
  it('luminance uses the linear part for dark channels and the power curve above it', () => {
    expect(luminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 10);
    expect(luminance('#808080')).toBeCloseTo(((128 / 255 + 0.055) / 1.055) ** 2.4, 10);
  });
  it('contrast is the same whichever colour comes first: black on white is 21', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrast('#1d4d6e', '#1d4d6e')).toBe(1);
  });
  it('seriesStyle gives each series a colour and a pattern, and wraps after seven', () => {
    expect(seriesStyle(0)).toEqual({ colour: '#1d4d6e', pattern: 'solid' });
    expect(seriesStyle(1)).toEqual({ colour: '#00703c', pattern: 'diagonal' });
    expect(seriesStyle(6)).toEqual({ colour: '#4c4c4c', pattern: 'solid' });
    expect(seriesStyle(8)).toEqual({ colour: '#00703c', pattern: 'diagonal' });
  });
});

describe('barLayout at the edges', () => {
  const two = [
    {
      name: 'Referrals',
      points: [
        { label: 'A', value: 10 },
        { label: 'B', value: 20 },
      ],
    },
    { name: 'Assessments', points: [{ label: 'B', value: 5 }] },
  ];
  it('with two series each category gets a heading row, then a bar per series', () => {
    const layout = barLayout(two, 'count');
    // Per group: heading 18 + 2 bars × 18 + 1 gap × 4 = 58, then 14 between groups; starts at 8.
    expect(layout.groups.map((g) => [g.label, g.y, g.heading])).toEqual([
      ['A', 8, true],
      ['B', 80, true],
    ]);
    expect(layout.groups.map((g) => g.bars.map((b) => [b.series, b.name, b.x, b.y, b.height]))).toEqual([
      [
        [0, 'Referrals', 150, 26, 18],
        [1, 'Assessments', 150, 48, 18],
      ],
      [
        [0, 'Referrals', 150, 98, 18],
        [1, 'Assessments', 150, 120, 18],
      ],
    ]);
    expect([layout.width, layout.height, layout.labelWidth]).toEqual([360, 152, 150]);
  });
  it('a category missing from a later series gets a 1-unit stub valued 0, and the axis has round ticks', () => {
    const layout = barLayout(two, 'count');
    // Bars run from 150 to 360 − 56 = 304 for 0 to 20: 10 → 150 + 77.
    expect(layout.groups.map((g) => g.bars.map((b) => [b.value, b.width, b.text]))).toEqual([
      [
        [10, 77, '10'],
        [0, 1, '0'],
      ],
      [
        [20, 154, '20'],
        [5, 38.5, '5'],
      ],
    ]);
    expect(layout.axis).toEqual([
      { x: 150, value: 0, label: '0' },
      { x: 188.5, value: 5, label: '5' },
      { x: 227, value: 10, label: '10' },
      { x: 265.5, value: 15, label: '15' },
      { x: 304, value: 20, label: '20' },
    ]);
  });
  it('one series has no headings and no gap rows', () => {
    const layout = barLayout([{ name: 'Only', points: [{ label: 'A', value: 3 }] }], 'count');
    expect(layout.groups[0]?.heading).toBe(false);
    expect(layout.groups[0]?.bars[0]?.y).toBe(8);
    // 8 + 1 × (18 + 14).
    expect(layout.height).toBe(40);
  });
  it('a shared maximum above the values sets the scale', () => {
    const layout = barLayout([{ name: 'Only', points: [{ label: 'A', value: 10 }] }], 'count', undefined, 20);
    expect(layout.groups[0]?.bars[0]?.width).toBe(77);
  });
  it('percent bars are drawn against 0 to 100, not the largest value', () => {
    const layout = barLayout([{ name: 'Only', points: [{ label: 'A', value: 40 }] }], 'percent');
    // 40% of the 154 from 150 to 304.
    expect(layout.groups[0]?.bars[0]?.width).toBe(61.6);
    expect(layout.axis.map((t) => t.label)).toEqual(['0%', '50%', '100%']);
  });
  it('no series draws nothing', () => {
    const layout = barLayout([], 'count');
    expect(layout.groups).toEqual([]);
    expect(layout.height).toBe(8);
  });
});

describe('lineLayout in detail', () => {
  const lac = [
    {
      name: 'Looked after',
      points: [
        { label: 'Mar 2020', period: '2020-03', value: 399 },
        { label: 'Mar 2021', period: '2021-03', value: 504 },
        { label: 'Mar 2022', period: '2022-03', value: 609 },
        { label: 'Jun 2022', period: '2022-06', value: 622 },
      ],
    },
  ];
  it('the plot sits inside the margins, and ticks run from the bottom up', () => {
    const layout = lineLayout(lac, 'count');
    expect([layout.width, layout.height]).toEqual([360, 240]);
    expect(layout.plot).toEqual({ left: 40, right: 240, top: 16, bottom: 204 });
    expect(layout.yTicks.map((t) => [t.value, t.y])).toEqual([
      [0, 204],
      [200, 157],
      [400, 110],
      [600, 63],
      [800, 16],
    ]);
  });
  it('x labels that would crowd the last are dropped; the first and last stay', () => {
    // Each label is 54 wide; "Mar 2022" at 217.6 would run into "Jun 2022" at 240.
    expect(lineLayout(lac, 'count').xLabels).toEqual([
      { x: 40, label: 'Mar 2020' },
      { x: 128.8, label: 'Mar 2021' },
      { x: 240, label: 'Jun 2022' },
    ]);
  });
  it('each point carries its position, value, label and text', () => {
    expect(lineLayout(lac, 'count').series[0]?.points[1]).toEqual({ x: 128.8, y: 85.6, value: 504, label: 'Mar 2021', text: '504' });
  });
  it('line-end labels of two close series are spread apart by the height of the tallest name', () => {
    const layout = lineLayout(
      [
        {
          name: 'A',
          points: [
            { label: '2020', period: '2020', value: 50 },
            { label: '2021', period: '2021', value: 50 },
          ],
        },
        {
          name: 'B',
          points: [
            { label: '2020', period: '2020', value: 50 },
            { label: '2021', period: '2021', value: 52 },
          ],
        },
      ],
      'count',
    );
    // 0–60 over 204–16: 50 → 47.3, 52 → 41.07. Gap 12 × 1.3 × (1 line + 1) = 31.2, so B (higher) stays and A goes 31.2 below it.
    expect(layout.series.map((s) => s.end)).toEqual([
      { x: 248, y: 72.3, text: '50', name: ['A'] },
      { x: 248, y: 41.1, text: '52', name: ['B'] },
    ]);
  });
  it('no series draws nothing, and a series without points draws no line', () => {
    const empty = lineLayout([], 'count');
    expect([empty.series, empty.xLabels]).toEqual([[], []]);
    const layout = lineLayout(
      [
        { name: 'None yet', points: [] },
        { name: 'B', points: [{ label: '2020', period: '2020', value: 5 }] },
      ],
      'count',
    );
    expect(layout.series[0]?.path).toBe('');
    expect(layout.series[0]?.points).toEqual([]);
    expect(layout.series[0]?.end.text).toBe('0');
  });
  it('a percent line is scaled 0 to 100', () => {
    const layout = lineLayout([{ name: 'On time', points: [{ label: '2020', period: '2020', value: 50 }] }], 'percent');
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    // A single period sits mid-plot: (40 + 240) / 2.
    expect(layout.series[0]?.points[0]).toEqual({ x: 140, y: 110, value: 50, label: '2020', text: '50%' });
  });
});

describe('partLayout at the edges', () => {
  it('labels sit one line apart below the bar, centred on their segment', () => {
    const layout = partLayout(
      [
        { label: 'A', value: 1 },
        { label: 'B', value: 3 },
      ],
      'count',
    );
    expect(layout.total).toBe(4);
    expect(layout.height).toBe(104); // 64 + 2 × 20
    expect(layout.width).toBe(360);
    expect(layout.labels).toEqual([
      { index: 0, anchorX: 45, y: 64, text: 'A: 1 (25%)' },
      { index: 1, anchorX: 225, y: 84, text: 'B: 3 (75%)' },
    ]);
    expect(layout.segments.map((s) => [s.index, s.label, s.value, s.share])).toEqual([
      [0, 'A', 1, 0.25],
      [1, 'B', 3, 0.75],
    ]);
  });
  it('percent parts are labelled with the percent alone', () => {
    const layout = partLayout(
      [
        { label: 'Good', value: 60 },
        { label: 'Not yet', value: 40 },
      ],
      'percent',
    );
    expect(layout.segments.map((s) => s.text)).toEqual(['60%', '40%']);
  });
  it('parts that sum to zero draw zero-width segments and 0% shares', () => {
    const layout = partLayout(
      [
        { label: 'A', value: 0 },
        { label: 'B', value: 0 },
      ],
      'count',
    );
    expect(layout.segments.map((s) => [s.x, s.width, s.share, s.text])).toEqual([
      [0, 0, 0, '0 (0%)'],
      [0, 0, 0, '0 (0%)'],
    ]);
  });
  it('segment positions round to a tenth', () => {
    const layout = partLayout(
      [
        { label: 'A', value: 1 },
        { label: 'B', value: 2 },
      ],
      'count',
    );
    expect(layout.segments.map((s) => [s.x, s.width])).toEqual([
      [0, 120],
      [120, 240],
    ]);
    // Sevenths do not divide 360: 360 / 7 = 51.43, 6 × 360 / 7 = 308.57.
    const sevenths = partLayout(
      [
        { label: 'A', value: 1 },
        { label: 'B', value: 6 },
      ],
      'count',
    );
    expect(sevenths.segments.map((s) => [s.x, s.width])).toEqual([
      [0, 51.4],
      [51.4, 308.6],
    ]);
  });
  it('shareText: zero is 0%, half a percent rounds to 1%, just under is "less than 1%"', () => {
    expect(shareText(0)).toBe('0%');
    expect(shareText(0.005)).toBe('1%');
    expect(shareText(0.0049)).toBe('less than 1%');
    expect(shareText(1)).toBe('100%');
  });
});

describe('smallMultiples', () => {
  it('panels are 240 wide with 64 for labels, and negative values do not lower the shared scale', () => {
    const panels = smallMultiples(
      [
        { name: 'A', points: [{ label: 'x', value: -3 }] },
        { name: 'B', points: [{ label: 'x', value: 10 }] },
      ],
      'count',
    );
    expect(panels.map((p) => p.name)).toEqual(['A', 'B']);
    expect(panels[1]?.layout.width).toBe(240);
    expect(panels[1]?.layout.labelWidth).toBe(64);
    // Bars run 64 to 240 − 56 = 184 for 0 to 10.
    expect(panels[1]?.layout.groups[0]?.bars[0]?.width).toBe(120);
    // One row: 8 + 18 + 8.
    expect(panels[1]?.layout.height).toBe(34);
  });
});

describe('dataTable and toCsv at the edges', () => {
  it('a label one series lacks shows a dash; labels keep first-seen order across series', () => {
    const series = [
      { name: 'A', points: [{ label: 'x', value: 1, lines: [1] }] },
      {
        name: 'B',
        points: [
          { label: 'y', value: 2.5, lines: [2] },
          { label: 'x', value: 3, lines: [3] },
        ],
      },
    ];
    expect(dataTable(series, 'percent')).toEqual({
      columns: ['A', 'B'],
      rows: [
        { label: 'x', cells: ['1%', '3%'] },
        { label: 'y', cells: ['–', '2.5%'] },
      ],
    });
  });
  it('toCsv writes the period when there is one', () => {
    const series = [{ name: 'A', points: [{ label: 'Mar 2020', period: '2020-03', value: 4, lines: [7, 8] }] }];
    expect(toCsv(series, 'pounds', 'paper')).toBe('series,label,period,value,unit,source,seed_lines\nA,Mar 2020,2020-03,4,pounds,paper,7 8\n');
  });
});

describe('unitLayout at the edges', () => {
  it('rows are at least two lines of squares tall, and grow a line per 15', () => {
    const layout = unitLayout([
      { label: 'A', value: 16 },
      { label: 'B', value: 3 },
      { label: 'C', value: 31 },
    ]);
    // Step 12. A: 2 lines → next at 4 + 24 + 12 = 40. B: 2 lines → 76. C: 3 lines → 76 + 36 + 12 = 124.
    expect(layout.rows.map((r) => [r.index, r.label, r.value, r.y, r.squares.length])).toEqual([
      [0, 'A', 16, 4, 16],
      [1, 'B', 3, 40, 3],
      [2, 'C', 31, 76, 31],
    ]);
    expect(layout.height).toBe(116); // 124 − 12 + 4
    expect(layout.width).toBe(360);
    expect(layout.rows[0]?.squares.slice(0, 2)).toEqual([
      { x: 120, y: 4 },
      { x: 132, y: 4 },
    ]);
    expect(layout.rows[0]?.squares[14]).toEqual({ x: 288, y: 4 });
    expect(layout.rows[2]?.squares[30]).toEqual({ x: 120, y: 100 });
  });
  it('a fractional value is rounded to whole squares; a negative one draws none', () => {
    const layout = unitLayout([
      { label: 'A', value: 2.6 },
      { label: 'B', value: -2 },
    ]);
    expect(layout.rows.map((r) => r.squares.length)).toEqual([3, 0]);
    expect(layout.rows[1]?.value).toBe(-2);
  });
});
