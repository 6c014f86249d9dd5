import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type Period } from '../../src/lib/fuzzy-date.ts';
import { axisOf, layoutPlanChart, shapesOf, type ChartTask } from '../../src/lib/plan-chart.ts';
import { placeTask } from '../../src/lib/timeline-placement.ts';

// An axis of five years, 2021–2025, 1826 days (2024 is a leap year) on 1826 px: one pixel a day.
const PLAN: Period = { from: 2021, to: 2025 };
const WIDTH = 1826;
const place = (text: string | undefined, period: Period = PLAN) => {
  if (text === undefined) return placeTask(undefined, period);
  const parsed = parseFuzzyDate(text, { period });
  if (!parsed.ok) throw new Error(parsed.error);
  return placeTask(parsed.value, period);
};
const task = (id: string, when: string | undefined, group = 'a', status = 'planned'): ChartTask => ({ id, group, status, placement: place(when) });

describe('shapesOf: each task drawn at its precision', () => {
  it('spans a quarter over its three months, inset so that neighbours stay apart', () => {
    // Q4 2023 starts on day 365+365+273 = 1003 and ends after day 1094 (92 days).
    expect(shapesOf(place('Quý IV/2023'), PLAN, WIDTH)).toEqual([{ type: 'bar', x: 1004.5, width: 89 }]);
  });

  it('gives a yearly task one mark in each year of the period', () => {
    const shapes = shapesOf(place('Hằng năm'), PLAN, WIDTH);
    expect(shapes.map((s) => s.type)).toEqual(['bar', 'bar', 'bar', 'bar', 'bar']);
    expect(shapes.map((s) => s.x)).toEqual([1.5, 366.5, 731.5, 1096.5, 1462.5]);
  });

  it('draws an ongoing task as a bar to the end of the period, with an arrow', () => {
    // 2023–2025: 365 + 366 + 365 = 1096 days, less the insets.
    const shapes = shapesOf(place('Từ năm 2023'), PLAN, WIDTH);
    expect(shapes).toEqual([{ type: 'bar', x: 731.5, width: 1093 }, { type: 'arrow', x: 1824.5 }]);
  });

  it('marks a deadline, and a yearly deadline each year, as deadlines; a known day as a day', () => {
    expect(shapesOf(place('trước ngày 15/11/2022'), PLAN, WIDTH)).toEqual([{ type: 'deadline', x: 683.5 }]);
    expect(shapesOf(place('trước ngày 31/10 hằng năm'), PLAN, WIDTH).map((s) => s.type)).toEqual(Array(5).fill('deadline'));
    // 21 June 2024: 365+365+365+172 days before it.
    expect(shapesOf(place('21/6/2024'), PLAN, WIDTH)).toEqual([{ type: 'day', x: 1267.5 }]);
  });

  it('leaves out what falls outside the axis', () => {
    expect(shapesOf(place('Năm 2022'), { from: 2023, to: 2025 }, 300)).toEqual([]);
  });
});

describe('layoutPlanChart: rows by group, lanes without collisions', () => {
  it('shares a lane between tasks that follow each other and stacks those that overlap', () => {
    const layout = layoutPlanChart(
      [task('a1', 'Năm 2022'), task('a2', 'Năm 2023'), task('a3', 'Giai đoạn 2021-2025'), task('b1', 'Quý I năm 2022', 'b')],
      ['b', 'a'],
      PLAN,
      '2024-01-01',
      { width: WIDTH },
    );
    expect(layout.rows.map((r) => r.group)).toEqual(['b', 'a']);
    const a = layout.rows[1]!;
    // The period starts first and takes lane 0; 2022 and 2023 follow each other on lane 1.
    expect(Object.fromEntries(a.marks.map((m) => [m.task.id, m.lane]))).toEqual({ a3: 0, a1: 1, a2: 1 });
    expect(a.lanes).toBe(2);
    expect(layout.today).toBe(1095);
  });

  it("takes a mark's own extent as its hit box (a diamond 4 px either side of its day), kept inside the plot", () => {
    const layout = layoutPlanChart([task('d', '21/6/2024'), task('e', 'trước ngày 1/1/2021')], ['a'], PLAN, '2030-01-01', { width: WIDTH });
    const [first, second] = layout.rows[0]!.marks;
    // 1 January 2021 is the axis's first day, drawn at 0.5: its marker's left half is cut at the plot's edge.
    expect(first!.hit).toEqual({ x: 0, width: 4.5 });
    expect(second!.hit).toEqual({ x: 1263.5, width: 8 });
    expect(layout.today).toBeNull();
  });

  it('packs small marks as close as their size and a 2 px gap allow, far closer than 24 px targets would', () => {
    // Days 9 px apart: diamonds 8 px across leave 1 px, less than the gap, so they stack; 11 px apart they share a lane.
    const lanes = (a: string, b: string) => layoutPlanChart([task('x', a), task('y', b)], ['a'], PLAN, '2030-01-01', { width: WIDTH }).rows[0]!.marks.map((m) => m.lane);
    expect(lanes('1/3/2022', '10/3/2022')).toEqual([0, 1]);
    expect(lanes('1/3/2022', '12/3/2022')).toEqual([0, 0]);
  });

  it('does not draw undated tasks but keeps them in their row', () => {
    const layout = layoutPlanChart([task('u1', undefined), task('u2', undefined, 'b'), task('d', 'Năm 2022', 'b')], ['a', 'b', 'c'], PLAN, '2024-01-01', { width: WIDTH });
    expect(layout.rows.map((r) => [r.group, r.lanes, r.marks.length, r.undated.map((t) => t.id)])).toEqual([
      ['a', 1, 0, ['u1']],
      ['b', 1, 1, ['u2']],
    ]);
  });

  it('labels quarters on an axis of one year only', () => {
    const one = layoutPlanChart([task('q', 'Quý I năm 2022')], ['a'], { from: 2022, to: 2022 }, '2022-06-01', { width: 365 });
    expect(one.quarters.map((q) => [q.quarter, q.x])).toEqual([[1, 0], [2, 90], [3, 181], [4, 273]]);
    expect(layoutPlanChart([], ['a'], PLAN, '2022-06-01', { width: 365 }).quarters).toEqual([]);
  });

  it('takes its axis from the placements and the period it must show', () => {
    expect(axisOf([place('Năm 2022'), place('Hằng năm (giai đoạn 2026 - 2031)')])).toEqual({ from: 2022, to: 2031 });
    expect(axisOf([place('Năm 2022')], { from: 2021, to: 2025 })).toEqual({ from: 2021, to: 2025 });
    expect(() => axisOf([])).toThrow(/no placement/);
  });
});
