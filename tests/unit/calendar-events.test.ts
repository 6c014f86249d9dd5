import { describe, expect, it } from 'vitest';
import { anniversaryEvent, calendarFile, nextDay, taskEvents, type CalendarText } from '../../src/lib/calendar-events.ts';
import { parseFuzzyDate, type Period } from '../../src/lib/fuzzy-date.ts';
import { lineProblems, parseCalendar } from '../support/ical.ts';

// Every file is parsed back with ical.js; expected dates follow the rules of the brief, worked out by hand.

const PLAN: Period = { from: 2021, to: 2025 };
const text = (uid: string, extra: Partial<CalendarText> = {}): CalendarText => ({
  uid: `${uid}@example.org`,
  title: `Nhiệm vụ ${uid}`,
  description: `Thời gian theo kế hoạch: ${uid}`,
  url: `https://example.org/${uid}/`,
  ...extra,
});
const events = (when: string | undefined, period: Period = PLAN, extra: Partial<CalendarText> = {}) => {
  const parsed = when === undefined ? undefined : parseFuzzyDate(when, { period });
  if (parsed && !parsed.ok) throw new Error(parsed.error);
  const file = calendarFile(taskEvents(text('t', extra), parsed?.value, period), { name: 'Lịch thử', productId: '-//test//VI', stamp: '2026-11-24' });
  return { file, ...parseCalendar(file) };
};

describe('nextDay', () => {
  it('crosses months, years and 29 February', () => {
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2023-02-28')).toBe('2023-03-01');
  });
});

describe('taskEvents, read back from the calendar file', () => {
  it('exports a quarter as an all-day span: first day, and the day after the last', () => {
    const { events: [e] } = events('Quý IV/2023');
    expect(e).toMatchObject({ start: '2023-10-01', end: '2024-01-01', rrule: null, summary: 'Nhiệm vụ t', description: 'Thời gian theo kế hoạch: t' });
  });

  it('exports a deadline as an all-day event on that day', () => {
    const { events: list } = events('trước ngày 15/11/2022', { from: 2022, to: 2022 });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ start: '2022-11-15', end: '2022-11-16', rrule: null });
  });

  it('exports "Hằng năm" as a yearly rule ending with the period', () => {
    const { events: list } = events('Hằng năm');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ start: '2021-01-01', end: '2022-01-01', rrule: { freq: 'YEARLY', until: '2025-12-31' } });
  });

  it('exports each yearly deadline day as its own yearly rule', () => {
    const { events: list } = events('trước ngày 15/5 và 15/11 hằng năm');
    expect(list.map((e) => [e.start, e.end, e.rrule?.until])).toEqual([
      ['2021-05-15', '2021-05-16', '2025-05-15'],
      ['2021-11-15', '2021-11-16', '2025-11-15'],
    ]);
    expect(new Set(list.map((e) => e.uid)).size).toBe(2);
  });

  it('exports the years of a list separately, nothing in between', () => {
    const { events: list } = events('Năm 2022 và năm 2024');
    expect(list.map((e) => [e.start, e.end])).toEqual([['2022-01-01', '2023-01-01'], ['2024-01-01', '2025-01-01']]);
  });

  it('exports ongoing and undated tasks over their whole period', () => {
    expect(events('Thường xuyên').events[0]).toMatchObject({ start: '2021-01-01', end: '2026-01-01', rrule: null });
    expect(events(undefined, { from: 2026, to: 2030 }).events[0]).toMatchObject({ start: '2026-01-01', end: '2031-01-01' });
  });

  it('escapes a comma inside a category, so "a, b" stays one category', () => {
    const { events: [e] } = events('Năm 2022', PLAN, { categories: ['Điều phối, sơ kết và tổng kết', 'Giáo dục'], cancelled: true });
    expect(e!.categories).toEqual(['Điều phối, sơ kết và tổng kết', 'Giáo dục']);
    expect(e!.status).toBe('CANCELLED');
  });

  it('folds lines at 75 octets even in Lao, and the text unfolds intact', () => {
    const title = 'ສ້າງສວນເພາະກ້າພັນໄມ້ໃຫ້ໝາກ ແລະ ແບບຢ່າງການປູກໄມ້ໃຫ້ໝາກແບບເຂັ້ມຂຸ້ນ ຢູ່ແຂວງຊຽງຂວາງ';
    const { file, events: [e] } = events('Năm 2022', PLAN, { title });
    expect(lineProblems(file)).toEqual([]);
    expect(e!.summary).toBe(title);
  });
});

describe('anniversaryEvent', () => {
  it('repeats every year from the year it remembers, with no end', () => {
    const file = calendarFile([anniversaryEvent(text('a'), { month: 9, day: 5 }, 1962)], { name: 'x', productId: '-//t//VI', stamp: '2026-11-24' });
    expect(parseCalendar(file).events[0]).toMatchObject({ start: '1962-09-05', end: '1962-09-06', rrule: { freq: 'YEARLY', until: null } });
  });
});

describe('taskEvents for periodic schedules', () => {
  const GIA_LAI: Period = { from: 2026, to: 2030 };

  it('exports "Định kỳ hai năm một lần" as a yearly rule with an interval of 2, the first occurrence a whole year', () => {
    const { file, events: list } = events('Định kỳ hai năm một lần', GIA_LAI);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ start: '2026-01-01', end: '2027-01-01', rrule: { freq: 'YEARLY', interval: 2, until: '2030-01-01' } });
    expect(file).toContain('RRULE:FREQ=YEARLY;INTERVAL=2;UNTIL=20300101');
    expect(list[0]!.occurrences).toEqual(['2026-01-01', '2028-01-01', '2030-01-01']);
  });

  it('exports "Hằng quý" as a monthly rule every 3 months, the first occurrence the first quarter', () => {
    const { file, events: [e] } = events('Định kỳ hằng quý', GIA_LAI);
    expect(e).toMatchObject({ start: '2026-01-01', end: '2026-04-01', rrule: { freq: 'MONTHLY', interval: 3, until: '2030-10-01' } });
    expect(file).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20301001');
    expect(e!.occurrences).toHaveLength(20);
    expect(e!.occurrences.slice(0, 5)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01']);
  });

  it('exports "Hằng tháng" as a monthly rule without an interval', () => {
    const { file, events: [e] } = events('Hằng tháng', { from: 2022, to: 2022 });
    expect(e).toMatchObject({ start: '2022-01-01', end: '2022-02-01', rrule: { freq: 'MONTHLY', interval: 1, until: '2022-12-01' } });
    expect(file).toContain('RRULE:FREQ=MONTHLY;UNTIL=20221201');
    expect(e!.occurrences).toHaveLength(12);
  });

  it('ends the rule on the last occurrence inside the period, not after it', () => {
    // 2026, 2029 fall in 2026–2030 every three years; 2032 does not.
    expect(events('3 năm một lần', GIA_LAI).events[0]).toMatchObject({ rrule: { freq: 'YEARLY', interval: 3, until: '2029-01-01' } });
  });
});
