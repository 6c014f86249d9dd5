/**
 * "Cite this" as files for reference managers: each milestone, agreement and document as one
 * CSL-JSON item, built here from the content, and the same item as BibTeX and RIS written by
 * citation-js (its BibTeX in UTF-8, so Vietnamese and Lao names survive).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { toInterval } from '../lib/fuzzy-date.ts';
import { contentDate } from './dates.ts';
import { pick, type Lang } from '../lib/i18n.ts';
import { localePath, pagePath } from '../lib/paths.ts';
import { t } from '../i18n/index.ts';
import { buildDate } from './build-date.ts';
import { mustGet, term, type AgreementEntry, type Catalog, type DocumentEntry, type MilestoneView } from './catalog.ts';
import { documentLabel } from './labels.ts';
import { agreementAuthors, issuerName } from './citations.ts';
import { sourceText } from './timeline-exchange.ts';

const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
bibtex.format.asciiOnly = false;
bibtex.format.useIdAsLabel = true;

export const citeFormats = ['json', 'bib', 'ris'] as const;
export type CiteFormat = (typeof citeFormats)[number];
export const citeTypes: Record<CiteFormat, string> = {
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the fields used here. */
export interface CslItem {
  id: string;
  type: 'report' | 'document';
  title: string;
  author: { literal: string }[];
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  number?: string;
  genre?: string;
  'publisher-place'?: string;
  'container-title'?: string;
  note?: string;
  URL: string;
  language: Lang;
}

/** A date in the editors' notation as CSL date parts, no finer than the source gives it. */
export function dateParts(text: string): { 'date-parts': number[][] } | undefined {
  const { start, precision } = toInterval(contentDate(text));
  if (!start) return undefined;
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [precision === 'day' ? [y, m, d] : precision === 'month' ? [y, m] : [y]] };
}
const accessed = () => dateParts(buildDate)!;

/** Where a reference manager finds the entry: "/vi/cite/milestones/<agreement>/<task>.bib". */
export function citePath(section: 'milestones' | 'agreements' | 'documents', id: string, format: CiteFormat): string {
  return `/cite/${section}/${id}.${format}`;
}

const itemId = (section: string, id: string) => `hoptac-${section}-${id}`.replace(/[^A-Za-z0-9-]+/g, '-');
const pageUrl = (site: URL, lang: Lang, section: 'milestones' | 'agreements' | 'documents', id: string) => new URL(localePath(lang, pagePath(section, id)), site).href;
const docNumber = (doc: DocumentEntry) => doc.data.number ?? doc.data.numberPublishedElsewhere?.value;

export function documentItem(catalog: Catalog, doc: DocumentEntry, lang: Lang, site: URL): CslItem {
  return {
    id: itemId('documents', doc.id),
    type: 'report',
    title: pick(doc.data.title, lang).text,
    author: [{ literal: issuerName(catalog, doc, lang) }],
    issued: dateParts(doc.data.datePublishedElsewhere?.value ?? doc.data.date),
    accessed: accessed(),
    number: docNumber(doc),
    genre: term(catalog, `document-type-${doc.data.type}`, lang),
    // No publisher: the issuer is the author, and APA 7 (and Zotero's guidance for it) leaves out a
    // publisher that is the author rather than name the body twice.
    'publisher-place': doc.data.place ? pick(doc.data.place, lang).text : undefined,
    URL: pageUrl(site, lang, 'documents', doc.id),
    language: lang,
  };
}

export function agreementItem(catalog: Catalog, a: AgreementEntry, lang: Lang, site: URL): CslItem {
  const { source, doc, authors } = agreementAuthors(catalog, a, lang);
  return {
    id: itemId('agreements', a.id),
    type: 'document',
    title: pick(a.data.title, lang).text,
    author: authors.map((literal) => ({ literal })),
    issued: dateParts(a.data.signed?.date ?? doc.data.date),
    accessed: accessed(),
    genre: term(catalog, `agreement-type-${a.data.type}`, lang),
    'publisher-place': a.data.signed?.place ? pick(a.data.signed.place, lang).text : undefined,
    note: `${t(lang, 'common.source')}: ${sourceText(catalog, source, lang)}`,
    URL: pageUrl(site, lang, 'agreements', a.id),
    language: lang,
  };
}

export function milestoneItem(catalog: Catalog, m: MilestoneView, lang: Lang, site: URL): CslItem {
  const doc = mustGet(catalog.documents, m.data.source.document, 'document');
  return {
    id: itemId('milestones', m.id),
    type: 'document',
    title: pick(m.data.title, lang).text,
    author: [{ literal: issuerName(catalog, doc, lang) }],
    issued: dateParts(doc.data.datePublishedElsewhere?.value ?? doc.data.date),
    accessed: accessed(),
    'container-title': `${documentLabel(catalog, doc, lang)}: ${pick(doc.data.title, lang).text}`,
    note: `${t(lang, 'common.source')}: ${sourceText(catalog, m.data.source, lang)}`,
    URL: pageUrl(site, lang, 'milestones', m.id),
    language: lang,
  };
}

/** The file's text in a format: CSL-JSON as an array of one item, BibTeX and RIS from citation-js. */
export function formatItem(item: CslItem, format: CiteFormat): string {
  const clean = JSON.parse(JSON.stringify(item)) as CslItem; // drops undefined fields
  if (format === 'json') return `${JSON.stringify([clean], null, 1)}\n`;
  const text = new Cite(clean).format(format === 'bib' ? 'bibtex' : 'ris', { format: 'text' }) as string;
  // citation-js cuts RIS values every 70 characters with a bare line break, which splits URLs and
  // titles for importers that read one field a line: the cuts are taken back out.
  return format === 'ris' ? text.replace(/\n(?![A-Z][A-Z0-9] {2}- |\n|$)/g, '') : text;
}
