import { yearsOf, type Placement } from './timeline-placement.ts';

/**
 * Items grouped by the years they cover: a task within one year under that year, a task that
 * runs over several years (a period, a yearly or ongoing task, an undated one) under "from–to",
 * so nothing is pinned to a year it merely starts in.
 */
export interface YearGroup<T> {
  from: number;
  to: number;
  items: T[];
}

/** Groups in time order (earlier start first; at the same start, the shorter span first); items keep their order. */
export function groupByYears<T>(items: T[], placementOf: (item: T) => Placement): YearGroup<T>[] {
  const groups = new Map<string, YearGroup<T>>();
  for (const item of items) {
    const { from, to } = yearsOf(placementOf(item));
    const key = `${from}-${to}`;
    let group = groups.get(key);
    if (!group) {
      group = { from, to, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}
