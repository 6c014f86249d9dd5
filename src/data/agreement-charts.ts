import { countByDueYear, totalsByUnitAndYear, type YearBucket } from '../lib/chart-data.ts';
import { pick, type Lang } from '../lib/i18n.ts';
import { t, type UiKey } from '../i18n/index.ts';
import { tasksOf, term, type Catalog, type MilestoneView } from './catalog.ts';

/** A chart ready to draw: its title, its bars, and the rows of the table that carries the same numbers. */
export interface ChartData {
  id: string;
  title: string;
  /** Header of the first table column (what a bar stands for). */
  category: string;
  /** Header of the value column. */
  measure: string;
  bars: { label: string; value: number; lang?: string }[];
  note: string;
}

export interface QuantityRow {
  milestone: MilestoneView;
  year: number;
  value: number;
  upTo?: number;
  of?: { vi: string; lo?: string };
}

const yearLabel = (bucket: YearBucket, lang: Lang) =>
  bucket.kind === 'year' ? String(bucket.year) : t(lang, bucket.kind === 'several' ? 'chart.several' : 'chart.undated');

/** The charts of one agreement's page: tasks per main area, tasks per due year, planned quantities per year. */
export function agreementCharts(catalog: Catalog, agreementId: string, lang: Lang) {
  const milestones = tasksOf(catalog, 'agreement', agreementId);
  const byArea = [...catalog.areas.values()]
    .map((area) => ({ name: pick(area.data.name, lang), value: milestones.filter((m) => m.data.areas[0] === area.id).length }))
    .filter((a) => a.value > 0);
  const charts: ChartData[] = [
    {
      id: `chart-area-${agreementId}`,
      title: t(lang, 'chart.byArea'),
      category: t(lang, 'chart.area'),
      measure: t(lang, 'chart.count'),
      bars: byArea.map((a) => ({ label: a.name.text, value: a.value, lang: a.name.fallback ? a.name.lang : undefined })),
      note: t(lang, 'chart.byAreaNote'),
    },
    {
      id: `chart-year-${agreementId}`,
      title: t(lang, 'chart.byYear'),
      category: t(lang, 'chart.period'),
      measure: t(lang, 'chart.count'),
      bars: countByDueYear(milestones.map((m) => m.when)).map(({ bucket, count }) => ({ label: yearLabel(bucket, lang), value: count })),
      note: t(lang, 'chart.byYearNote'),
    },
  ];
  const rows: (QuantityRow & { unit: string })[] = milestones.flatMap((m) =>
    m.data.quantities.flatMap((q) => (q.year === undefined ? [] : [{ milestone: m, unit: q.unit, year: q.year, value: q.value, upTo: q.upTo, of: q.of }])),
  );
  const quantities = totalsByUnitAndYear(rows).map(({ unit, years }) => ({
    chart: {
      id: `chart-quantity-${agreementId}-${unit.toLowerCase()}`,
      title: t(lang, 'chart.quantities', { unit: term(catalog, `unit-${unit}`, lang) }),
      category: t(lang, 'chart.year'),
      measure: t(lang, 'chart.quantity'),
      bars: years.map((y) => ({ label: String(y.year), value: y.total })),
      note: t(lang, 'chart.quantitiesNote'),
    } satisfies ChartData,
    rows: rows.filter((r) => r.unit === unit).sort((a, b) => a.year - b.year),
  }));
  return { milestones, charts, quantities };
}

/** The bars as one sentence for the chart's <desc>: "Giáo dục: 5; Y tế: 3". */
export function describeBars(bars: ChartData['bars'], lang: Lang, key: UiKey = 'chart.desc'): string {
  return t(lang, key, { values: bars.map((b) => `${b.label}: ${b.value}`).join('; ') });
}
