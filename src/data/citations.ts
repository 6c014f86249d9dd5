import type { CitationInput, CitationWords } from '../lib/citation.ts';
import { toInterval } from '../lib/fuzzy-date.ts';
import { contentDate } from './dates.ts';
import { pick, type Lang } from '../lib/i18n.ts';
import { t } from '../i18n/index.ts';
import type { SourceRef } from '../schemas/common.ts';
import { buildDate } from './build-date.ts';
import { mustGet, placeName, term, type AgreementEntry, type Catalog, type DocumentEntry, type MilestoneView } from './catalog.ts';
import { documentLabel, formatDateText } from './labels.ts';

/** The connecting words of citations in `lang`, from the interface strings. */
export function citationWords(lang: Lang): CitationWords {
  return {
    source: t(lang, 'common.source'),
    accessed: t(lang, 'cite.accessed', { date: '{date}' }),
    retrieved: t(lang, 'cite.retrieved', { date: '{date}', url: '{url}' }),
    noYear: t(lang, 'cite.noYear'),
  };
}

const yearOf = (text: string) => Number(toInterval(contentDate(text)).start?.slice(0, 4)) || undefined;

/** "ngày 19/5/2023" for a day; "tháng 8/2022", "năm 2022" for a coarser date (no "ngày" before a month). */
function datePhrase(text: string, lang: Lang): string {
  const date = contentDate(text);
  const formatted = formatDateText(text, lang);
  if (date.kind === 'point' && date.point.precision === 'day') return t(lang, 'cite.dated', { date: formatted });
  return lang === 'vi' ? formatted.charAt(0).toLowerCase() + formatted.slice(1) : formatted;
}

/** Label and date of a document; the date is left out when the label already carries it (no number in the copy). */
function documentParts(catalog: Catalog, doc: DocumentEntry, lang: Lang) {
  const numbered = Boolean(doc.data.number ?? doc.data.numberPublishedElsewhere?.value);
  return { label: documentLabel(catalog, doc, lang), dated: numbered ? datePhrase(doc.data.date, lang) : undefined };
}

function sourceParts(catalog: Catalog, source: SourceRef, lang: Lang): NonNullable<CitationInput['source']> {
  const doc = mustGet(catalog.documents, source.document, 'document');
  const at = source.section === 'preamble'
    ? [t(lang, 'document.preamble').toLowerCase()]
    : source.section === 'closing'
      ? [t(lang, 'document.closingCited')]
      : [t(lang, 'common.section', { section: source.section }), ...(source.item ? [t(lang, 'common.item', { item: source.item })] : [])];
  return { ...documentParts(catalog, doc, lang), at };
}

const common = (lang: Lang, url: string) => ({ site: t(lang, 'site.name'), url, accessed: formatDateText(buildDate, lang) });
/** The body that issued a document, in `lang`. */
export const issuerName = (catalog: Catalog, doc: DocumentEntry, lang: Lang) => pick(mustGet(catalog.agencies, doc.data.issuer, 'agency').data.name, lang).text;

/** A task, cited as the bullet of the plan it comes from, read on this site. */
export function milestoneCitation(catalog: Catalog, m: MilestoneView, lang: Lang, url: string): CitationInput {
  const doc = mustGet(catalog.documents, m.data.source.document, 'document');
  return {
    authors: [issuerName(catalog, doc, lang)],
    year: yearOf(doc.data.date),
    title: pick(m.data.title, lang).text,
    source: sourceParts(catalog, m.data.source, lang),
    ...common(lang, url),
  };
}

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

/**
 * An agreement, cited by its signing bodies (or provinces) and signing date, with the document
 * that records it. A programme has no signing: its plan's issuer and date stand for it.
 */
export function agreementCitation(catalog: Catalog, a: AgreementEntry, lang: Lang, url: string): CitationInput {
  const { source, doc, authors } = agreementAuthors(catalog, a, lang);
  return {
    authors,
    year: yearOf(a.data.signed?.date ?? doc.data.date),
    label: term(catalog, `agreement-type-${a.data.type}`, lang),
    dated: a.data.signed ? datePhrase(a.data.signed.date, lang) : undefined,
    title: pick(a.data.title, lang).text,
    source: sourceParts(catalog, source, lang),
    ...common(lang, url),
  };
}

/** A hosted source document, cited by its issuer, number and date. */
export function documentCitation(catalog: Catalog, doc: DocumentEntry, lang: Lang, url: string): CitationInput {
  return {
    authors: [issuerName(catalog, doc, lang)],
    year: yearOf(doc.data.date),
    ...documentParts(catalog, doc, lang),
    title: pick(doc.data.title, lang).text,
    ...common(lang, url),
  };
}
