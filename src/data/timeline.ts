import { placeTask, touchesYear, yearsOf, type Placement } from '../lib/timeline-placement.ts';
import type { DisplayStatus } from '../lib/milestone-status.ts';
import { pick, type Lang } from '../lib/i18n.ts';
import { dimensions, type Dimension, type TimelineFilter } from '../lib/timeline-paths.ts';
import { getCatalog, placeName, term, type Catalog, type MilestoneView, type ProvinceEntry } from './catalog.ts';

/** A milestone with where it sits on the timeline. */
export interface TimelineItem {
  milestone: MilestoneView;
  placement: Placement;
}

/** One value of a filter, the items it keeps and its label in each language. */
export interface FilterOption extends TimelineFilter {
  items: TimelineItem[];
  label: (lang: Lang) => { text: string; lang: Lang };
  /** Provinces are listed by country. */
  group?: 'vn' | 'la';
}

const STATUS_ORDER: DisplayStatus[] = ['planned', 'in-progress', 'no-report', 'completed', 'postponed', 'cancelled'];

/** Every milestone placed, in the order their bars start (then end), ties in catalog order. */
export function timelineItems(catalog: Catalog): TimelineItem[] {
  return catalog.milestones
    .map((milestone, index) => ({ milestone, index, placement: placeTask(milestone.when, milestone.agreement.data.period) }))
    .sort((a, b) => a.placement.start.localeCompare(b.placement.start) || a.placement.end.localeCompare(b.placement.end) || a.index - b.index)
    .map(({ milestone, placement }) => ({ milestone, placement }));
}

/** A province together with the provinces it replaced (2025 mergers): their agreements are now its own. */
function lineage(catalog: Catalog, province: ProvinceEntry): Set<string> {
  return new Set([province.id, ...[...catalog.provinces.values()].filter((p) => p.data.successor === province.id).map((p) => p.id)]);
}

/** Milestones concerning a province: its agreements (as a party or through a predecessor) and tasks placed in it or its districts. */
function concerns(catalog: Catalog, item: TimelineItem, ids: Set<string>): boolean {
  const m = item.milestone;
  if (m.agreement.data.parties.some((p) => ids.has(p.province))) return true;
  return m.data.places.some((id) => ids.has(id) || ids.has(catalog.provinces.get(id)?.data.parent ?? ''));
}

/** The filter options that keep at least one item, per dimension, in display order. */
export function filterOptions(catalog: Catalog, items: TimelineItem[]): Record<Dimension, FilterOption[]> {
  const options: Record<Dimension, FilterOption[]> = { agreement: [], area: [], province: [], year: [], status: [] };
  for (const agreement of catalog.agreements.values()) {
    options.agreement.push({ dimension: 'agreement', value: agreement.id, items: items.filter((i) => i.milestone.agreement.id === agreement.id), label: (lang) => pick(agreement.data.title, lang) });
  }
  for (const area of catalog.areas.values()) {
    options.area.push({ dimension: 'area', value: area.id, items: items.filter((i) => i.milestone.data.areas.includes(area.id)), label: (lang) => pick(area.data.name, lang) });
  }
  const provinces = [...catalog.provinces.values()].filter((p) => p.data.level === 'province');
  for (const country of ['vn', 'la'] as const) {
    for (const province of provinces.filter((p) => p.data.country === country)) {
      const ids = lineage(catalog, province);
      options.province.push({ dimension: 'province', value: province.id, group: country, items: items.filter((i) => concerns(catalog, i, ids)), label: (lang) => placeName(catalog, province, lang) });
    }
  }
  const spans = items.map((i) => yearsOf(i.placement));
  const first = Math.min(...spans.map((s) => s.from));
  const last = Math.max(...spans.map((s) => s.to));
  for (let year = first; year <= last; year++) {
    options.year.push({ dimension: 'year', value: String(year), items: items.filter((i) => touchesYear(i.placement, year)), label: (lang) => ({ text: String(year), lang }) });
  }
  for (const status of STATUS_ORDER) {
    options.status.push({ dimension: 'status', value: status, items: items.filter((i) => i.milestone.status === status), label: (lang) => ({ text: term(catalog, `status-${status}`, lang), lang }) });
  }
  for (const dimension of dimensions) options[dimension] = options[dimension].filter((o) => o.items.length > 0);
  return options;
}

/** Every timeline view: all items, then one page per filter option. Cached for the build. */
async function loadViews() {
  const catalog = await getCatalog();
  const items = timelineItems(catalog);
  const options = filterOptions(catalog, items);
  return { catalog, items, options, filtered: dimensions.flatMap((d) => options[d]) };
}
let cached: ReturnType<typeof loadViews> | undefined;
export function getTimeline() {
  cached ??= loadViews();
  return cached;
}
