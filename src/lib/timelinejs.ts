/**
 * Knight Lab's TimelineJS 3 JSON format (https://timeline.knightlab.com/docs/json-format.html),
 * so that a newsroom can load any of the site's timelines into the tool it already uses.
 * A date is given only to the precision the source has: a month without a day, a year alone;
 * `display_date` shows the date as the source writes it ("Quý IV/2023", "Hằng năm").
 */
import type { Precision } from './fuzzy-date.ts';

export interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJSEvent {
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  display_date?: string;
  text: { headline: string; text?: string };
  group?: string;
  unique_id: string;
}

export interface TimelineJSDocument {
  title: { text: { headline: string; text?: string } };
  events: TimelineJSEvent[];
  eras?: { start_date: TimelineJSDate; end_date: TimelineJSDate; text: { headline: string } }[];
}

/** What one event needs: a stretch of days (inclusive ISO dates) and how precisely it is known. */
export interface ExchangeEvent {
  id: string;
  start: string;
  end: string;
  /** `period`: only the agreement's period is known. Precision below a year keeps months, below a month days. */
  precision: Precision | 'period';
  /** The date as written, in the reader's language. */
  when: string;
  headline: string;
  /** Plain-text paragraphs; a link is added after them. */
  paragraphs: string[];
  url?: string;
  linkText?: string;
  group?: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A calendar date cut to a precision: "2023-10-01" at quarter precision → { year: 2023, month: 10 }. */
export function dateAt(iso: string, precision: ExchangeEvent['precision']): TimelineJSDate {
  const year = Number(iso.slice(0, 4));
  if (precision === 'year' || precision === 'period') return { year };
  const month = Number(iso.slice(5, 7));
  if (precision !== 'day') return { year, month };
  return { year, month, day: Number(iso.slice(8, 10)) };
}

/** TimelineJS ids become HTML ids and URL fragments: letters, digits, "-" and "_" only. */
export const slideId = (id: string) => id.replace(/[^A-Za-z0-9_-]+/g, '-');

export function toTimelineJS(input: {
  title: string;
  intro: string;
  events: ExchangeEvent[];
  eras?: { from: number; to: number; headline: string }[];
}): TimelineJSDocument {
  const events = input.events.map((e): TimelineJSEvent => {
    const start = dateAt(e.start, e.precision);
    const end = dateAt(e.end, e.precision);
    const same = start.year === end.year && start.month === end.month && start.day === end.day;
    const link = e.url ? `<p><a href="${escapeHtml(e.url)}">${escapeHtml(e.linkText ?? e.url)}</a></p>` : '';
    return {
      start_date: start,
      ...(same ? {} : { end_date: end }),
      display_date: e.when,
      text: { headline: e.headline, text: e.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') + link },
      ...(e.group ? { group: e.group } : {}),
      unique_id: slideId(e.id),
    };
  });
  const ids = new Set(events.map((e) => e.unique_id));
  if (ids.size !== events.length) throw new Error('toTimelineJS: two events have the same unique_id');
  return {
    title: { text: { headline: input.title, text: `<p>${escapeHtml(input.intro)}</p>` } },
    events,
    ...(input.eras?.length
      // Whole years, from 1 January to 31 December: TimelineJS rejects an era whose start and end are equal ("2022").
      ? { eras: input.eras.map((era) => ({ start_date: { year: era.from, month: 1, day: 1 }, end_date: { year: era.to, month: 12, day: 31 }, text: { headline: era.headline } })) }
      : {}),
  };
}
