import { z } from 'zod';
import { localized, referenceFact, sourceRef, translation } from './common.ts';

const month = z.number({ error: 'Tháng là số từ 1 đến 12.' }).int().min(1, { error: 'Tháng là số từ 1 đến 12.' }).max(12, { error: 'Tháng là số từ 1 đến 12.' });
// A day that exists every year: 29/2 would be missing three years in four.
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A day of Vietnam–Laos relations remembered every year (diplomatic relations, national days,
 * Lao New Year…). Either a fixed `date` or, for a feast whose day changes every year, `movable`
 * with the months it falls in and a note saying how the day is set: never a guessed day.
 */
export const commemorationSchema = z
  .strictObject({
    /** Both names are required: the calendar is read in both countries. */
    name: z.strictObject({
      vi: localized.shape.vi,
      lo: z.string({ error: 'Cần tên tiếng Lào (lo) của ngày kỷ niệm.' }).trim().min(1).regex(/[\u0E80-\u0EFF]/, { error: 'Tên tiếng Lào (lo) phải viết bằng chữ Lào.' }),
    }),
    /** Fixed day of the year, e.g. { month: 9, day: 5 }. */
    date: z.strictObject({ month, day: z.number({ error: 'Ngày là số.' }).int().min(1, { error: 'Ngày phải từ 1.' }) }).optional(),
    /** For a feast without a fixed day: the months it falls in and how its day is set. */
    movable: z.strictObject({ months: z.array(month).min(1), note: localized }).optional(),
    /** Year of the event remembered, when there is one (1962 for diplomatic relations). */
    since: z.number({ error: 'since là năm (số), ví dụ 1962.' }).int().min(1000).max(2100).optional(),
    description: localized.optional(),
    /** What the date rests on (reference notes) and how sure we are. */
    basis: referenceFact,
    /** Places in the hosted documents that name this day. */
    sources: z.array(sourceRef).default([]),
    translation,
  })
  .superRefine((c, ctx) => {
    if (Boolean(c.date) === Boolean(c.movable)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Ghi đúng một trong hai: date (ngày cố định) hoặc movable (ngày thay đổi mỗi năm, kèm ghi chú).' });
    }
    if (c.date && c.date.day > (DAYS[c.date.month - 1] ?? 0)) {
      ctx.addIssue({ code: 'custom', path: ['date', 'day'], message: `Ngày ${c.date.day}/${c.date.month} không có trong mọi năm.` });
    }
  });
export type Commemoration = z.infer<typeof commemorationSchema>;
