import { z } from 'zod';

/**
 * Building blocks shared by every content schema. Messages are written for
 * editors (Vietnamese), because they are what an editor reads when a file is wrong.
 */

/** An entry id: lowercase ASCII words joined by hyphens, as used in URLs. */
export const id = z
  .string({ error: 'Cần một mã (id) dạng chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ "tuyen-quang".' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `Mã "${String(issue.input)}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "so-ngoai-vu-tuyen-quang".`,
  });

/** Collections that facts may point at. */
export type ReferencedCollection = 'provinces' | 'agencies' | 'areas' | 'documents' | 'agreements' | 'milestones' | 'news';

/**
 * An id of an entry in another collection. The target is declared here, once, as schema
 * metadata: the content checker finds every reference by walking the schema, and the CMS
 * configuration turns it into a relation picker.
 */
export const ref = (collection: ReferencedCollection) => id.meta({ references: collection });

/** Milestone ids are "<agreement>/<task>", the path of their page. */
export const milestoneRef = z
  .string({ error: 'Mã mốc có dạng "thoa-thuan/ma-moc".' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Mã mốc có dạng "thoa-thuan/ma-moc".' })
  .meta({ references: 'milestones' });

/** What a schema node points at, if anything: an entry of a collection (`ref`) or a cited section (`sourceRef`). */
export function pointsAt(schema: z.ZodType): { references?: ReferencedCollection; citation?: boolean } {
  const meta = z.globalRegistry.get(schema);
  return { references: meta?.references as ReferencedCollection | undefined, citation: meta?.citation === true };
}

/**
 * Longest prose an editor may write in one field. A page is read on phones over slow links:
 * a runaway paste (a whole document pasted into a summary) must be refused, not published.
 */
export const MAX = { title: 300, summary: 2_000, label: 2_000 } as const;

/**
 * Astro reads YAML with js-yaml, which turns an unquoted 2023-05-19 into a Date; the checker's
 * YAML 1.2 parser keeps it a string. Both end up as the same "YYYY-MM-DD" string here.
 */
export const dateAsText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** A calendar date written YYYY-MM-DD, checked to exist. */
const isoDateText = z
  .string({ error: 'Cần một ngày dạng YYYY-MM-DD, ví dụ "2023-05-19".' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (i) => `Ngày "${String(i.input)}" phải viết dạng YYYY-MM-DD, ví dụ "2023-05-19".` })
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, { error: (i) => `Ngày "${String(i.input)}" không tồn tại trên lịch.` });
export const isoDate = z.preprocess(dateAsText, isoDateText);

const tooLong = (max: number) => ({ error: (i: { input?: unknown }) => `Quá dài (${String(i.input ?? '').length} ký tự): tối đa ${max} ký tự. Nội dung dài hãy viết vào phần thân bài (sau dòng "---").` });

const viText = z
  .string({ error: 'Thiếu nội dung tiếng Việt (vi): tiếng Việt là ngôn ngữ gốc, bắt buộc có.' })
  .trim()
  .min(1, { error: 'Nội dung tiếng Việt (vi) đang để trống.' })
  .max(MAX.label, tooLong(MAX.label));

/** Text in Lao script: catches Vietnamese pasted into the `lo` field by mistake. */
const loText = z
  .string()
  .trim()
  .min(1, { error: 'Nội dung tiếng Lào (lo) đang để trống: hãy xóa dòng "lo" nếu chưa dịch.' })
  .max(MAX.label, tooLong(MAX.label))
  .refine((value) => /[\u0E80-\u0EFF]/.test(value), {
    error: 'Nội dung tiếng Lào (lo) phải viết bằng chữ Lào.',
  });

/**
 * Prose in both languages. Vietnamese is the source and required; Lao may be
 * missing while the translation is pending (the site then shows Vietnamese with a notice).
 */
export const localized = z.strictObject(
  { vi: viText, lo: loText.optional() },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'Thiếu trường bắt buộc: cần văn bản theo ngôn ngữ, dạng { vi: "…", lo: "…" }.'
        : 'Cần văn bản theo ngôn ngữ, dạng { vi: "…", lo: "…" }.',
  },
);
export type Localized = z.infer<typeof localized>;

