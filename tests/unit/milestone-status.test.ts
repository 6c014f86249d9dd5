import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type FuzzyDate } from '../../src/lib/fuzzy-date.ts';
import { dueBy, nearestTo, statusOn } from '../../src/lib/milestone-status.ts';

const when = (text: string): FuzzyDate => {
  const parsed = parseFuzzyDate(text, { period: { from: 2021, to: 2025 } });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe('statusOn', () => {
  it('reads "planned" before the end of a quarter and "no report yet" after it, never "completed"', () => {
    const input = { history: [], when: when('Quý IV/2023'), periodEnd: 2025 };
    expect(statusOn(input, '2023-12-31')).toBe('planned');
    expect(statusOn(input, '2024-01-01')).toBe('no-report');
  });
  it('bounds an undated task by the end of its agreement', () => {
    expect(dueBy({ periodEnd: 2025 })).toBe('2025-12-31');
    expect(statusOn({ history: [], periodEnd: 2025 }, '2025-12-31')).toBe('planned');
    expect(statusOn({ history: [], periodEnd: 2025 }, '2026-01-01')).toBe('no-report');
  });
  it('bounds a yearly or ongoing task by its period', () => {
    expect(statusOn({ history: [], when: when('Hằng năm'), periodEnd: 2025 }, '2024-06-01')).toBe('planned');
    expect(statusOn({ history: [], when: when('Thường xuyên'), periodEnd: 2025 }, '2026-03-01')).toBe('no-report');
  });
  it('takes the latest report on or before the day', () => {
    const history = [
      { date: '2023-03-01', status: 'in-progress' as const },
      { date: '2024-02-01', status: 'completed' as const },
    ];
    expect(statusOn({ history, when: when('Quý IV/2023'), periodEnd: 2025 }, '2022-01-01')).toBe('planned');
    expect(statusOn({ history, when: when('Quý IV/2023'), periodEnd: 2025 }, '2023-06-01')).toBe('in-progress');
    expect(statusOn({ history, when: when('Quý IV/2023'), periodEnd: 2025 }, '2024-02-01')).toBe('completed');
  });
});

describe('nearestTo', () => {
  it('keeps the items due nearest to today on either side, in their original order', () => {
    const items = [
      { id: 'a', due: '2022-12-31' },
      { id: 'b', due: '2023-12-31' },
      { id: 'c', due: null },
      { id: 'd', due: '2026-03-31' },
      { id: 'e', due: '2027-01-15' },
    ];
    const picked = nearestTo(items, (i) => i.due, '2026-11-24', 2);
    expect(picked.map((i) => i.id)).toEqual(['d', 'e']);
    expect(nearestTo(items, (i) => i.due, '2023-06-01', 3).map((i) => i.id)).toEqual(['a', 'b', 'd']);
  });
});
