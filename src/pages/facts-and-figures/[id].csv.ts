// The numbers behind each chart as CSV, one row per value with its seed lines.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { datasetsByTitle } from '../../data/queries.ts';
import { toCsv } from '../../lib/charts/table.ts';

export const getStaticPaths = (async () => {
  const datasets = await datasetsByTitle();
  return datasets.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'datasets'> }> = ({ props }) => {
  const { data } = props.entry;
  return new Response(toCsv(data.series, data.unit, data.source.id), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
