import { getCollection, type CollectionEntry } from 'astro:content';
import { compareFuzzyDates, formatFuzzyDate, type FuzzyDate } from '../lib/fuzzy-date.ts';
import { contentDate } from './dates.ts';
import { t } from '../i18n/index.ts';
import { pick, type Lang } from '../lib/i18n.ts';
import { statusOn, type DisplayStatus } from '../lib/milestone-status.ts';
import type { LaoCoverage, TranslationStatus } from '../lib/translation-status.ts';
import { mergePairs } from './merge-pairs.ts';
import type { Localized } from '../schemas/common.ts';
import { proseFields, translatedCollections, type TranslatedCollection } from '../schemas/index.ts';
import { buildDate } from './build-date.ts';

export type ProvinceEntry = CollectionEntry<'provinces'>;
export type AgencyEntry = CollectionEntry<'agencies'>;
export type DocumentEntry = CollectionEntry<'documents'>;
export type NewsEntry = CollectionEntry<'news'>;

type ProseKey<C extends TranslatedCollection> = (typeof proseFields)[C][number];
type Facts<C extends TranslatedCollection> = CollectionEntry<C>['data'];

/**
 * An MDX entry pair read as one: facts from the Vietnamese file, each prose field as
 * { vi, lo } (Lao from the `.lo.mdx` file when it has it), the Lao status computed.
 */
export interface Merged<C extends TranslatedCollection> {
  id: string;
  data: Omit<Facts<C>, ProseKey<C>> & {
    [K in ProseKey<C> & keyof Facts<C>]: undefined extends Facts<C>[K] ? Localized | undefined : Localized;
  } & { translation: { lo: TranslationStatus } };
  /** The Vietnamese file, whose body is the Vietnamese prose. */
  vi: CollectionEntry<C>;
  /** The Lao file, if any, whose body is the Lao prose. */
  lo?: CollectionEntry<(typeof translatedCollections)[C]>;
  coverage: LaoCoverage;
}
export type AreaEntry = Merged<'areas'>;
export type AgreementEntry = Merged<'agreements'>;

/** A milestone with what pages derive from it: its parsed date and its status on the build date. */
export interface MilestoneView {
  id: string;
  data: Merged<'milestones'>['data'];
  entry: Merged<'milestones'>;
  when?: FuzzyDate;
  agreement: AgreementEntry;
  status: DisplayStatus;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

function mustGet<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  // The content checker has verified every reference before the build, so this is a bug.
  if (!found) throw new Error(`Unknown ${what} "${id}"`);
  return found;
}

async function load() {
  const [provinces, agencies, areas, areasLo, documents, agreements, agreementsLo, milestones, milestonesLo, news, newsLo, glossary, commemorations] = await Promise.all([
    getCollection('provinces'),
    getCollection('agencies'),
    getCollection('areas'),
    getCollection('areasLo'),
    getCollection('documents'),
    getCollection('agreements'),
    getCollection('agreementsLo'),
    getCollection('milestones'),
    getCollection('milestonesLo'),
    getCollection('news'),
    getCollection('newsLo'),
    getCollection('glossary'),
    getCollection('commemorations'),
  ]);
  const merge = <C extends TranslatedCollection>(c: C, vi: CollectionEntry<C>[], lo: CollectionEntry<(typeof translatedCollections)[C]>[]) =>
    mergePairs(c, vi, lo) as Merged<C>[];
  const agreementMap = byId(merge('agreements', agreements, agreementsLo));
  const milestoneViews: MilestoneView[] = merge('milestones', milestones, milestonesLo).map((m) => {
    const agreement = mustGet(agreementMap, m.data.agreement, 'agreement');
    const period = agreement.data.period;
    const when = m.data.when ? contentDate(m.data.when, period) : undefined;
    return {
      id: m.id,
      data: m.data,
      entry: m,
      when,
      agreement,
      status: statusOn({ history: m.data.status, when, periodEnd: period.to }, buildDate),
    };
  });
  milestoneViews.sort(compareMilestones);
  return {
    /** Tasks by what they are listed under (`tasksOf`), in time order. */
    tasksBy: indexTasks(milestoneViews),
    provinces: byId(provinces),
    agencies: byId(agencies),
    areas: byId(merge('areas', areas, areasLo).sort((a, b) => a.data.order - b.data.order)),
    documents: byId(documents),
    agreements: agreementMap,
    milestones: milestoneViews,
    news: [...news].sort((a, b) => b.data.date.localeCompare(a.data.date)),
    newsLo: byId(newsLo),
    /** Where each article's Lao translation stands, by id. */
    newsCoverage: new Map(merge('news', news, newsLo).map((n) => [n.id, n.coverage])),
    glossary: byId(glossary),
    commemorations: byId(commemorations),
  };
}

