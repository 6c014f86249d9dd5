import type { APIRoute } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { csvValue, datasetNames, fields, records, type DatasetName } from '../../../data/open-data.ts';
import { toCsv } from '../../../lib/csv.ts';
import { languages, type Lang } from '../../../lib/i18n.ts';

/** One open-data table as CSV (RFC 4180), the same records as the JSON beside it (/vi/data/milestones.csv). */
export function getStaticPaths() {
  return languages.flatMap((lang) => datasetNames.map((dataset) => ({ params: { lang, dataset }, props: { lang, dataset } })));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, dataset } = props as { lang: Lang; dataset: DatasetName };
  const columns = fields[dataset].map((field) => field.name);
  const rows = records(await getCatalog(), dataset, lang, site!).map((record) =>
    Object.fromEntries(columns.map((column) => [column, csvValue(record[column])])),
  );
  return new Response(toCsv(columns, rows), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
