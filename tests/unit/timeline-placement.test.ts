import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type FuzzyDate, type Period } from '../../src/lib/fuzzy-date.ts';
import { groupByYears } from '../../src/lib/timeline-groups.ts';
import { dayOnAxis, onAxis, placeTask, touchesYear, yearsOf } from '../../src/lib/timeline-placement.ts';

// Expected dates and fractions are worked out by hand from the calendar (day counts below).

const PLAN: Period = { from: 2021, to: 2025 };
const when = (text: string, period: Period = PLAN): FuzzyDate => {
  const parsed = parseFuzzyDate(text, { period });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const place = (text: string, period: Period = PLAN) => placeTask(when(text, period), period);
const span = (start: string, end: string, day = false) => ({ start, end, day });

describe('placeTask: where a task sits, honest to its precision', () => {
  it('spreads a quarter over its three months', () => {
    const p = place('Quý IV/2023');
    expect(p).toMatchObject({ kind: 'point', precision: 'quarter', recurring: false, ongoing: false });
    expect(p.segments).toEqual([span('2023-10-01', '2023-12-31')]);
    // 1 October is day 273 of 365 (31+28+31+30+31+30+31+31+30 days before it).
    expect(onAxis(p.segments[0]!, { from: 2023, to: 2023 })).toEqual({ start: 273 / 365, end: 1 });
  });

  it('puts a known day on that day, in a leap year too', () => {
    const p = place('21/6/2024');
    expect(p).toMatchObject({ kind: 'point', precision: 'day', segments: [span('2024-06-21', '2024-06-21', true)] });
    // 2024 has 366 days; 21 June is preceded by 31+29+31+30+31+20 = 172 days.
    expect(onAxis(p.segments[0]!, { from: 2024, to: 2024 })).toEqual({ start: 172 / 366, end: 173 / 366 });
  });

  it('shows a one-off deadline on its day, not over the plan before it', () => {
    const p = place('trước ngày 15/11/2022', { from: 2022, to: 2022 });
    expect(p).toMatchObject({ kind: 'deadline', precision: 'day', start: '2022-11-15', end: '2022-11-15' });
    expect(p.segments).toEqual([span('2022-11-15', '2022-11-15', true)]);
  });

  it('repeats a yearly task in every year of its period without pretending to a day', () => {
    const p = place('Hằng năm');
    expect(p).toMatchObject({ kind: 'recurring', precision: 'year', recurring: true, ongoing: false, start: '2021-01-01', end: '2025-12-31' });
    expect(p.segments).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => span(`${y}-01-01`, `${y}-12-31`)));
  });

  it('marks the stated day of a yearly deadline in each year', () => {
    expect(place('trước ngày 31/10 hằng năm').segments).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => span(`${y}-10-31`, `${y}-10-31`, true)));
    const twice = place('trước ngày 15/5 và 15/11 hằng năm');
    expect(twice.precision).toBe('day');
    expect(twice.segments).toHaveLength(10);
    expect(twice.segments.slice(0, 2)).toEqual([span('2021-05-15', '2021-05-15', true), span('2021-11-15', '2021-11-15', true)]);
  });

  it('lets a period written with the yearly task win over the agreement', () => {
    const p = place('Hằng năm (giai đoạn 2026 - 2031)', { from: 2026, to: 2030 });
    expect(yearsOf(p)).toEqual({ from: 2026, to: 2031 });
    expect(p.segments).toHaveLength(6);
  });

  it('shows an ongoing task as one stretch over its period, flagged ongoing', () => {
    const p = place('Thường xuyên');
    expect(p).toMatchObject({ kind: 'ongoing', ongoing: true, recurring: false, segments: [span('2021-01-01', '2025-12-31')] });
  });

  it('runs "from 2022" to the end of the agreement, flagged ongoing', () => {
    expect(place('Từ năm 2022')).toMatchObject({ kind: 'from', ongoing: true, precision: 'year', segments: [span('2022-01-01', '2025-12-31')] });
  });

  it('keeps both quarters of "Quý II hoặc III", and nothing outside them', () => {
    const p = place('Quý II hoặc III năm 2022');
    expect(p).toMatchObject({ kind: 'alternatives', precision: 'quarter', start: '2022-04-01', end: '2022-09-30' });
    expect(p.segments).toEqual([span('2022-04-01', '2022-06-30'), span('2022-07-01', '2022-09-30')]);
  });

  it('keeps the years of a list apart: "2022 và 2024" says nothing about 2023', () => {
    const p = place('Năm 2022 và năm 2024');
    expect(p.kind).toBe('list');
    expect(yearsOf(p)).toEqual({ from: 2022, to: 2024 });
    expect(touchesYear(p, 2022)).toBe(true);
    expect(touchesYear(p, 2023)).toBe(false);
    expect(touchesYear(p, 2024)).toBe(true);
  });

  it('gives an undated task the agreement period, with precision "period"', () => {
    expect(placeTask(undefined, { from: 2026, to: 2030 })).toMatchObject({
      kind: 'undated',
      precision: 'period',
      segments: [span('2026-01-01', '2030-12-31')],
    });
  });
});