/** What a task is listed under on other pages: its agreement, areas, places, and the bodies that lead, coordinate or are named. */
const TASK_LINKS = {
  agreement: (m: MilestoneView) => [m.agreement.id],
  area: (m: MilestoneView) => m.data.areas,
  place: (m: MilestoneView) => m.data.places,
  lead: (m: MilestoneView) => m.data.lead,
  coordinating: (m: MilestoneView) => m.data.coordinating,
  mentioned: (m: MilestoneView) => m.data.mentioned,
} satisfies Record<string, (m: MilestoneView) => readonly string[]>;
export type TaskLink = keyof typeof TASK_LINKS;

/**
 * One pass over the tasks, so that an agency's, area's, place's or agreement's page reads its own
 * list: filtering every task on each of those pages grows with their product.
 */
function indexTasks(milestones: readonly MilestoneView[]): Record<TaskLink, Map<string, MilestoneView[]>> {
  const index = {} as Record<TaskLink, Map<string, MilestoneView[]>>;
  for (const link of Object.keys(TASK_LINKS) as TaskLink[]) {
    const lists = new Map<string, MilestoneView[]>();
    for (const m of milestones) {
      for (const id of new Set(TASK_LINKS[link](m))) {
        const list = lists.get(id);
        if (list) list.push(m);
        else lists.set(id, [m]);
      }
    }
    index[link] = lists;
  }
  return index;
}

/** The tasks linked to `id` (an agreement, area, place or body) by `link`, in time order. */
export function tasksOf(catalog: Catalog, link: TaskLink, id: string): readonly MilestoneView[] {
  return catalog.tasksBy[link].get(id) ?? [];
}

/** Milestones in time order; undated ones (the agreement's whole period) after dated ones of the same start. */
export function compareMilestones(a: MilestoneView, b: MilestoneView): number {
  if (a.when && b.when) return compareFuzzyDates(a.when, b.when) || a.id.localeCompare(b.id, 'en', { numeric: true });
  if (a.when !== b.when) return a.when ? -1 : 1;
  return a.id.localeCompare(b.id, 'en', { numeric: true });
}

let cached: ReturnType<typeof load> | undefined;
/** All content, loaded once per build. */
export function getCatalog() {
  cached ??= load();
  return cached;
}
export type Catalog = Awaited<ReturnType<typeof load>>;

/** A glossary term in `lang` (the glossary requires both languages). */
export function term(catalog: Catalog, key: string, lang: Lang): string {
  return mustGet(catalog.glossary, key, 'glossary term').data[lang];
}

/** "tỉnh Tuyên Quang" / "ແຂວງຕວຽນກວາງ": name with its administrative level from the glossary. */
export function placeName(catalog: Catalog, province: ProvinceEntry, lang: Lang) {
  const level = term(catalog, `level-${province.data.level}-${province.data.country}`, lang);
  const name = pick(province.data.name, lang);
  // Lao writes the level word joined to the name (ແຂວງຊຽງຂວາງ); Vietnamese with a space.
  const separator = lang === 'lo' && name.lang === 'lo' ? '' : ' ';
  return { ...name, text: `${level}${separator}${name.text}`, bare: name.text };
}

/**
 * A place name that tells apart bodies of the same name before and after 2025
 * ("tỉnh Gia Lai (đến hết 30/6/2025)", "tỉnh Gia Lai (từ 1/7/2025)"), for lists and headings.
 */
export function datedPlaceName(catalog: Catalog, province: ProvinceEntry, lang: Lang) {
  const name = placeName(catalog, province, lang);
  const { validFrom, validTo } = province.data;
  if (validTo) return { ...name, text: t(lang, 'place.until', { name: name.text, date: formatFuzzyDate(parsedDay(validTo), lang) }) };
  if (validFrom) return { ...name, text: t(lang, 'place.since', { name: name.text, date: formatFuzzyDate(parsedDay(validFrom), lang) }) };
  return name;
}

const parsedDay = (iso: string) => contentDate(iso);

export { mustGet };
