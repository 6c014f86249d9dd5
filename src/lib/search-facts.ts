/**
 * What a search result shows and filters on, per page: type, date and its precision, agreement,
 * areas, provinces, years. Computed from the content itself (not scraped from HTML), once for the
 * indexing script and once for the search page's filter lists, so both agree.
 */
import type { Agency } from '../schemas/agency.ts';
import type { Agreement } from '../schemas/agreement.ts';
import type { SourceDocument } from '../schemas/document.ts';
import type { Milestone } from '../schemas/milestone.ts';
import type { News } from '../schemas/news.ts';
import type { Province } from '../schemas/province.ts';
import type { Localized } from '../schemas/common.ts';
import { formatFuzzyDate, parseFuzzyDate, toInterval, type FuzzyDate, type Period } from './fuzzy-date.ts';
import { pick, type Lang } from './i18n.ts';
import { pagePath } from './paths.ts';

export const searchTypes = ['agreement', 'milestone', 'news', 'document', 'province', 'agency'] as const;
export type SearchType = (typeof searchTypes)[number];

/** How exact a date is: a point's precision, a span of years, or a recurrence. */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'period' | 'recurring' | 'ongoing';
export const datePrecisions: DatePrecision[] = ['day', 'month', 'quarter', 'half', 'year', 'period', 'recurring', 'ongoing'];

export interface PageFacts {
  type: SearchType;
  /** Language-neutral path, e.g. "/milestones/a/ii-1/". */
  path: string;
  date?: { text: Record<Lang, string>; precision: DatePrecision };
  agreement?: { id: string; title: Record<Lang, string> };
  /** A document's number and signer, searched with extra weight (see src/scripts/search/engine.ts). */
  number?: string;
  signer?: string;
  /** A province's own name: searching a place finds the place before its many bodies. */
  place?: Record<Lang, string>;
  /** Filter values: ids, the same in both languages. */
  areas: string[];
  provinces: string[];
  years: string[];
}

interface Entry<T> {
  id: string;
  data: T;
}
/** Prose of an MDX entry pair, read as one (src/data/catalog.ts). */
type WithProse<T, K extends keyof T> = Omit<T, K> & { [P in K]: undefined extends T[P] ? Localized | undefined : Localized };
export interface SearchContent {
  agreements: Entry<WithProse<Agreement, 'title' | 'summary'>>[];
  milestones: Entry<WithProse<Milestone, 'title' | 'summary'>>[];
  documents: Entry<SourceDocument>[];
  news: Entry<News>[];
  provinces: Entry<Province>[];
  agencies: Entry<Agency>[];
}

const both = (f: (lang: Lang) => string): Record<Lang, string> => ({ vi: f('vi'), lo: f('lo') });
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
/** Longest span a year filter expands to, so an open-ended date cannot list a century. */
const MAX_YEARS = 30;