describe('axis fractions', () => {
  it('clips a stretch to the axis and ignores one outside it', () => {
    const whole = span('2021-01-01', '2025-12-31');
    expect(onAxis(whole, { from: 2024, to: 2024 })).toEqual({ start: 0, end: 1 });
    expect(onAxis(span('2022-01-01', '2022-12-31'), { from: 2024, to: 2024 })).toBeNull();
    // Two years on a four-year axis 2021–2024 (1461 days): 2022 starts after 365 days, 2023 ends after 1095.
    expect(onAxis(span('2022-01-01', '2023-12-31'), { from: 2021, to: 2024 })).toEqual({ start: 365 / 1461, end: 1095 / 1461 });
  });

  it('places "today" on a multi-year axis, and nowhere outside it', () => {
    // 24 Nov 2026 comes after 304 + 23 = 327 days of 2026; 2026–2030 has 5 × 365 + 1 (2028) = 1826 days.
    expect(dayOnAxis('2026-11-24', { from: 2026, to: 2030 })).toBe(327 / 1826);
    expect(dayOnAxis('2026-11-24', { from: 2021, to: 2025 })).toBeNull();
    expect(dayOnAxis('2026-01-01', { from: 2026, to: 2026 })).toBe(0);
  });
});

describe('groupByYears', () => {
  it('puts one-year tasks under their year and multi-year ones under their span, in time order', () => {
    const items = [
      { id: 'ongoing', p: place('Thường xuyên') },
      { id: 'q4', p: place('Quý IV/2023') },
      { id: 'list', p: place('Năm 2022 và năm 2024') },
      { id: 'y2022', p: place('Năm 2022') },
      { id: 'day', p: place('21/6/2024') },
      { id: 'q1', p: place('Quý I/2023') },
    ];
    const groups = groupByYears(items, (i) => i.p).map((g) => [g.from, g.to, g.items.map((i) => i.id)]);
    expect(groups).toEqual([
      [2021, 2025, ['ongoing']],
      [2022, 2022, ['y2022']],
      [2022, 2024, ['list']],
      [2023, 2023, ['q4', 'q1']],
      [2024, 2024, ['day']],
    ]);
  });
});

describe('placeTask: periodic schedules', () => {
  const GIA_LAI: Period = { from: 2026, to: 2030 };

  it('marks each year a biennial task falls in, counted from the start of the period', () => {
    const p = place('Định kỳ hai năm một lần', GIA_LAI);
    expect(p).toMatchObject({ kind: 'recurring', precision: 'year', recurring: true, ongoing: false, start: '2026-01-01', end: '2030-12-31' });
    expect(p.segments).toEqual([span('2026-01-01', '2026-12-31'), span('2028-01-01', '2028-12-31'), span('2030-01-01', '2030-12-31')]);
    expect(touchesYear(p, 2027)).toBe(false);
    expect(touchesYear(p, 2028)).toBe(true);
  });

  it('marks every quarter of a quarterly task, each its three months', () => {
    const p = place('Định kỳ hằng quý', GIA_LAI);
    expect(p).toMatchObject({ kind: 'recurring', precision: 'quarter' });
    expect(p.segments).toHaveLength(20);
    expect(p.segments.slice(0, 2)).toEqual([span('2026-01-01', '2026-03-31'), span('2026-04-01', '2026-06-30')]);
    expect(p.segments.at(-1)).toEqual(span('2030-10-01', '2030-12-31'));
  });

  it('marks each month of a monthly task, February with its leap day', () => {
    const p = place('Hằng tháng', { from: 2024, to: 2024 });
    expect(p.segments).toHaveLength(12);
    expect(p.segments[1]).toEqual(span('2024-02-01', '2024-02-29'));
  });

  it('a six-monthly task marks two half-years a year', () => {
    expect(place('6 tháng một lần', { from: 2023, to: 2023 }).segments).toEqual([span('2023-01-01', '2023-06-30'), span('2023-07-01', '2023-12-31')]);
  });
});

describe('placeTask: a rhythm of months that does not divide the year', () => {
  it('lets a five-month stretch run into the next year, and stops at the end of the period', () => {
    expect(place('5 tháng một lần', { from: 2023, to: 2024 }).segments).toEqual([
      span('2023-01-01', '2023-05-31'), span('2023-06-01', '2023-10-31'), span('2023-11-01', '2024-03-31'),
      span('2024-04-01', '2024-08-31'), span('2024-09-01', '2024-12-31'),
    ]);
  });
});
