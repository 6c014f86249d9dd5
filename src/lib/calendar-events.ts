/**
 * Calendar (RFC 5545) events for tasks and commemorations, exported honestly for their
 * precision: every event is all-day; a quarter spans its three months (DTEND is the day after
 * the last, as RFC 5545 wants), a yearly task repeats with RRULE:FREQ=YEARLY;UNTIL, a periodic one
 * with its INTERVAL ("hai năm một lần": FREQ=YEARLY;INTERVAL=2; "hằng quý": FREQ=MONTHLY;INTERVAL=3), a deadline
 * sits on its day. Text is built by the caller in the reader's language; this module only
 * shapes dates. Built with the `ics` library; its lines are then re-folded at 75 octets.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { FuzzyDate, Period } from './fuzzy-date.ts';
import { placeTask, type Segment } from './timeline-placement.ts';

export interface CalendarText {
  /** Unique per calendar and language, e.g. "vi.agreement.task@host"; ".2022" or ".05-15" is added when a task has several events. */
  uid: string;
  title: string;
  description: string;
  url: string;
  categories?: string[];
  cancelled?: boolean;
}

type DayEvent = EventAttributes & { end: DateArray };

const dateArray = (iso: string): DateArray => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];

/** The day after an ISO date (all-day DTEND is exclusive). */
export function nextDay(iso: string): string {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + 1));
  return d.toISOString().slice(0, 10);
}

const compact = (iso: string) => iso.replaceAll('-', '');
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`);

function allDay(text: CalendarText, segment: Pick<Segment, 'start' | 'end'>, suffix = '', rrule?: string): DayEvent {
  return {
    uid: suffix ? text.uid.replace('@', `.${suffix}@`) : text.uid,
    title: text.title,
    description: text.description,
    url: text.url,
    start: dateArray(segment.start),
    end: dateArray(nextDay(segment.end)),
    ...(rrule ? { recurrenceRule: rrule } : {}),
    // `ics` joins categories with commas without escaping them (RFC 5545 §3.3.11), so escape here.
    ...(text.categories?.length ? { categories: text.categories.map(escapeText) } : {}),
    ...(text.cancelled ? { status: 'CANCELLED' as const } : {}),
  };
}

/** Events of one task dated `when` (undefined: no date of its own, so the agreement's period). */
export function taskEvents(text: CalendarText, when: FuzzyDate | undefined, agreement: Period): DayEvent[] {
  const placement = placeTask(when, agreement);
  const { segments } = placement;
  if (when?.kind === 'periodic') {
    // "Định kỳ hai năm một lần": FREQ=YEARLY;INTERVAL=2; "Hằng quý": FREQ=MONTHLY;INTERVAL=3;
    // "Hằng tháng": FREQ=MONTHLY. The first occurrence spans its whole year, quarter or month.
    const first = segments[0]!;
    const last = segments.at(-1)!;
    const [freq, interval] = when.unit === 'year' ? ['YEARLY', when.every] : ['MONTHLY', when.every * (when.unit === 'quarter' ? 3 : 1)];
    const rrule = `FREQ=${freq}${interval > 1 ? `;INTERVAL=${interval}` : ''};UNTIL=${compact(last.start)}`;
    return [allDay(text, first, '', rrule)];
  }
  switch (placement.kind) {
    case 'list':
      // "Năm 2022 và 2024": one event per year named, nothing in between.
      return segments.map((s) => allDay(text, s, s.start.slice(0, 4)));
    case 'recurring': {
      // One repeating event per day of the year the plan names (or per whole year when it names none).
      const byDay = new Map<string, Segment[]>();
      for (const s of segments) {
        const key = s.day ? s.start.slice(5) : 'year';
        byDay.set(key, [...(byDay.get(key) ?? []), s]);
      }
      return [...byDay].map(([key, list]) => {
        const first = list[0]!;
        const last = list.at(-1)!;
        const rrule = `FREQ=YEARLY;UNTIL=${compact(last.end)}`;
        return allDay(text, first, byDay.size > 1 ? key : '', rrule);
      });
    }
    default:
      // Points, periods, alternatives ("Quý II hoặc III"), ongoing and undated tasks: the whole stretch they may occupy.
      return [allDay(text, placement)];
  }
}

/** A yearly commemoration on a fixed day, repeating from the year of the event it remembers. */
export function anniversaryEvent(text: CalendarText, date: { month: number; day: number }, since: number): DayEvent {
  const day = `${since}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return allDay(text, { start: day, end: day }, '', 'FREQ=YEARLY');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1) between grapheme clusters, never inside one. */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const { segment } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(line)) {
    const bytes = encoder.encode(segment).length;
    if (size + bytes > limit && current) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the continuation line's leading space counts
    }
    current += segment;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `ics` folds at 75 characters; Lao and Vietnamese characters take 2–3 octets each, so fold again by octets. */
export function refold(calendar: string): string {
  return calendar.replace(/\r\n[ \t]/g, '').split('\r\n').map(foldLine).join('\r\n');
}

export interface CalendarMeta {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  productId: string;
  /** DTSTAMP of every event: the build date, so a rebuild of the same content gives the same file. */
  stamp: string;
}

/** A complete VCALENDAR. Throws when `ics` rejects an event, so a broken feed never ships. */
export function calendarFile(events: EventAttributes[], meta: CalendarMeta): string {
  const timestamp = Date.UTC(Number(meta.stamp.slice(0, 4)), Number(meta.stamp.slice(5, 7)) - 1, Number(meta.stamp.slice(8, 10)));
  const { error, value } = createEvents(
    events.map((e) => ({ ...e, timestamp })),
    { productId: meta.productId, calName: meta.name, method: 'PUBLISH' },
  );
  if (error || !value) throw new Error(`Calendar "${meta.name}": ${error?.message ?? 'no output'}`);
  return refold(value);
}
