import { toInterval } from '../lib/fuzzy-date.ts';
import { contentDate } from './dates.ts';
import { otherLang, pick, type Lang } from '../lib/i18n.ts';
import { localePath, pagePath } from '../lib/paths.ts';
import { t } from '../i18n/index.ts';
import { mustGet, placeName, term, type AgencyEntry, type AgreementEntry, type Catalog, type MilestoneView, type NewsEntry, type ProvinceEntry } from './catalog.ts';
import { newsText } from './news.ts';

/**
 * schema.org descriptions (JSON-LD) of what a page shows, in the page's language, so search
 * engines and other tools read organisations, agreements and dated events as data.
 */
type Thing = Record<string, unknown>;
const SCHEMA = 'https://schema.org';

const url = (site: URL, lang: Lang, section: Parameters<typeof pagePath>[0], id: string) => new URL(localePath(lang, pagePath(section, id)), site).href;

/** A name in the page language, and the other language's as an alternate name when it differs. */
function names(text: { vi: string; lo?: string }, lang: Lang) {
  const name = pick(text, lang).text;
  const other = pick(text, otherLang(lang)).text;
  return { name, alternateName: other !== name ? other : undefined };
}

const organisationTypes: Record<string, string> = {
  'people-committee': 'GovernmentOrganization',
  department: 'GovernmentOrganization',
  office: 'GovernmentOrganization',
  committee: 'GovernmentOrganization',
  university: 'CollegeOrUniversity',
  college: 'CollegeOrUniversity',
  school: 'School',
  hospital: 'Hospital',
  media: 'NewsMediaOrganization',
};

function place(catalog: Catalog, province: ProvinceEntry, lang: Lang, site: URL): Thing {
  const coordinates = province.data.capital?.coordinates;
  return {
    '@type': 'AdministrativeArea',
    name: placeName(catalog, province, lang).text,
    url: url(site, lang, 'provinces', province.id),
    geo: coordinates && { '@type': 'GeoCoordinates', latitude: coordinates.lat, longitude: coordinates.lon },
  };
}

export function organisation(catalog: Catalog, agency: AgencyEntry, lang: Lang, site: URL, withContext = true): Thing {
  const a = agency.data;
  const province = a.province ? mustGet(catalog.provinces, a.province, 'province') : undefined;
  return {
    '@context': withContext ? SCHEMA : undefined,
    '@type': organisationTypes[a.kind] ?? 'Organization',
    '@id': url(site, lang, 'agencies', agency.id),
    ...names(a.name, lang),
    url: url(site, lang, 'agencies', agency.id),
    foundingDate: a.validFrom,
    dissolutionDate: a.validTo,
    areaServed: province ? place(catalog, province, lang, site) : { '@type': 'Country', name: term(catalog, `country-${a.country}`, lang) },
    address: { '@type': 'PostalAddress', addressCountry: a.country.toUpperCase(), addressRegion: province ? placeName(catalog, province, lang).text : undefined },
  };
}

/** An ISO 8601 date (day or month) for a date in the editors' notation, when it is that precise. */
function isoDate(text: string): string | undefined {
  const date = contentDate(text);
  if (date.kind !== 'point') return undefined;
  const { precision, start } = date.point;
  return precision === 'day' ? start : precision === 'month' ? start.slice(0, 7) : precision === 'year' ? start.slice(0, 4) : undefined;
}

/**
 * A signed agreement or memorandum as schema.org Legislation ("a legal document … enforceable
 * or not"); a programme with no signed document of its own as a plain CreativeWork.
 */
export function agreement(catalog: Catalog, entry: AgreementEntry, lang: Lang, site: URL): Thing {
  const a = entry.data;
  const parties = a.parties.map((p) => mustGet(catalog.provinces, p.province, 'province'));
  const bodies = a.parties.flatMap((p) => (p.body ? [organisation(catalog, mustGet(catalog.agencies, p.body, 'agency'), lang, site, false)] : []));
  const common = {
    '@id': url(site, lang, 'agreements', entry.id),
    url: url(site, lang, 'agreements', entry.id),
    name: pick(a.title, lang).text,
    description: pick(a.summary, lang).text,
    inLanguage: lang,
    temporalCoverage: `${a.period.from}/${a.period.to}`,
    spatialCoverage: parties.map((p) => place(catalog, p, lang, site)),
    isBasedOn: a.documents.map((id) => url(site, lang, 'documents', id)),
  };
  if (a.type === 'programme') return { '@context': SCHEMA, '@type': 'CreativeWork', ...common, genre: term(catalog, `agreement-type-${a.type}`, lang), creator: bodies };
  return {
    '@context': SCHEMA,
    '@type': 'Legislation',
    ...common,
    legislationType: term(catalog, `agreement-type-${a.type}`, lang),
    legislationDate: a.signed ? isoDate(a.signed.date) : undefined,
    legislationPassedBy: bodies,
    legislationJurisdiction: parties.map((p) => placeName(catalog, p, lang).text),
  };
}

const eventStatus: Record<string, string | undefined> = {
  postponed: `${SCHEMA}/EventPostponed`,
  cancelled: `${SCHEMA}/EventCancelled`,
};

/**
 * A task dated to a day or a month, as a schema.org Event; undefined for vaguer dates (a
 * quarter, "every year"), which an event's start date cannot express.
 */
export function milestoneEvent(catalog: Catalog, m: MilestoneView, lang: Lang, site: URL): Thing | undefined {
  if (!m.when || m.when.kind !== 'point' || !['day', 'month'].includes(m.when.point.precision)) return undefined;
  const { start, end, precision } = toInterval(m.when);
  const date = precision === 'day' ? start! : start!.slice(0, 7);
  const leads = m.data.lead.map((id) => organisation(catalog, mustGet(catalog.agencies, id, 'agency'), lang, site, false));
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    '@id': url(site, lang, 'milestones', m.id),
    url: url(site, lang, 'milestones', m.id),
    name: pick(m.data.title, lang).text,
    description: m.data.summary ? pick(m.data.summary, lang).text : undefined,
    inLanguage: lang,
    startDate: date,
    endDate: precision === 'day' ? end! : end!.slice(0, 7),
    eventStatus: eventStatus[m.status],
    organizer: leads.length === 0 ? undefined : leads.length === 1 ? leads[0] : leads,
    location: m.data.places.map((id) => place(catalog, mustGet(catalog.provinces, id, 'province'), lang, site)),
    about: { '@type': m.agreement.data.type === 'programme' ? 'CreativeWork' : 'Legislation', '@id': url(site, lang, 'agreements', m.agreement.id), name: pick(m.agreement.data.title, lang).text },
  };
}

export function newsArticle(catalog: Catalog, entry: NewsEntry, lang: Lang, site: URL): Thing {
  const text = newsText(catalog, entry, lang);
  return {
    '@context': SCHEMA,
    '@type': 'NewsArticle',
    '@id': url(site, lang, 'news', entry.id),
    url: url(site, lang, 'news', entry.id),
    headline: text.title,
    description: text.summary,
    inLanguage: text.lang,
    datePublished: entry.data.date,
    publisher: { '@type': 'Organization', name: t(lang, 'site.name'), url: new URL(localePath(lang, '/'), site).href },
    about: entry.data.agreements.map((id) => ({ '@type': 'Thing', '@id': url(site, lang, 'agreements', id), name: pick(mustGet(catalog.agreements, id, 'agreement').data.title, lang).text })),
    citation: [...new Set(entry.data.sources.map((s) => s.document))].map((id) => url(site, lang, 'documents', id)),
  };
}
