import { describe, expect, it } from 'vitest';
import { countByDueYear, dueYear, totalsByUnitAndYear } from '../../src/lib/chart-data.ts';
import { parseFuzzyDate, type FuzzyDate } from '../../src/lib/fuzzy-date.ts';

const date = (text: string, period?: { from: number; to: number }): FuzzyDate => {
  const parsed = parseFuzzyDate(text, period ? { period } : undefined);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe('dueYear', () => {
  it.each([
    ['21/6/2024', 2024],
    ['tháng 7/2024', 2024],
    ['Quý IV/2023', 2023],
    ['6 tháng đầu năm 2023', 2023],
    ['Năm 2025', 2025],
    ['trước ngày 15/11/2022', 2022],
    ['Quý II hoặc III năm 2022', 2022],
  ])('counts "%s" in %i', (text, year) => {
    expect(dueYear(date(text))).toEqual({ kind: 'year', year });
  });

  it.each(['2021-2025', 'Từ năm 2023', 'Năm 2022 và năm 2024', 'Hằng năm', 'Thường xuyên', 'trước ngày 31/10 hằng năm'])(
    'counts "%s", which spans or repeats over years, once as several years',
    (text) => {
      expect(dueYear(date(text, { from: 2021, to: 2025 }))).toEqual({ kind: 'several' });
    },
  );

  it('counts a task whose plan gives no date as undated', () => {
    expect(dueYear(undefined)).toEqual({ kind: 'undated' });
  });
});

describe('countByDueYear', () => {
  it('counts every task exactly once: years ascending, then several years, then undated', () => {
    const dates = [date('Quý IV/2023'), undefined, date('2022'), date('Hằng năm'), date('5/2022'), undefined, date('Quý I/2026')];
    const counts = countByDueYear(dates);
    expect(counts).toEqual([
      { bucket: { kind: 'year', year: 2022 }, count: 2 },
      { bucket: { kind: 'year', year: 2023 }, count: 1 },
      { bucket: { kind: 'year', year: 2026 }, count: 1 },
      { bucket: { kind: 'several' }, count: 1 },
      { bucket: { kind: 'undated' }, count: 2 },
    ]);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(dates.length);
  });

  it('leaves out empty buckets', () => {
    expect(countByDueYear([date('2024')])).toEqual([{ bucket: { kind: 'year', year: 2024 }, count: 1 }]);
    expect(countByDueYear([])).toEqual([]);
  });
});

describe('totalsByUnitAndYear', () => {
  it('sums quantities per unit and year, years ascending, units in first-seen order', () => {
    const totals = totalsByUnitAndYear([
      { unit: 'trainee', year: 2024, value: 6 },
      { unit: 'delegation', year: 2022, value: 1 },
      { unit: 'trainee', year: 2023, value: 3 },
      { unit: 'trainee', year: 2023, value: 15 },
    ]);
    expect(totals).toEqual([
      { unit: 'trainee', years: [{ year: 2023, total: 18 }, { year: 2024, total: 6 }] },
      { unit: 'delegation', years: [{ year: 2022, total: 1 }] },
    ]);
  });
});
