import type { APIRoute } from 'astro';
import { buildDate } from '../../../data/build-date.ts';
import { getCatalog } from '../../../data/catalog.ts';
import { datasetNames, fields, records, type DatasetName } from '../../../data/open-data.ts';
import { languages, type Lang } from '../../../lib/i18n.ts';
import { localePath } from '../../../lib/paths.ts';
import { siteConfig } from '../../../site-config.ts';

/** One open-data table as JSON: what it is, its licence, its fields and its records (/vi/data/milestones.json). */
export function getStaticPaths() {
  return languages.flatMap((lang) => datasetNames.map((dataset) => ({ params: { lang, dataset }, props: { lang, dataset } })));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, dataset } = props as { lang: Lang; dataset: DatasetName };
  const body = {
    dataset,
    language: lang,
    asOf: buildDate,
    documentation: new URL(`${localePath(lang, '/data/')}#${dataset}`, site).href,
    licence: siteConfig.licence,
    fields: fields[dataset].map((field) => field.name),
    records: records(await getCatalog(), dataset, lang, site!),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
