/**
 * Where a task sits on a timeline, honest to the precision of its date: a quarter covers its
 * three months, a yearly task covers each year of its period without pretending to a day,
 * an ongoing task covers its whole period and says so, an undated task covers the agreement's
 * period and is marked as such. Pure: calendar dates in, dates and axis fractions out.
 */
import { precisions, toInterval, type FuzzyDate, type Period, type Point } from './fuzzy-date.ts';

/** How a task's date is drawn. `undated`: the plan gives no date of its own. */
export type PlacementKind = 'point' | 'deadline' | 'alternatives' | 'list' | 'span' | 'from' | 'recurring' | 'ongoing' | 'undated';
/** `period`: only the agreement's period is known. */
export const placementPrecisions = [...precisions, 'period'] as const;
export type PlacementPrecision = (typeof placementPrecisions)[number];

/** A stretch of days the task may occupy (inclusive ISO dates); `day` marks a single known day. */
export interface Segment {
  start: string;
  end: string;
  day: boolean;
}

export interface Placement {
  kind: PlacementKind;
  precision: PlacementPrecision;
  segments: Segment[];
  /** First and last day of all segments. */
  start: string;
  end: string;
  recurring: boolean;
  ongoing: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const yearSegment = (y: number): Segment => ({ start: iso(y, 1, 1), end: iso(y, 12, 31), day: false });
const pointSegment = (p: Point): Segment => ({ start: p.start, end: p.end, day: p.precision === 'day' });
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The years a yearly, periodic or ongoing task covers: its own period, else "since" up to the agreement's end, else the agreement's. */
function spanYears(date: { period?: Period; since?: number }, agreement: Period): Period {
  if (date.period) return date.period;
  if (date.since !== undefined) return { from: date.since, to: Math.max(date.since, agreement.to) };
  return agreement;
}

function build(kind: PlacementKind, precision: PlacementPrecision, segments: Segment[], flags: Partial<Pick<Placement, 'recurring' | 'ongoing'>> = {}): Placement {
  const start = segments.reduce((min, s) => (s.start < min ? s.start : min), segments[0]!.start);
  const end = segments.reduce((max, s) => (s.end > max ? s.end : max), segments[0]!.end);
  return { kind, precision, segments, start, end, recurring: flags.recurring ?? false, ongoing: flags.ongoing ?? false };
}

/** Placement of a task dated `when` (undefined: no date of its own) in an agreement running over `agreement`. */
export function placeTask(when: FuzzyDate | undefined, agreement: Period): Placement {
  if (!when) return build('undated', 'period', [{ start: iso(agreement.from, 1, 1), end: iso(agreement.to, 12, 31), day: false }]);
  switch (when.kind) {
    case 'point':
      return build('point', when.point.precision, [pointSegment(when.point)]);
    case 'deadline':
      // "Before 15/11/2022": the only day the source gives is the deadline itself.
      return build('deadline', 'day', [pointSegment(when.point)]);
    case 'alternatives':
      return build('alternatives', toInterval(when).precision, when.points.map(pointSegment));
    case 'list':
      return build('list', toInterval(when).precision, when.points.map(pointSegment));
    case 'range':
      return build('span', toInterval(when).precision, [{ start: when.from.start, end: when.to.end, day: false }]);
    case 'from': {
      const end = when.until?.end ?? iso(Math.max(when.from.year, agreement.to), 12, 31);
      return build('from', when.from.precision, [{ start: when.from.start, end, day: false }], { ongoing: true });
    }
    case 'yearly': {
      const span = spanYears(when, agreement);
      const segments = when.deadlines?.length
        ? years(span.from, span.to).flatMap((y) => when.deadlines!.map((d) => ({ start: iso(y, d.month, d.day), end: iso(y, d.month, d.day), day: true })))
        : years(span.from, span.to).map(yearSegment);
      return build('recurring', when.deadlines?.length ? 'day' : 'year', segments, { recurring: true });
    }
    case 'periodic': {
      // A mark in each year, quarter or month the rhythm falls in, counted from the period's start.
      // "6 tháng một lần" names no month: its mark covers the whole six months.
      const span = spanYears(when, agreement);
      const step = { year: 12, quarter: 3, month: 1 }[when.unit] * when.every;
      const months = when.unit === 'month' ? step : { year: 12, quarter: 3 }[when.unit];
      const segments: Segment[] = [];
      const total = (span.to - span.from + 1) * 12;
      for (let m = 0; m < total; m += step) {
        const last = Math.min(m + months, total) - 1; // months counted from January of the first year
        const [y1, m1] = [span.from + Math.floor(m / 12), (m % 12) + 1];
        const [y2, m2] = [span.from + Math.floor(last / 12), (last % 12) + 1];
        segments.push({ start: iso(y1, m1, 1), end: iso(y2, m2, daysIn(y2, m2)), day: false });
      }
      return build('recurring', when.unit, segments, { recurring: true });
    }
    case 'ongoing': {
      const span = spanYears(when, agreement);
      return build('ongoing', 'year', [{ start: iso(span.from, 1, 1), end: iso(span.to, 12, 31), day: false }], { ongoing: true });
    }
  }
}

/** First and last calendar year a placement touches. */
export function yearsOf(placement: Placement): Period {
  return { from: Number(placement.start.slice(0, 4)), to: Number(placement.end.slice(0, 4)) };
}

/** True when the placement has a segment on some day of `year`. */
export function touchesYear(placement: Placement, year: number): boolean {
  return placement.segments.some((s) => Number(s.start.slice(0, 4)) <= year && Number(s.end.slice(0, 4)) >= year);
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** An axis of whole calendar years, `from` 1 January to `to` 31 December. */
export type Axis = Period;

/**
 * Where a stretch of days sits on an axis, as fractions of its length: `start` at the
 * beginning of the first day, `end` at the end of the last. Clipped to the axis; null outside it.
 */
export function onAxis(segment: { start: string; end: string }, axis: Axis): { start: number; end: number } | null {
  const axisStart = dayNumber(iso(axis.from, 1, 1));
  const length = dayNumber(iso(axis.to + 1, 1, 1)) - axisStart;
  const start = (dayNumber(segment.start) - axisStart) / length;
  const end = (dayNumber(segment.end) + 1 - axisStart) / length;
  if (end <= 0 || start >= 1) return null;
  return { start: Math.max(0, start), end: Math.min(1, end) };
}

/** A day's position on an axis (its beginning), or null when the day is outside it. */
export function dayOnAxis(date: string, axis: Axis): number | null {
  return onAxis({ start: date, end: date }, axis)?.start ?? null;
}
