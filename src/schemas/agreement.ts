import { z } from 'zod';
import { localized, MAX, ref, referenceFact, sourceRef, viProse } from './common.ts';
import { fuzzyDateText } from './fuzzy-date-text.ts';

/**
 * `programme`: cooperation a province plans with Lao partners without a signed agreement
 * of its own in the sources (e.g. a yearly plan); it has no signing date.
 */
export const agreementTypes = ['agreement', 'memorandum', 'minutes', 'programme'] as const;
const year = z.number({ error: 'Năm phải là số, ví dụ 2021.' }).int().min(1945).max(2100);

/**
 * `content/agreements/<id>.vi.mdx` (facts, Vietnamese title, summary and prose; Lao in `<id>.lo.mdx`).
 * A cooperation agreement between a Vietnamese and a Lao province (thỏa thuận,
 * bản ghi nhớ, biên bản hợp tác) and the documents that carry it out.
 */
export const agreementSchema = z.strictObject({
  type: z.enum(agreementTypes, { error: `type phải là một trong: ${agreementTypes.join(', ')}.` }),
  title: viProse(MAX.title, 'Tiêu đề'),
  summary: viProse(MAX.summary, 'Tóm tắt'),
  /** The signing sides: province id and, where named, the signing body (agency id). */
  parties: z
    .array(z.strictObject({ province: ref('provinces'), body: ref('agencies').optional() }))
    .min(2, { error: 'Một thỏa thuận cần ít nhất hai bên (parties).' }),
  period: z
    .strictObject({ from: year, to: year })
    .refine((p) => p.from <= p.to, { error: 'Năm bắt đầu (from) phải trước hoặc bằng năm kết thúc (to).' }),
  /**
   * When (and where) it was signed, and what says so: `source`, the place in a hosted document
   * that states the date; or, when no hosted document states it, `reference`, the outside basis
   * and how sure it is (e.g. the project's reference notes, one source: confidence M). Exactly one.
   */
  signed: z
    .strictObject({
      date: fuzzyDateText,
      place: localized.optional(),
      source: sourceRef.optional(),
      reference: referenceFact.optional(),
    })
    .refine((s) => (s.source === undefined) !== (s.reference === undefined), {
      error: 'Ngày ký cần đúng một căn cứ: source (mục của văn bản nêu ngày ký) hoặc reference ({ basis, confidence }) khi không văn bản nào được lưu nêu ngày này.',
    })
    .optional(),
  /** Ids of the documents that implement it or report on it: every document its milestones cite (checked). */
  documents: z.array(ref('documents')).default([]),
  /** Budget where a source gives it; amounts in the currency's units. */
  budget: z
    .strictObject({
      amount: z.number().positive().optional(),
      currency: z.enum(['VND', 'LAK', 'USD']).optional(),
      description: localized,
      source: sourceRef,
    })
    .optional(),
  sources: z.array(sourceRef).min(1, { error: 'Cần ít nhất một nguồn (sources).' }),
}).refine((a) => a.type === 'programme' || a.signed !== undefined, {
  error: 'Thỏa thuận đã ký cần ngày ký (signed: { date, source }); chỉ loại "programme" mới không có.',
  path: ['signed'],
});
export type Agreement = z.infer<typeof agreementSchema>;
