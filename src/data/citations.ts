import { pick, type Lang } from '../lib/i18n.ts';
import { mustGet, placeName, type AgreementEntry, type Catalog, type DocumentEntry } from './catalog.ts';

/** The body that issued a document, in `lang`. */
export const issuerName = (catalog: Catalog, doc: DocumentEntry, lang: Lang) => pick(mustGet(catalog.agencies, doc.data.issuer, 'agency').data.name, lang).text;

/**
 * Who an agreement is cited by: its signing bodies (or provinces) when signed, else the issuer of
 * the document that records it; with that document.
 */
export function agreementAuthors(catalog: Catalog, a: AgreementEntry, lang: Lang) {
  const source = a.data.signed?.source ?? a.data.sources[0]!;
  const doc = mustGet(catalog.documents, source.document, 'document');
  const authors = a.data.signed
    ? a.data.parties.map((p) => (p.body ? pick(mustGet(catalog.agencies, p.body, 'agency').data.name, lang).text : placeName(catalog, mustGet(catalog.provinces, p.province, 'province'), lang).text))
    : [issuerName(catalog, doc, lang)];
  return { source, doc, authors };
}
