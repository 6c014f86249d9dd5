import { describe, it, expect } from 'vitest';
import {
  parseFuzzyDate,
  toInterval,
  compareFuzzyDates,
  formatFuzzyDate,
  toEDTF,
  isPastOn,
  type FuzzyDate,
  type Period,
} from '../../src/lib/fuzzy-date';

// Expectations below are worked out by hand from the calendar, not copied from output.

const PLAN: Period = { from: 2021, to: 2025 };

function parse(input: string, period?: Period): FuzzyDate {
  const result = parseFuzzyDate(input, period ? { period } : undefined);
  if (!result.ok) throw new Error(`"${input}" should parse, got: ${result.error}`);
  return result.value;
}

function error(input: string, period?: Period): string {
  const result = parseFuzzyDate(input, period ? { period } : undefined);
  if (result.ok) throw new Error(`"${input}" should be rejected, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const interval = (input: string, period?: Period) => toInterval(parse(input, period));

describe('parseFuzzyDate: single points', () => {
  it.each(['2023-05-19', '19/5/2023', 'ngày 19/5/2023', 'Ngày 19 tháng 5 năm 2023', '19/05/2023'])(
    'exact day %s',
    (input) => {
      expect(interval(input)).toEqual({ start: '2023-05-19', end: '2023-05-19', precision: 'day' });
    },
  );

  it('keeps the parts of a day', () => {
    expect(parse('ngày 19 tháng 5 năm 2023')).toEqual({
      kind: 'point',
      point: { precision: 'day', year: 2023, month: 5, day: 19, start: '2023-05-19', end: '2023-05-19' },
    });
  });

  it('accepts 29 February in a leap year', () => {
    expect(interval('29/2/2024')).toEqual({ start: '2024-02-29', end: '2024-02-29', precision: 'day' });
  });

  it.each(['5/2023', '05/2023', 'tháng 5/2023', 'Tháng 5 năm 2023', '2023-05'])('month %s', (input) => {
    expect(interval(input)).toEqual({ start: '2023-05-01', end: '2023-05-31', precision: 'month' });
  });

  it('months from the documents', () => {
    expect(interval('tháng 7/2024')).toEqual({ start: '2024-07-01', end: '2024-07-31', precision: 'month' });
    expect(interval('tháng 8 năm 2022')).toEqual({ start: '2022-08-01', end: '2022-08-31', precision: 'month' });
  });

  it('February ends on the right day (leap years, 1900 is not one, 2000 is)', () => {
    expect(interval('tháng 2/2024').end).toBe('2024-02-29');
    expect(interval('tháng 2/2023').end).toBe('2023-02-28');
    expect(interval('2/1900').end).toBe('1900-02-28');
    expect(interval('2/2000').end).toBe('2000-02-29');
  });

  it.each(['Quý IV/2023', 'Quý 4/2023', 'Q4/2023', 'quý IV năm 2023', 'Quý IV / 2023'])('quarter %s', (input) => {
    expect(parse(input)).toEqual({
      kind: 'point',
      point: { precision: 'quarter', year: 2023, quarter: 4, start: '2023-10-01', end: '2023-12-31' },
    });
  });

  it('quarters from the documents', () => {
    expect(interval('quý I/2026')).toEqual({ start: '2026-01-01', end: '2026-03-31', precision: 'quarter' });
    expect(interval('Quý III năm 2024')).toEqual({ start: '2024-07-01', end: '2024-09-30', precision: 'quarter' });
  });

  it.each([
    ['6 tháng đầu năm 2023', '2023-01-01', '2023-06-30'],
    ['nửa đầu năm 2023', '2023-01-01', '2023-06-30'],
    ['6 tháng cuối năm 2023', '2023-07-01', '2023-12-31'],
    ['nửa cuối năm 2023', '2023-07-01', '2023-12-31'],
  ])('half-year %s', (input, start, end) => {
    expect(interval(input)).toEqual({ start, end, precision: 'half' });
  });

  it.each(['2023', 'năm 2023', 'Năm 2023'])('year %s', (input) => {
    expect(interval(input)).toEqual({ start: '2023-01-01', end: '2023-12-31', precision: 'year' });
  });

  it('tolerates extra spaces, capitals and decomposed Unicode', () => {
    expect(interval('  QUÝ   iv /  2023 ')).toEqual({ start: '2023-10-01', end: '2023-12-31', precision: 'quarter' });
    expect(parse('Hằng năm'.normalize('NFD'))).toEqual({ kind: 'yearly' });
  });
});

describe('parseFuzzyDate: compound forms', () => {
  it.each(['Quý II hoặc III năm 2022', 'Quý II hoặc III/2022', 'quý III hoặc quý II năm 2022'])(
    'alternatives %s',
    (input) => {
      const value = parse(input);
      expect(value.kind).toBe('alternatives');
      if (value.kind === 'alternatives') expect(value.points.map((p) => p.quarter)).toEqual([2, 3]);
      expect(toInterval(value)).toEqual({ start: '2022-04-01', end: '2022-09-30', precision: 'quarter' });
    },
  );

  it('alternatives Quý III hoặc IV năm 2022', () => {
    expect(interval('Quý III hoặc IV năm 2022')).toEqual({ start: '2022-07-01', end: '2022-12-31', precision: 'quarter' });
  });

  it.each(['2021-2025', '2021 – 2025', 'giai đoạn 2021-2025', 'Giai đoạn 2021 - 2025', 'từ 2021 đến 2025'])(
    'year range %s',
    (input) => {
      expect(interval(input)).toEqual({ start: '2021-01-01', end: '2025-12-31', precision: 'year' });
    },
  );

  it('ranges of other precisions take the coarser precision', () => {
    expect(interval('giai đoạn 2026 - 2030')).toEqual({ start: '2026-01-01', end: '2030-12-31', precision: 'year' });
    expect(interval('Quý II/2022 - Quý III/2023')).toEqual({ start: '2022-04-01', end: '2023-09-30', precision: 'quarter' });
    expect(interval('5/2022 - 8/2022')).toEqual({ start: '2022-05-01', end: '2022-08-31', precision: 'month' });
    expect(interval('5/2022 - Quý IV/2022')).toEqual({ start: '2022-05-01', end: '2022-12-31', precision: 'quarter' });
    expect(interval('2023-05-19 - 2023-06-01')).toEqual({ start: '2023-05-19', end: '2023-06-01', precision: 'day' });
  });

  it('open start without a plan period', () => {
    expect(parse('Từ năm 2023')).toEqual({
      kind: 'from',
      from: { precision: 'year', year: 2023, start: '2023-01-01', end: '2023-12-31' },
    });
    expect(interval('từ năm 2022')).toEqual({ start: '2022-01-01', end: null, precision: 'year' });
    expect(interval('từ Quý III/2024')).toEqual({ start: '2024-07-01', end: null, precision: 'quarter' });
    expect(interval('từ tháng 5/2023')).toEqual({ start: '2023-05-01', end: null, precision: 'month' });
  });

  it('open start ends with the plan period when one is given', () => {
    const value = parse('Từ năm 2023', PLAN);
    expect(value.kind === 'from' && value.until?.year).toBe(2025);
    expect(toInterval(value)).toEqual({ start: '2023-01-01', end: '2025-12-31', precision: 'year' });
  });

  it.each([
    ['2022 và 2024', [2022, 2024]],
    ['Năm 2022 và năm 2024', [2022, 2024]],
    ['Năm 2023, 2024', [2023, 2024]],
    ['Năm 2023 và 2025', [2023, 2025]],
    ['2022, 2023 và 2024', [2022, 2023, 2024]],
    ['2024 và 2022', [2022, 2024]],
  ])('list of years %s', (input, years) => {
    const value = parse(input);
    expect(value.kind).toBe('list');
    if (value.kind === 'list') expect(value.points.map((p) => p.year)).toEqual(years);
  });

  it('a list spans from its first to its last year', () => {
    expect(interval('Năm 2023 và 2025')).toEqual({ start: '2023-01-01', end: '2025-12-31', precision: 'year' });
  });

  it('yearly without a period is open, and takes the plan period when given', () => {
    expect(parse('Hằng năm')).toEqual({ kind: 'yearly' });
    expect(parse('hàng năm')).toEqual({ kind: 'yearly' });
    expect(interval('Hằng năm')).toEqual({ start: null, end: null, precision: 'year' });
    expect(parse('Hằng năm', PLAN)).toEqual({ kind: 'yearly', period: { from: 2021, to: 2025 } });
  });

  it.each(['Hằng năm, 2022-2025', 'hằng năm (2022-2025)', 'Hằng năm, giai đoạn 2022 – 2025'])(
    'yearly with its own period %s (wins over the plan period)',
    (input) => {
      expect(parse(input, PLAN)).toEqual({ kind: 'yearly', period: { from: 2022, to: 2025 } });
      expect(interval(input)).toEqual({ start: '2022-01-01', end: '2025-12-31', precision: 'year' });
    },
  );

  it('yearly from a year', () => {
    expect(parse('hằng năm từ 2023')).toEqual({ kind: 'yearly', since: 2023 });
    expect(interval('hằng năm từ 2023')).toEqual({ start: '2023-01-01', end: null, precision: 'year' });
    expect(parse('hằng năm từ 2023', PLAN)).toEqual({ kind: 'yearly', period: { from: 2023, to: 2025 } });
  });

  it('yearly deadlines from the documents', () => {
    expect(parse('trước ngày 31/10 hằng năm')).toEqual({ kind: 'yearly', deadlines: [{ month: 10, day: 31 }] });
    expect(parse('trước ngày 15/11 hàng năm')).toEqual({ kind: 'yearly', deadlines: [{ month: 11, day: 15 }] });
    expect(parse('trước ngày 15/5 và 15/11 hằng năm')).toEqual({
      kind: 'yearly',
      deadlines: [{ month: 5, day: 15 }, { month: 11, day: 15 }],
    });
    expect(parse('Trước ngày 30/9 hàng năm', PLAN)).toEqual({
      kind: 'yearly',
      period: { from: 2021, to: 2025 },
      deadlines: [{ month: 9, day: 30 }],
    });
  });

  it('one-off deadline: ends on the day, starts with the plan period if known', () => {
    const value = parse('trước ngày 15/11/2022');
    expect(value.kind).toBe('deadline');
    expect(toInterval(value)).toEqual({ start: null, end: '2022-11-15', precision: 'day' });
    expect(interval('trước ngày 15/11/2022', PLAN)).toEqual({ start: '2021-01-01', end: '2022-11-15', precision: 'day' });
  });

  it('ongoing', () => {
    expect(parse('Thường xuyên')).toEqual({ kind: 'ongoing' });
    expect(interval('thường xuyên')).toEqual({ start: null, end: null, precision: 'year' });
    expect(interval('Thường xuyên', PLAN)).toEqual({ start: '2021-01-01', end: '2025-12-31', precision: 'year' });
  });
});

describe('parseFuzzyDate: errors for editors', () => {
  it('empty input', () => {
    expect(error('')).toMatch(/^Chưa nhập mốc thời gian\. Dạng được chấp nhận:/);
    expect(error('   ')).toMatch(/^Chưa nhập mốc thời gian/);
  });

  it('quarter V', () => {
    expect(error('Quý V/2023')).toBe('Không hiểu mốc thời gian "Quý V/2023": quý phải từ I đến IV.');
    expect(error('Q5/2023')).toMatch(/"Q5\/2023": quý phải từ I đến IV/);
  });

  it('day that does not exist', () => {
    expect(error('31/2/2023')).toMatch(/^Ngày không tồn tại: "31\/2\/2023"/);
    expect(error('ngày 31 tháng 4 năm 2023')).toMatch(/Ngày không tồn tại: "31\/4\/2023" \(tháng 4\/2023 chỉ có 30 ngày\)/);
  });

  it('29 February outside leap years', () => {
    expect(error('29/2/2023')).toMatch(/Ngày không tồn tại: "29\/2\/2023" \(tháng 2\/2023 chỉ có 28 ngày\)/);
  });

  it('month 13', () => {
    expect(error('13/2023')).toMatch(/"13\/2023": tháng phải từ 1 đến 12/);
    expect(error('1/13/2023')).toMatch(/tháng phải từ 1 đến 12/);
    expect(error('2023-13')).toMatch(/tháng phải từ 1 đến 12/);
  });

  it('shortened year range', () => {
    expect(error('2021-25')).toMatch(/"2021-25": nếu là khoảng năm, hãy ghi đủ 4 chữ số, ví dụ "2021-2025"/);
  });

  it('day zero', () => {
    expect(error('0/5/2023')).toBe('Ngày không tồn tại: "0/5/2023".');
  });

  it('year out of 1900–2100', () => {
    expect(error('năm 1850')).toMatch(/"năm 1850": năm phải từ 1900 đến 2100/);
    expect(error('Quý I/2101')).toMatch(/năm phải từ 1900 đến 2100/);
  });

  it('reversed ranges', () => {
    expect(error('2025-2021')).toBe(
      'Không hiểu mốc thời gian "2025-2021": năm bắt đầu (2025) sau năm kết thúc (2021).',
    );
    expect(error('Quý III/2023 - Quý I/2023')).toMatch(/mốc bắt đầu sau mốc kết thúc/);
    expect(error('Hằng năm, 2025-2022')).toMatch(/năm bắt đầu \(2025\) sau năm kết thúc \(2022\)/);
  });

  it('list with a duplicate year', () => {
    expect(error('2022 và 2022')).toMatch(/"2022 và 2022": năm 2022 bị lặp lại/);
    expect(error('Năm 2022, 2023 và 2022')).toMatch(/năm 2022 bị lặp lại/);
  });

  it('list of something other than years', () => {
    expect(error('Quý I/2023 và Quý III/2023')).toMatch(/chỉ liệt kê được các năm/);
  });

  it('garbage text gets the list of accepted forms', () => {
    expect(error('sớm nhất có thể')).toBe(
      'Không hiểu mốc thời gian "sớm nhất có thể". Dạng được chấp nhận: 19/5/2023, 5/2023, Quý IV/2023, ' +
        '6 tháng đầu năm 2023, 2023, 2021-2025, Từ năm 2023, 2022 và 2024, Hằng năm, Định kỳ hai năm một lần, ' +
        'Hằng quý, Hằng tháng, 6 tháng một lần, Thường xuyên, trước ngày 15/11/2022.',
    );
  });

  it('yearly deadline on a day that does not exist every year', () => {
    expect(error('trước ngày 31/2 hằng năm')).toMatch(/^Ngày không tồn tại: "31\/2"/);
    expect(error('trước ngày 29/2 hằng năm')).toMatch(/phải là ngày có trong mọi năm/);
  });

  it('half-year that is neither first nor last', () => {
    expect(error('6 tháng giữa năm 2023')).toMatch(
      /"6 tháng giữa năm 2023": chỉ có "6 tháng đầu năm" hoặc "6 tháng cuối năm"/,
    );
  });

  it('deadline without a year or without a precise day', () => {
    expect(error('trước ngày 15/11')).toMatch(/thiếu năm/);
    expect(error('trước tháng 6/2023')).toMatch(/hạn chót phải là một ngày cụ thể/);
  });

  it('text after "hằng năm" that is not a period', () => {
    expect(error('hằng năm vào dịp Tết')).toMatch(/chỉ ghi được giai đoạn/);
  });

  it('duplicate alternatives', () => {
    expect(error('Quý II hoặc II/2022')).toMatch(/hai lựa chọn trùng nhau/);
  });

  it('dates outside the plan period', () => {
    expect(error('Từ năm 2030', PLAN)).toMatch(/nằm sau giai đoạn 2021–2025 của kế hoạch/);
    expect(error('trước ngày 15/11/2019', PLAN)).toMatch(/nằm trước giai đoạn 2021–2025/);
  });

  it('invalid plan period', () => {
    expect(error('Hằng năm', { from: 2025, to: 2021 })).toMatch(/Giai đoạn của kế hoạch không hợp lệ/);
  });
});

describe('formatFuzzyDate', () => {
  it.each([
    ['19/5/2023', '19/5/2023', '19 ພຶດສະພາ 2023'],
    ['2023-05', 'Tháng 5/2023', 'ເດືອນພຶດສະພາ 2023'],
    ['tháng 12/2024', 'Tháng 12/2024', 'ເດືອນທັນວາ 2024'],
    ['Q4/2023', 'Quý IV/2023', 'ໄຕມາດ IV/2023'],
    ['nửa đầu năm 2023', '6 tháng đầu năm 2023', '6 ເດືອນຕົ້ນປີ 2023'],
    ['6 tháng cuối năm 2023', '6 tháng cuối năm 2023', '6 ເດືອນທ້າຍປີ 2023'],
    ['2023', 'Năm 2023', 'ປີ 2023'],
    ['Quý II hoặc III năm 2022', 'Quý II hoặc III/2022', 'ໄຕມາດ II ຫຼື III/2022'],
    ['Quý IV/2022 hoặc Quý I/2023', 'Quý IV/2022 hoặc Quý I/2023', 'ໄຕມາດ IV/2022 ຫຼື ໄຕມາດ I/2023'],
    ['giai đoạn 2021 - 2025', '2021–2025', '2021–2025'],
    ['Quý II/2022 - Quý III/2023', 'Quý II/2022 – Quý III/2023', 'ໄຕມາດ II/2022 – ໄຕມາດ III/2023'],
    ['Từ năm 2023', 'Từ năm 2023', 'ແຕ່ປີ 2023'],
    ['từ Quý III/2024', 'Từ Quý III/2024', 'ແຕ່ໄຕມາດ III/2024'],
    ['từ tháng 5/2023', 'Từ tháng 5/2023', 'ແຕ່ເດືອນພຶດສະພາ 2023'],
    ['Năm 2022 và năm 2024', 'Năm 2022 và 2024', 'ປີ 2022 ແລະ 2024'],
    ['2024, 2022 và 2023', 'Năm 2022, 2023 và 2024', 'ປີ 2022, 2023 ແລະ 2024'],
    ['hàng năm', 'Hằng năm', 'ປະຈຳປີ'],
    ['hằng năm (2022-2025)', 'Hằng năm, 2022–2025', 'ປະຈຳປີ, 2022–2025'],
    ['trước ngày 31/10 hằng năm', 'Trước ngày 31/10 hằng năm', 'ກ່ອນວັນທີ 31 ຕຸລາ ຂອງທຸກປີ'],
    [
      'trước ngày 15/11 và 15/5 hằng năm',
      'Trước ngày 15/5 và 15/11 hằng năm',
      'ກ່ອນວັນທີ 15 ພຶດສະພາ ແລະ 15 ພະຈິກ ຂອງທຸກປີ',
    ],
    ['trước ngày 15/11/2022', 'Trước ngày 15/11/2022', 'ກ່ອນວັນທີ 15 ພະຈິກ 2022'],
    ['Thường xuyên', 'Thường xuyên', 'ເປັນປະຈຳ'],
  ])('%s', (input, vi, lo) => {
    const value = parse(input);
    expect(formatFuzzyDate(value, 'vi')).toBe(vi);
    expect(formatFuzzyDate(value, 'lo')).toBe(lo);
  });

  it('appends the plan period to recurrences', () => {
    const deadline = parse('Trước ngày 30/9 hàng năm', PLAN);
    expect(formatFuzzyDate(deadline, 'vi')).toBe('Trước ngày 30/9 hằng năm, 2021–2025');
    expect(formatFuzzyDate(deadline, 'lo')).toBe('ກ່ອນວັນທີ 30 ກັນຍາ ຂອງທຸກປີ, 2021–2025');
    const ongoing = parse('Thường xuyên', PLAN);
    expect(formatFuzzyDate(ongoing, 'vi')).toBe('Thường xuyên, 2021–2025');
    expect(formatFuzzyDate(ongoing, 'lo')).toBe('ເປັນປະຈຳ, 2021–2025');
  });
});

describe('toEDTF', () => {
  it.each([
    ['2023-05-19', '2023-05-19'],
    ['5/2023', '2023-05'],
    ['Quý IV/2023', '2023-36'],
    ['quý I/2026', '2026-33'],
    ['6 tháng đầu năm 2023', '2023-40'],
    ['nửa cuối năm 2023', '2023-41'],
    ['năm 2023', '2023'],
    ['giai đoạn 2021-2025', '2021/2025'],
    ['Quý II/2022 - Quý III/2023', '2022-34/2023-35'],
    ['Từ năm 2023', '2023/..'],
    ['2022 và 2024', '{2022,2024}'],
    ['Quý II hoặc III năm 2022', '[2022-34,2022-35]'],
    ['trước ngày 15/11/2022', '../2022-11-15'],
    ['Hằng năm, 2022-2025', '2022/2025'],
    ['hằng năm từ 2023', '2023/..'],
    ['Hằng năm', '../..'],
    ['Thường xuyên', '../..'],
  ])('%s → %s', (input, edtf) => {
    expect(toEDTF(parse(input))).toBe(edtf);
  });

  it('uses the plan period when it was given', () => {
    expect(toEDTF(parse('Từ năm 2023', PLAN))).toBe('2023/2025');
    expect(toEDTF(parse('Thường xuyên', PLAN))).toBe('2021/2025');
    expect(toEDTF(parse('trước ngày 15/11/2022', PLAN))).toBe('2021/2022-11-15');
  });
});

describe('compareFuzzyDates', () => {
  it('sorts a shuffled list of real examples', () => {
    const shuffled = [
      'Quý IV/2023',
      'Hằng năm',
      'tháng 7/2024',
      'giai đoạn 2021-2025',
      'Năm 2023, 2024',
      'quý I/2026',
      'trước ngày 15/11/2022',
      'Từ năm 2023',
      'tháng 8 năm 2022',
      '2023',
      'Quý II hoặc III năm 2022',
    ];
    const sorted = shuffled
      .map((input) => ({ input, value: parse(input) }))
      .sort((a, b) => compareFuzzyDates(a.value, b.value))
      .map((x) => x.input);
    expect(sorted).toEqual([
      'trước ngày 15/11/2022', // no start, ends 2022-11-15
      'Hằng năm', // no start, no end
      'giai đoạn 2021-2025', // 2021-01-01
      'Quý II hoặc III năm 2022', // 2022-04-01
      'tháng 8 năm 2022', // 2022-08-01
      '2023', // 2023-01-01 → 2023-12-31
      'Năm 2023, 2024', // 2023-01-01 → 2024-12-31
      'Từ năm 2023', // 2023-01-01 → open
      'Quý IV/2023', // 2023-10-01
      'tháng 7/2024', // 2024-07-01
      'quý I/2026', // 2026-01-01
    ]);
  });

  it('same interval: finer precision first', () => {
    const quarters = parse('Quý I/2023 - Quý IV/2023'); // whole 2023, precision quarter
    const year = parse('Năm 2023');
    expect(compareFuzzyDates(quarters, year)).toBeLessThan(0);
    expect(compareFuzzyDates(year, quarters)).toBeGreaterThan(0);
    expect(compareFuzzyDates(year, parse('2023'))).toBe(0);
  });
});

describe('isPastOn', () => {
  it('is true only once the whole interval has ended', () => {
    expect(isPastOn(parse('Quý IV/2023'), '2023-12-31')).toBe(false);
    expect(isPastOn(parse('Quý IV/2023'), '2024-01-01')).toBe(true);
    expect(isPastOn(parse('trước ngày 15/11/2022'), '2022-11-15')).toBe(false);
    expect(isPastOn(parse('trước ngày 15/11/2022'), '2022-11-16')).toBe(true);
    expect(isPastOn(parse('giai đoạn 2021-2025'), '2025-12-31')).toBe(false);
    expect(isPastOn(parse('giai đoạn 2021-2025'), '2026-01-01')).toBe(true);
  });

  it('is false when the end is unknown', () => {
    expect(isPastOn(parse('Từ năm 2023'), '2099-01-01')).toBe(false);
    expect(isPastOn(parse('Hằng năm'), '2099-01-01')).toBe(false);
    expect(isPastOn(parse('Từ năm 2023', PLAN), '2026-01-01')).toBe(true);
  });

  it('rejects a malformed today', () => {
    expect(() => isPastOn(parse('2023'), '1/1/2024')).toThrow(/YYYY-MM-DD/);
  });
});

describe('quarters written with a plain space before the year, as in table cells', () => {
  it('reads "Quý III 2024" as the third quarter of 2024', () => {
    const parsed = parseFuzzyDate('Quý III 2024');
    expect(parsed.ok && toInterval(parsed.value)).toEqual({ start: '2024-07-01', end: '2024-09-30', precision: 'quarter' });
  });
  it('reads "Quý II hoặc III 2022" (Plan 592/KH-UBND, rows 12-13) as either quarter', () => {
    const parsed = parseFuzzyDate('Quý II hoặc III 2022');
    expect(parsed.ok && formatFuzzyDate(parsed.value, 'vi')).toBe('Quý II hoặc III/2022');
    expect(parsed.ok && toInterval(parsed.value)).toEqual({ start: '2022-04-01', end: '2022-09-30', precision: 'quarter' });
  });
  it('still rejects a fifth quarter written that way', () => {
    const parsed = parseFuzzyDate('Quý V 2024');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/quý phải từ I đến IV/);
  });
});

describe('periodic schedules: every N years, quarterly, monthly', () => {
  const GIA_LAI: Period = { from: 2026, to: 2030 };

  it('reads the Gia Lai plan\'s "Định kỳ hai năm một lần" (II.1) and "định kỳ hằng quý" (II.9)', () => {
    expect(parse('Định kỳ hai năm một lần', GIA_LAI)).toEqual({ kind: 'periodic', unit: 'year', every: 2, period: GIA_LAI });
    expect(parse('Định kỳ hằng quý', GIA_LAI)).toEqual({ kind: 'periodic', unit: 'quarter', every: 1, period: GIA_LAI });
  });

  it.each([
    ['hai năm một lần', 'year', 2],
    ['3 năm một lần', 'year', 3],
    ['2 năm/lần', 'year', 2],
    ['Hằng quý', 'quarter', 1],
    ['hàng quý', 'quarter', 1],
    ['Hằng tháng', 'month', 1],
    ['định kỳ hằng tháng', 'month', 1],
    ['6 tháng một lần', 'month', 6],
    ['sáu tháng một lần', 'month', 6],
  ])('%s: once every %s × %i', (input, unit, every) => {
    expect(parse(input)).toEqual({ kind: 'periodic', unit, every });
  });

  it('once a year is the plain yearly schedule', () => {
    expect(parse('Định kỳ hằng năm', PLAN)).toEqual({ kind: 'yearly', period: PLAN });
    expect(parse('một năm một lần')).toEqual({ kind: 'yearly' });
    expect(parse('Mỗi năm, 2026-2030')).toEqual({ kind: 'yearly', period: { from: 2026, to: 2030 } });
  });

  it('takes a period of its own, or from a year, like "hằng năm"', () => {
    expect(parse('Hằng quý, 2027-2028', GIA_LAI)).toEqual({ kind: 'periodic', unit: 'quarter', every: 1, period: { from: 2027, to: 2028 } });
    expect(parse('hai năm một lần từ 2027', GIA_LAI)).toEqual({ kind: 'periodic', unit: 'year', every: 2, period: { from: 2027, to: 2030 } });
    expect(parse('hằng tháng từ 2027')).toEqual({ kind: 'periodic', unit: 'month', every: 1, since: 2027 });
  });

  it('covers its period, with each occurrence\'s precision', () => {
    expect(interval('Định kỳ hai năm một lần', GIA_LAI)).toEqual({ start: '2026-01-01', end: '2030-12-31', precision: 'year' });
    expect(interval('Hằng quý', GIA_LAI)).toEqual({ start: '2026-01-01', end: '2030-12-31', precision: 'quarter' });
    expect(interval('Hằng tháng')).toEqual({ start: null, end: null, precision: 'month' });
  });

  it('is labelled in both languages, with the period', () => {
    const biennial = parse('Định kỳ hai năm một lần', GIA_LAI);
    expect(formatFuzzyDate(biennial, 'vi')).toBe('Định kỳ 2 năm một lần, 2026–2030');
    expect(formatFuzzyDate(biennial, 'lo')).toBe('2 ປີຕໍ່ຄັ້ງ, 2026–2030');
    expect(formatFuzzyDate(parse('Hằng quý', GIA_LAI), 'vi')).toBe('Hằng quý, 2026–2030');
    expect(formatFuzzyDate(parse('Hằng quý', GIA_LAI), 'lo')).toBe('ປະຈຳໄຕມາດ, 2026–2030');
    expect(formatFuzzyDate(parse('Hằng tháng'), 'lo')).toBe('ປະຈຳເດືອນ');
    expect(formatFuzzyDate(parse('6 tháng một lần'), 'vi')).toBe('Định kỳ 6 tháng một lần');
  });

  it('exports as EDTF the period it covers (EDTF has no recurrence)', () => {
    expect(toEDTF(parse('Định kỳ hai năm một lần', GIA_LAI))).toBe('2026/2030');
    expect(toEDTF(parse('hằng quý từ 2027'))).toBe('2027/..');
    expect(toEDTF(parse('Hằng tháng'))).toBe('../..');
  });

  it('sorts with the other dates by the period it covers', () => {
    const sorted = ['Quý I/2027', 'Hằng quý', 'Năm 2026', 'Định kỳ hai năm một lần'].map((s) => parse(s, GIA_LAI)).sort(compareFuzzyDates);
    expect(sorted.map((d) => formatFuzzyDate(d, 'vi'))).toEqual(['Năm 2026', 'Hằng quý, 2026–2030', 'Định kỳ 2 năm một lần, 2026–2030', 'Quý I/2027']);
  });

  it('refuses a rhythm of zero, or one longer than its unit allows', () => {
    expect(error('0 năm một lần')).toMatch(/số lần phải từ 1 trở lên/);
    expect(error('11 năm một lần')).toMatch(/chu kỳ dài nhất là 10 năm/);
    expect(error('13 tháng một lần')).toMatch(/13 tháng dài hơn một năm: hãy ghi theo năm/);
    expect(error('4 quý một lần')).toMatch(/4 quý dài hơn một năm/);
    expect(error('Hằng quý, năm sau')).toMatch(/sau nhịp lặp \("hằng năm", "hằng quý", .*\) chỉ ghi được giai đoạn/);
    expect(error('Hằng tuần')).toMatch(/^Không hiểu mốc thời gian "Hằng tuần"\. Dạng được chấp nhận/);
    expect(error('hằng quý từ 2031', GIA_LAI)).toMatch(/năm 2031 nằm sau giai đoạn 2026–2030/);
  });
});
