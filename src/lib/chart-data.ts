import type { FuzzyDate } from './fuzzy-date.ts';

/**
 * Which year a task is due in, for counting tasks per year: a task with one due date (a day,
 * month, quarter, half, year or deadline, or alternatives within one year) counts in that
 * year; a task that spans or repeats over several years counts once, as "several years";
 * a task whose plan gives no date counts as "undated". So every task is counted exactly once.
 */
export type YearBucket = { kind: 'year'; year: number } | { kind: 'several' } | { kind: 'undated' };

export function dueYear(date: FuzzyDate | undefined): YearBucket {
  if (!date) return { kind: 'undated' };
  switch (date.kind) {
    case 'point':
    case 'deadline':
      return { kind: 'year', year: date.point.year };
    case 'alternatives': {
      const years = new Set(date.points.map((p) => p.year));
      return years.size === 1 ? { kind: 'year', year: date.points[0].year } : { kind: 'several' };
    }
    default:
      return { kind: 'several' };
  }
}

/** Tasks per year, years ascending, then "several years", then "undated"; empty buckets left out. */
export function countByDueYear(dates: readonly (FuzzyDate | undefined)[]): { bucket: YearBucket; count: number }[] {
  const years = new Map<number, number>();
  let several = 0;
  let undated = 0;
  for (const date of dates) {
    const bucket = dueYear(date);
    if (bucket.kind === 'year') years.set(bucket.year, (years.get(bucket.year) ?? 0) + 1);
    else if (bucket.kind === 'several') several++;
    else undated++;
  }
  return [
    ...[...years].sort(([a], [b]) => a - b).map(([year, count]) => ({ bucket: { kind: 'year', year } as YearBucket, count })),
    ...(several ? [{ bucket: { kind: 'several' } as YearBucket, count: several }] : []),
    ...(undated ? [{ bucket: { kind: 'undated' } as YearBucket, count: undated }] : []),
  ];
}

/** A planned quantity tied to one year of a schedule. */
export interface YearQuantity {
  unit: string;
  year: number;
  value: number;
}

/** Planned quantities summed per unit and year: one series per unit (in first-seen order), years ascending. */
export function totalsByUnitAndYear(quantities: readonly YearQuantity[]): { unit: string; years: { year: number; total: number }[] }[] {
  const units = new Map<string, Map<number, number>>();
  for (const q of quantities) {
    const years = units.get(q.unit) ?? new Map<number, number>();
    years.set(q.year, (years.get(q.year) ?? 0) + q.value);
    units.set(q.unit, years);
  }
  return [...units].map(([unit, years]) => ({
    unit,
    years: [...years].sort(([a], [b]) => a - b).map(([year, total]) => ({ year, total })),
  }));
}
