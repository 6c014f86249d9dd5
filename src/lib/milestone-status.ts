import { toInterval, type FuzzyDate } from './fuzzy-date.ts';

/** What a reader sees. "planned" and "no-report" are derived, never recorded. */
export const displayStatuses = ['planned', 'no-report', 'in-progress', 'completed', 'postponed', 'cancelled'] as const;
export type DisplayStatus = (typeof displayStatuses)[number];

export interface StatusInput {
  /** Reported changes, oldest first. */
  history: { date: string; status: Exclude<DisplayStatus, 'planned' | 'no-report'> }[];
  /** The task's own date, when the source gives one. */
  when?: FuzzyDate;
  /** Last year of the agreement's period: the deadline of tasks without a date of their own. */
  periodEnd: number;
}

/** The last day by which the task was due, as an ISO date; null when open-ended. */
export function dueBy({ when, periodEnd }: Pick<StatusInput, 'when' | 'periodEnd'>): string | null {
  if (!when) return `${periodEnd}-12-31`;
  const { end } = toInterval(when);
  if (end) return end;
  // Open-ended or recurring without a stated period: bounded by the agreement.
  return `${periodEnd}-12-31`;
}

/**
 * Status on a given day: the latest report if there is one; otherwise "planned" until the
 * due date and "no-report" after it. Never "completed" without a report that says so.
 */
export function statusOn(input: StatusInput, today: string): DisplayStatus {
  const reported = input.history.filter((h) => h.date <= today).at(-1);
  if (reported) return reported.status;
  const due = dueBy(input);
  return due !== null && due < today ? 'no-report' : 'planned';
}

/** The `count` dated items whose due day is nearest to `today`, on either side, kept in their original order. */
export function nearestTo<T>(items: T[], dueOf: (item: T) => string | null, today: string, count: number): T[] {
  const distance = (item: T) => {
    const due = dueOf(item);
    return due === null ? Infinity : Math.abs(Date.parse(due) - Date.parse(today));
  };
  const chosen = new Set([...items].sort((a, b) => distance(a) - distance(b)).slice(0, count));
  return items.filter((item) => chosen.has(item));
}
