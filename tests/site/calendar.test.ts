import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, toInterval } from '../../src/lib/fuzzy-date.ts';
import { DIST } from '../support/built-site.ts';
import { agreements, commemorations, milestones, periodOf } from '../support/content.ts';
import { lineProblems, parseCalendar, type ParsedEvent } from '../support/ical.ts';

/**
 * The built calendar feeds, read back with ical.js and checked against the content files:
 * every task is there, its dates are those of its written date at that date's precision, and
 * its text says how precise the date is.
 */
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const feeds = {
  vi: parseCalendar(read('vi/calendar/milestones.ics')),
  lo: parseCalendar(read('lo/calendar/milestones.ics')),
};
/** Events of a task: UID "<lang>.<agreement>.<task>@host", with ".<suffix>" when the task has several. */
const eventsOf = (events: ParsedEvent[], lang: string, id: string) =>
  events.filter((e) => new RegExp(`^${lang}\\.${id.replace('/', '\\.')}(\\.[\\d-]+)?@`).test(e.uid));
const byWhen = (when: string) => {
  const m = milestones.find((x) => x.when === when);
  if (!m) throw new Error(`no task dated "${when}" in the content`);
  return m;
};
const vi = (id: string) => eventsOf(feeds.vi.events, 'vi', id);
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('calendar feeds (RFC 5545)', () => {
  it('are well-formed: CRLF lines of at most 75 octets, every event all-day with an end after its start', () => {
    const files = ['vi/calendar/milestones.ics', 'lo/calendar/milestones.ics', 'vi/calendar/commemorations.ics', 'lo/calendar/commemorations.ics', ...agreements.map((a) => `lo/calendar/agreements/${a.id}.ics`)];
    for (const file of files) {
      const text = read(file);
      expect(lineProblems(text), file).toEqual([]);
      const { events } = parseCalendar(text);
      expect(events.length, file).toBeGreaterThan(0);
      for (const e of events) {
        expect(e.start && e.end && e.end > e.start, `${file} ${e.uid}`).toBe(true);
      }
      expect(new Set(events.map((e) => e.uid)).size, file).toBe(events.length);
    }
  });

  it.each(['vi', 'lo'] as const)('hold every task, titled in the language (%s)', (lang) => {
    for (const m of milestones) {
      const events = eventsOf(feeds[lang].events, lang, m.id);
      expect(events.length, m.id).toBeGreaterThan(0);
      for (const e of events) {
        expect(e.summary, m.id).toBe(m.title[lang] ?? m.title.vi);
        expect(e.url, m.id).toMatch(new RegExp(`/${lang}/milestones/${m.id}/$`));
      }
    }
  });

  it('say in each description when the plan puts the task and how precise that is', () => {
    for (const m of milestones) {
      for (const e of vi(m.id)) {
        expect(e.description, m.id).toMatch(/^Thời gian theo kế hoạch: .+ \(độ chính xác: (ngày|tháng|quý|nửa năm|năm|cả giai đoạn của thỏa thuận)\)\n/);
        expect(e.description, m.id).toContain(m.source.section === 'preamble' ? 'phần mở đầu' : `mục ${m.source.section}`);
      }
    }
    expect(vi(byWhen('Quý IV/2023').id)[0]!.description).toContain('Thời gian theo kế hoạch: Quý IV/2023 (độ chính xác: quý)');
    const lo = eventsOf(feeds.lo.events, 'lo', byWhen('Quý IV/2023').id)[0]!;
    expect(lo.description).toContain('ເວລາຕາມແຜນ: ໄຕມາດ IV/2023 (ຄວາມລະອຽດ: ໄຕມາດ)');
  });

  it('export a quarter as the whole quarter, a deadline on its day, a yearly task as a yearly rule', () => {
    expect(vi(byWhen('Quý IV/2023').id).map((e) => [e.start, e.end, e.rrule])).toEqual([['2023-10-01', '2024-01-01', null]]);
    expect(vi(byWhen('Quý I/2026').id).map((e) => [e.start, e.end])).toEqual([['2026-01-01', '2026-04-01']]);
    expect(vi(byWhen('trước ngày 15/11/2022').id).map((e) => [e.start, e.end, e.rrule])).toEqual([['2022-11-15', '2022-11-16', null]]);
    const yearly = milestones.find((m) => m.when === 'Hằng năm' && periodOf(m.agreement).to === 2025)!;
    expect(vi(yearly.id).map((e) => [e.start, e.end, e.rrule])).toEqual([['2021-01-01', '2022-01-01', { freq: 'YEARLY', interval: 1, until: '2025-12-31' }]]);
    expect(vi(byWhen('trước ngày 31/10 hằng năm').id).map((e) => [e.start, e.end, e.rrule?.until])).toEqual([['2021-10-31', '2021-11-01', '2025-10-31']]);
    // Periodic schedules (Gia Lai plan II.1, II.9): every other year, every quarter of 2026–2030.
    expect(vi(byWhen('Định kỳ hai năm một lần').id).map((e) => [e.start, e.end, e.rrule, e.occurrences])).toEqual([
      ['2026-01-01', '2027-01-01', { freq: 'YEARLY', interval: 2, until: '2030-01-01' }, ['2026-01-01', '2028-01-01', '2030-01-01']],
    ]);
    expect(vi(byWhen('Định kỳ hằng quý').id).map((e) => [e.start, e.end, e.rrule, e.occurrences.length])).toEqual([
      ['2026-01-01', '2026-04-01', { freq: 'MONTHLY', interval: 3, until: '2030-10-01' }, 20],
    ]);
  });

  it('keep every event within the dates its task was written with', () => {
    for (const m of milestones) {
      const period = periodOf(m.agreement);
      let start = `${period.from}-01-01`;
      let end = `${period.to}-12-31`;
      if (m.when) {
        const parsed = parseFuzzyDate(m.when, { period });
        if (!parsed.ok) throw new Error(parsed.error);
        const interval = toInterval(parsed.value);
        start = interval.start ?? start;
        end = interval.end ?? end;
      }
      for (const e of vi(m.id)) {
        expect(e.start! >= start, `${m.id} (${m.when}) starts ${e.start}, before ${start}`).toBe(true);
        // The last occurrence of a yearly rule ends by its UNTIL; a single event by its DTEND.
        const last = e.rrule?.until ?? e.end!;
        expect(last <= (e.rrule ? end : nextDay(end)), `${m.id} (${m.when}) ends ${last}, after ${end}`).toBe(true);
      }
    }
  });

  it('per agreement: exactly that agreement’s tasks', () => {
    for (const a of agreements) {
      const { events } = parseCalendar(read(`vi/calendar/agreements/${a.id}.ics`));
      const ids = new Set(events.map((e) => e.uid.split('@')[0]!.split('.').slice(1, 3).join('/')));
      expect([...ids].sort(), a.id).toEqual(milestones.filter((m) => m.agreement === a.id).map((m) => m.id).sort());
    }
  });

  it('commemorations: each fixed day repeats yearly from its year; a feast without a fixed day is left out', () => {
    for (const lang of ['vi', 'lo'] as const) {
      const { events } = parseCalendar(read(`${lang}/calendar/commemorations.ics`));
      const fixed = commemorations.filter((c) => c.date);
      expect(events.length).toBe(fixed.length);
      for (const c of fixed) {
        const e = events.find((x) => x.uid.startsWith(`${lang}.commemoration.${c.id}@`))!;
        const day = `${c.since}-${String(c.date!.month).padStart(2, '0')}-${String(c.date!.day).padStart(2, '0')}`;
        expect([e.start, e.end, e.rrule], c.id).toEqual([day, nextDay(day), { freq: 'YEARLY', interval: 1, until: null }]);
        expect(e.summary, c.id).toBe(c.name[lang]);
      }
      for (const c of commemorations.filter((x) => x.movable)) expect(events.some((e) => e.uid.includes(`.${c.id}@`)), c.id).toBe(false);
    }
  });
});
