import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { agreementItem, citeFormats, citePath, citeTypes, documentItem, formatItem, milestoneItem, type CslItem } from '../../../data/citation-formats.ts';
import { languages, type Lang } from '../../../lib/i18n.ts';

/**
 * "Cite this" files: every milestone, agreement and document as CSL-JSON, BibTeX and RIS,
 * e.g. /vi/cite/agreements/<id>.bib. Each path carries the function that builds its item from its
 * own entry: looking the milestone up by id in every request scanned all milestones six times per
 * milestone, which made this route grow with the square of the content.
 */
export async function getStaticPaths() {
  const catalog = await getCatalog();
  const entries: { section: 'milestones' | 'agreements' | 'documents'; id: string; item: (lang: Lang, site: URL) => CslItem }[] = [
    ...catalog.milestones.map((m) => ({ section: 'milestones' as const, id: m.id, item: (lang: Lang, site: URL) => milestoneItem(catalog, m, lang, site) })),
    ...[...catalog.agreements.values()].map((a) => ({ section: 'agreements' as const, id: a.id, item: (lang: Lang, site: URL) => agreementItem(catalog, a, lang, site) })),
    ...[...catalog.documents.values()].map((d) => ({ section: 'documents' as const, id: d.id, item: (lang: Lang, site: URL) => documentItem(catalog, d, lang, site) })),
  ];
  return languages.flatMap((lang) =>
    entries.flatMap(({ section, id, item }) =>
      citeFormats.map((format) => ({ params: { lang, entry: citePath(section, id, format).slice('/cite/'.length) }, props: { lang, format, item } })),
    ),
  );
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const { lang, format, item } = props;
  return new Response(formatItem(item(lang, site!), format), { headers: { 'content-type': citeTypes[format] } });
};