/** Reads a date of the content; the build passes the catalog's (src/data/dates.ts), parsed once per build. */
export type DateReader = (text: string, period?: Period) => FuzzyDate;
const readDate: DateReader = (text, period) => {
  const result = parseFuzzyDate(text, { period });
  // The loaders reject unreadable dates before any build, so this is a bug.
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

function precisionOf(date: FuzzyDate): DatePrecision {
  if (date.kind === 'yearly' || date.kind === 'periodic') return 'recurring';
  if (date.kind === 'ongoing') return 'ongoing';
  if (date.kind === 'deadline') return date.point.precision;
  if (date.kind === 'range' && date.from.precision === 'year' && date.to.precision === 'year') return 'period';
  return toInterval(date).precision;
}

function yearsOf(date: FuzzyDate, period?: Period): string[] {
  const { start, end } = toInterval(date);
  const from = start ? Number(start.slice(0, 4)) : period?.from;
  const to = end ? Number(end.slice(0, 4)) : period?.to;
  if (from === undefined || to === undefined) return [];
  const years = periodYears({ from, to: Math.min(to, from + MAX_YEARS - 1) });
  // "Định kỳ hai năm một lần" falls in every other year, as the timeline draws it.
  const every = date.kind === 'periodic' && date.unit === 'year' ? date.every : 1;
  return years.filter((_, i) => i % every === 0);
}

const periodYears = (p: Period) => Array.from({ length: Math.max(0, p.to - p.from + 1) }, (_, i) => String(p.from + i));
const periodDate = (p: Period) => ({ text: both(() => (p.from === p.to ? String(p.from) : `${p.from}–${p.to}`)), precision: 'period' as const });
const dated = (date: FuzzyDate) => ({ text: both((lang) => formatFuzzyDate(date, lang)), precision: precisionOf(date) });

/** Facts for every page that search covers, keyed by language-neutral path. */
export function searchFacts(content: SearchContent, parsed: DateReader = readDate): Map<string, PageFacts> {
  const provinces = new Map(content.provinces.map((p) => [p.id, p.data]));
  const agencies = new Map(content.agencies.map((a) => [a.id, a.data]));
  const agreements = new Map(content.agreements.map((a) => [a.id, a.data]));
  // A district counts for its province too, so filtering by province finds its districts' tasks.
  const withParents = (ids: Iterable<string>) => [...ids].flatMap((id) => [id, ...(provinces.get(id)?.parent ? [provinces.get(id)!.parent!] : [])]);
  const partiesOf = (id: string) => agreements.get(id)?.parties.map((p) => p.province) ?? [];
  const agreementRef = (id: string) => {
    const a = agreements.get(id);
    return a ? { id, title: both((lang) => pick(a.title, lang).text) } : undefined;
  };
  const agencyProvince = (id: string | undefined) => (id ? agencies.get(id)?.province : undefined);

  const facts = new Map<string, PageFacts>();
  const add = (f: PageFacts) => facts.set(f.path, { ...f, areas: sorted(f.areas), provinces: sorted(f.provinces), years: sorted(f.years) });

  // Milestones first: the other pages take their areas from the tasks they concern.
  const milestoneFacts = new Map<string, PageFacts>();
  for (const { id, data } of content.milestones) {
    const period = agreements.get(data.agreement)?.period;
    const when = data.when ? parsed(data.when, period) : undefined;
    const f: PageFacts = {
      type: 'milestone',
      path: pagePath('milestones', id),
      date: when ? dated(when) : period && periodDate(period),
      agreement: agreementRef(data.agreement),
      areas: data.areas,
      provinces: withParents([...partiesOf(data.agreement), ...data.places]),
      years: when ? yearsOf(when, period) : period ? periodYears(period) : [],
    };
    milestoneFacts.set(id, f);
    add(f);
  }
  const areasOf = (pick: (m: SearchContent['milestones'][number]['data']) => boolean) =>
    content.milestones.filter((m) => pick(m.data)).flatMap((m) => milestoneFacts.get(m.id)!.areas);

  for (const { id, data } of content.agreements) {
    const signed = data.signed ? parsed(data.signed.date, data.period) : undefined;
    add({
      type: 'agreement',
      path: pagePath('agreements', id),
      date: signed ? dated(signed) : periodDate(data.period),
      areas: areasOf((m) => m.agreement === id),
      provinces: withParents(data.parties.map((p) => p.province)),
      years: [...periodYears(data.period), ...(signed ? yearsOf(signed) : [])],
    });
  }

  for (const { id, data } of content.documents) {
    const date = parsed(data.date);
    const implementing = content.agreements.filter((a) => a.data.documents.includes(id));
    add({
      type: 'document',
      path: pagePath('documents', id),
      date: dated(date),
      agreement: implementing[0] && agreementRef(implementing[0].id),
      number: data.number ?? data.numberPublishedElsewhere?.value,
      signer: data.signer?.name,
      areas: areasOf((m) => m.source.document === id),
      provinces: withParents([...implementing.flatMap((a) => partiesOf(a.id)), ...[agencyProvince(data.issuer)].filter((p): p is string => !!p)]),
      years: yearsOf(date),
    });
  }

  for (const { id, data } of content.news) {
    const date = parsed(data.date);
    add({
      type: 'news',
      path: pagePath('news', id),
      date: dated(date),
      agreement: data.agreements[0] ? agreementRef(data.agreements[0]) : undefined,
      areas: data.milestones.flatMap((m) => milestoneFacts.get(m)?.areas ?? []),
      provinces: withParents([...data.provinces, ...data.agreements.flatMap(partiesOf)]),
      years: yearsOf(date),
    });
  }

  for (const { id, data } of content.provinces) {
    const ownAgreements = content.agreements.filter((a) => a.data.parties.some((p) => p.province === id)).map((a) => a.id);
    add({
      type: 'province',
      path: pagePath('provinces', id),
      place: both((lang) => pick(data.name, lang).text),
      areas: areasOf((m) => ownAgreements.includes(m.agreement) || m.places.includes(id)),
      provinces: withParents([id]),
      years: [],
    });
  }

  for (const { id, data } of content.agencies) {
    add({
      type: 'agency',
      path: pagePath('agencies', id),
      areas: areasOf((m) => m.lead.includes(id) || m.coordinating.includes(id) || m.mentioned.includes(id)),
      provinces: withParents([data.province].filter((p): p is string => !!p)),
      years: [],
    });
  }
  return facts;
}
