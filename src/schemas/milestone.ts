import { z } from 'zod';
import { isoDate, localized, MAX, ref, sourceRef, viProse } from './common.ts';
import { fuzzyDateText } from './fuzzy-date-text.ts';

/** Units a planned quantity can be counted in; their names live in the glossary (unit.*). */
export const quantityUnits = [
  'student',
  'trainee',
  'person',
  'official',
  'delegation',
  'model',
  'scholarship',
  'course',
  'event',
  'VND',
  'LAK',
  'USD',
] as const;

/** Reported progress. "Planned" and "no report yet" are never written: they follow from the date. */
export const reportedStatuses = ['in-progress', 'completed', 'postponed', 'cancelled'] as const;

/**
 * One planned task of an agreement's implementing plan: `content/milestones/<agreement>/<task>.vi.mdx`.
 * Structured facts live here once; the Lao title, summary and prose live in `<task>.lo.mdx`.
 */
export const milestoneSchema = z.strictObject({
  /** Id of the agreement this task carries out. */
  agreement: ref('agreements'),
  /** Cooperation area ids (at least one). */
  areas: z.array(ref('areas')).min(1, { error: 'Cần ít nhất một lĩnh vực (areas).' }),
  title: viProse(MAX.title, 'Tiêu đề'),
  summary: viProse(MAX.summary, 'Tóm tắt').optional(),
  /**
   * When, in the editors' notation ("Quý IV/2023", "Hằng năm", "Thường xuyên").
   * Omit when the source gives no date: the site then shows the agreement's period
   * and says that the plan sets no separate date.
   */
  when: fuzzyDateText.optional(),
  /**
   * When the date is written outside the task's own section, where: e.g. a report deadline set
   * in the plan's closing paragraph ({ document, section: closing }). Omit when `source` holds it.
   */
  whenSource: sourceRef.optional(),
  /**
   * Agency ids of the lead bodies (cơ quan chủ trì), in the source's order: a task can have several
   * ("Sở Nội vụ; Sở Ngoại vụ" in one lead column). Empty when the source names none. A co-lead is
   * never listed again in `coordinating` or `mentioned`.
   */
  lead: z.array(ref('agencies'), { error: 'lead là danh sách mã cơ quan chủ trì, ví dụ lead: [so-ngoai-vu-tuyen-quang].' }).default([]),
  /** Agency ids of coordinating bodies (cơ quan phối hợp), as the source names them; never a co-lead. */
  coordinating: z.array(ref('agencies')).default([]),
  /** Agency ids of other bodies the task names (host schools, media), not as lead or coordinator. */
  mentioned: z.array(ref('agencies')).default([]),
  /** Planned quantities, e.g. { value: 50, unit: student }; `year` for per-year schedules. */
  quantities: z
    .array(
      z.strictObject({
        value: z.number({ error: 'value là số lượng (số).' }).positive({ error: 'value phải lớn hơn 0.' }),
        /** Upper bound when the source gives a range ("từ 02 đến 03"). */
        upTo: z.number().positive().optional(),
        unit: z.enum(quantityUnits, { error: `unit phải là một trong: ${quantityUnits.join(', ')}.` }),
        /** What is counted, when the unit alone does not say it. */
        of: localized.optional(),
        year: z.number().int().min(1945).max(2100).optional(),
      }),
    )
    .default([]),
  /** Province or district ids where the task takes place. */
  places: z.array(ref('provinces')).default([]),
  /** Where the task is written: document, section and bullet. */
  source: sourceRef,
  /** Reported progress, oldest first; each change cites its source. */
  status: z
    .array(
      z.strictObject({
        date: isoDate,
        status: z.enum(reportedStatuses, { error: `status phải là một trong: ${reportedStatuses.join(', ')}.` }),
        note: localized.optional(),
        source: sourceRef,
      }),
    )
    .default([]),
});
export type Milestone = z.infer<typeof milestoneSchema>;
