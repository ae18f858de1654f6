// Snapshot tests of the rendered chart SVG, from committed fixtures, so any change
// to chart output is reviewed. Rendered with Astro's Container API.
import { existsSync, readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import BarChart from '../../src/components/charts/BarChart.astro';
import LineChart from '../../src/components/charts/LineChart.astro';
import PartToWholeChart from '../../src/components/charts/PartToWholeChart.astro';
import UnitChart from '../../src/components/charts/UnitChart.astro';
import { barLayout } from '../../src/lib/charts/bar-chart.ts';
import { lineLayout } from '../../src/lib/charts/line-chart.ts';
import { partLayout } from '../../src/lib/charts/part-to-whole.ts';
import { unitLayout } from '../../src/lib/charts/unit-chart.ts';
import twoSeries from '../fixtures/charts/two-series.json' with { type: 'json' };
import parts from '../fixtures/charts/parts.json' with { type: 'json' };

const SNAPSHOTS = 'tests/components/__snapshots__/charts.test.ts.snap';
// Read before the run: Vitest writes a missing snapshot at the end and passes, so it was never compared.
const committed = existsSync(SNAPSHOTS) ? [...readFileSync(SNAPSHOTS, 'utf8').matchAll(/^exports\[`(.+)`\]/gm)].map((m) => m[1]) : [];

const ids = { prefix: 'c', titleId: 'c-title', descId: 'c-desc', title: 'A chart', description: 'What it shows.' };
// The Container API adds data-astro-source-* attributes in dev; strip them so snapshots show only the output.
const clean = (html: string) => html.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  return clean(await container.renderToString(component, { props }));
}

describe('chart SVG output', () => {
  it('LineChart', async () => {
    const html = await render(LineChart, { ...ids, layout: lineLayout(twoSeries.series, 'count') });
    expect(html).toMatch(/^<svg viewBox="0 0 360 240"[^>]* role="img" aria-labelledby="c-title c-desc">/);
    expect(html).toMatchSnapshot();
  });
  it('BarChart with two series names each bar', async () => {
    const html = await render(BarChart, { ...ids, layout: barLayout(twoSeries.series, 'count') });
    expect(html).toContain('>Children in care proc…<');
    expect(html).toMatchSnapshot();
  });
  it('PartToWholeChart', async () => {
    const html = await render(PartToWholeChart, { ...ids, layout: partLayout(parts.parts, 'count') });
    expect(html).toContain('Requires improvement: 54 (49%)');
    expect(html).toMatchSnapshot();
  });
  it('UnitChart draws one square per child', async () => {
    const html = await render(UnitChart, { ...ids, layout: unitLayout(parts.parts), valueText: (v: number) => String(v) });
    expect(html.match(/<rect x="\d+" y="\d+" width="10" height="10"/g)?.length).toBe(110);
    expect(html).toMatchSnapshot();
  });
});

describe('chart snapshots', () => {
  it('every snapshot above is committed, and none is left over', () => {
    expect(existsSync(SNAPSHOTS)).toBe(true);
    expect(committed.sort()).toEqual(
      ['BarChart with two series names each bar', 'LineChart', 'PartToWholeChart', 'UnitChart draws one square per child']
        .map((name) => `chart SVG output > ${name} 1`)
        .sort(),
    );
  });
});
