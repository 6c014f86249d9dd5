import ICAL from 'ical.js';

/** One VEVENT as plain values, read back with ical.js (a maintained RFC 5545 parser). */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  /** All-day dates as YYYY-MM-DD, or null when the property is not a DATE. */
  start: string | null;
  end: string | null;
  rrule: { freq: string; interval: number; until: string | null } | null;
  /** Start dates of the first occurrences (up to 100), expanded by ical.js from DTSTART and RRULE. */
  occurrences: string[];
  categories: string[];
  status: string | null;
}

export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const date = (value: unknown) => {
    const time = value as { isDate?: boolean; toString(): string } | null;
    return time?.isDate ? time.toString() : null;
  };
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((e) => {
    const recur = e.getFirstPropertyValue('rrule') as { freq: string; interval?: number; until?: { toString(): string } | null } | null;
    const iterator = new ICAL.Event(e).iterator();
    const occurrences: string[] = [];
    for (let next = iterator.next(); next && occurrences.length < 100; next = iterator.next()) occurrences.push(next.toString());
    return {
      uid: String(e.getFirstPropertyValue('uid')),
      summary: String(e.getFirstPropertyValue('summary') ?? ''),
      description: String(e.getFirstPropertyValue('description') ?? ''),
      url: String(e.getFirstPropertyValue('url') ?? ''),
      start: date(e.getFirstPropertyValue('dtstart')),
      end: date(e.getFirstPropertyValue('dtend')),
      rrule: recur ? { freq: recur.freq, interval: recur.interval ?? 1, until: recur.until ? recur.until.toString() : null } : null,
      occurrences,
      categories: (e.getFirstProperty('categories')?.getValues() ?? []).map(String),
      status: (e.getFirstPropertyValue('status') as string | null) ?? null,
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''), events };
}

/** Physical lines longer than RFC 5545's 75 octets, or not ended by CRLF. */
export function lineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  text.split('\r\n').forEach((line, i) => {
    if (line.includes('\n')) problems.push(`line ${i + 1} has a bare LF`);
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${i + 1}: ${octets} octets`);
  });
  return problems;
}
