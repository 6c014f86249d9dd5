import type { APIRoute } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { agreementItem, citeFormats, citePath, citeTypes, documentItem, formatItem, milestoneItem, type CiteFormat, type CslItem } from '../../../data/citation-formats.ts';
import { languages, type Lang } from '../../../lib/i18n.ts';

/**
 * "Cite this" files: every milestone, agreement and document as CSL-JSON, BibTeX and RIS,
 * e.g. /vi/cite/agreements/<id>.bib. Items are built once per language and entry.
 */
export async function getStaticPaths() {
  const catalog = await getCatalog();
  const entries = [
    ...catalog.milestones.map((m) => ({ section: 'milestones' as const, id: m.id })),
    ...[...catalog.agreements.keys()].map((id) => ({ section: 'agreements' as const, id })),
    ...[...catalog.documents.keys()].map((id) => ({ section: 'documents' as const, id })),
  ];
  return languages.flatMap((lang) =>
    entries.flatMap(({ section, id }) =>
      citeFormats.map((format) => ({ params: { lang, entry: citePath(section, id, format).slice('/cite/'.length) }, props: { lang, section, id, format } })),
    ),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, section, id, format } = props as { lang: Lang; section: 'milestones' | 'agreements' | 'documents'; id: string; format: CiteFormat };
  const catalog = await getCatalog();
  const item: CslItem =
    section === 'documents' ? documentItem(catalog, catalog.documents.get(id)!, lang, site!)
    : section === 'agreements' ? agreementItem(catalog, catalog.agreements.get(id)!, lang, site!)
    : milestoneItem(catalog, catalog.milestones.find((m) => m.id === id)!, lang, site!);
  return new Response(formatItem(item, format), { headers: { 'content-type': citeTypes[format] } });
};
