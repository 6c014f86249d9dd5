import { describe, expect, it } from 'vitest';
import { dateAt, slideId, toTimelineJS } from '../../src/lib/timelinejs.ts';

describe('TimelineJS 3 JSON', () => {
  it('gives a date only to the precision the source has', () => {
    expect(dateAt('2023-10-01', 'quarter')).toEqual({ year: 2023, month: 10 });
    expect(dateAt('2024-06-21', 'day')).toEqual({ year: 2024, month: 6, day: 21 });
    expect(dateAt('2021-01-01', 'period')).toEqual({ year: 2021 });
  });

  it('builds events with the date as written, a span when there is one, escaped text and a link', () => {
    const doc = toTimelineJS({
      title: 'Dòng thời gian',
      intro: 'Dữ liệu <từ> trang',
      events: [
        { id: 'a/ii-1', start: '2023-10-01', end: '2023-12-31', precision: 'quarter', when: 'Quý IV/2023', headline: 'Họp', paragraphs: ['Trạng thái: A & B'], url: 'https://x.example/vi/milestones/a/ii-1/', linkText: 'Xem', group: 'Đối ngoại' },
        { id: 'b', start: '2024-06-21', end: '2024-06-21', precision: 'day', when: '21/6/2024', headline: 'Ngày', paragraphs: [] },
      ],
      eras: [{ from: 2022, to: 2022, headline: 'Kế hoạch 2022' }],
    });
    expect(doc.title.text).toEqual({ headline: 'Dòng thời gian', text: '<p>Dữ liệu &lt;từ&gt; trang</p>' });
    expect(doc.events[0]).toEqual({
      start_date: { year: 2023, month: 10 },
      end_date: { year: 2023, month: 12 },
      display_date: 'Quý IV/2023',
      text: { headline: 'Họp', text: '<p>Trạng thái: A &amp; B</p><p><a href="https://x.example/vi/milestones/a/ii-1/">Xem</a></p>' },
      group: 'Đối ngoại',
      unique_id: 'a-ii-1',
    });
    expect(doc.events[1]).not.toHaveProperty('end_date');
    expect(doc.eras).toEqual([{ start_date: { year: 2022, month: 1, day: 1 }, end_date: { year: 2022, month: 12, day: 31 }, text: { headline: 'Kế hoạch 2022' } }]);
  });

  it('refuses two events with one id', () => {
    const e = { start: '2022-01-01', end: '2022-12-31', precision: 'year' as const, when: '2022', headline: 'x', paragraphs: [] };
    expect(() => toTimelineJS({ title: 't', intro: 'i', events: [{ ...e, id: 'a/b' }, { ...e, id: 'a-b' }] })).toThrow(/same unique_id/);
    expect(slideId('x/y z')).toBe('x-y-z');
  });
});