/** Vietnamese prose of an MDX entry (title or summary in the `.vi.mdx` file), at most `max` characters. */
export const viProse = (max: number, what: string) =>
  z
    .string({ error: `Thiếu ${what.toLowerCase()} tiếng Việt: tiếng Việt là ngôn ngữ gốc, bắt buộc có.` })
    .trim()
    .min(1, { error: `${what} tiếng Việt đang để trống.` })
    .max(max, tooLong(max));

/** Lao prose of an MDX entry (in the `.lo.mdx` file): Lao script, at most `max` characters. */
export const loProse = (max: number, what: string) =>
  z
    .string({ error: `Thiếu ${what.toLowerCase()} tiếng Lào.` })
    .trim()
    .min(1, { error: `${what} tiếng Lào đang để trống: hãy xóa dòng này nếu chưa dịch.` })
    .max(max, tooLong(max))
    .refine((value) => /[\u0E80-\u0EFF]/.test(value), { error: `${what} tiếng Lào phải viết bằng chữ Lào.` });

/**
 * Where the Lao translation of an entry stands. `complete`: every text has its Lao
 * version; `partial`: some do; `missing`: none yet; `outdated`: Lao exists but the
 * Vietnamese changed since and the translation must be checked.
 */
export const translationStatus = z.enum(['complete', 'partial', 'missing', 'outdated'], {
  error: 'Trạng thái bản dịch phải là một trong: complete, partial, missing, outdated.',
});
export const translation = z.strictObject(
  { lo: translationStatus },
  { error: 'Cần ghi trạng thái bản dịch, ví dụ translation: { lo: complete }.' },
);

/** How sure we are of a fact added from outside the source documents. */
export const confidence = z.enum(['H', 'M', 'U'], {
  error: 'Độ tin cậy phải là H (đã xác nhận), M (một nguồn) hoặc U (chưa xác minh).',
});

/** A citation into one of the hosted source documents: which document, which section, which item. */
export const sourceRef = z.strictObject(
  {
    /** Id of the document in content/documents. */
    document: ref('documents'),
    /** Section number as printed in the document, e.g. "II.1.1"; "preamble" for the opening paragraphs. */
    section: z
      .string({ error: 'Cần số mục trong văn bản, ví dụ "II.1.1" hoặc "preamble".' })
      .regex(/^(preamble|closing|(?:[IVX]+|\d+)(?:\.\d+)*)$/, {
        error: (i) => `Số mục "${String(i.input)}" không hợp lệ: viết như trong văn bản, ví dụ "II.1.1", "III", "2.4" (văn bản không có phần La Mã) hoặc "preamble".`,
      }),
    /** Position of the bullet ("-") inside that section, counting from 1, when the task is one bullet. */
    item: z.number({ error: 'item là số thứ tự gạch đầu dòng trong mục, bắt đầu từ 1.' }).int().positive().optional(),
  },
  { error: 'Cần nguồn dạng { document: "…", section: "II.1.1", item: 1 }.' },
).meta({ citation: true });
export type SourceRef = z.infer<typeof sourceRef>;

/** A fact taken from our verified reference notes rather than from a hosted document. */
export const referenceFact = z.strictObject({
  /** What the fact rests on, e.g. "Nghị quyết 202/2025/QH15". */
  basis: z.string().min(1, { error: 'Cần ghi căn cứ của thông tin (basis).' }),
  confidence,
});

/**
 * When a place or body existed. Bodies change (Vietnam merged provinces and departments
 * in 2025): `to` is the last day, `successor` the entry that took over.
 */
export const validity = (collection: 'provinces' | 'agencies') => ({
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  /** Id of the entry that replaced this one (same collection). */
  successor: ref(collection).optional(),
  /** What happened, in both languages, e.g. "Sáp nhập vào tỉnh Bắc Ninh". */
  change: localized.optional(),
  /** What the change rests on. */
  changeBasis: referenceFact.optional(),
});

export const coordinates = z.strictObject({
  lat: z.number({ error: 'lat là vĩ độ (số).' }).min(-90).max(90),
  lon: z.number({ error: 'lon là kinh độ (số).' }).min(-180).max(180),
});
