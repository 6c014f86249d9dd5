import { z } from 'zod';
import { loProse, MAX } from './common.ts';

/**
 * The Lao file of an MDX entry (`<id>.lo.mdx` beside `<id>.vi.mdx`): only what is translated,
 * its prose in the body. Facts are never repeated here; they live in the Vietnamese file.
 */
const translationMeta = {
  /**
   * What the translation was made from: the hash of the Vietnamese title, summary and body
   * (src/lib/translation-hash.ts). When the Vietnamese changes, the hash no longer matches and
   * the entry is reported outdated without anyone having to remember to mark it.
   */
  translatedFrom: z
    .string({
      // A fingerprint of digits only (or digits and one "e") reads as a number in YAML unless quoted.
      error: (issue) =>
        typeof issue.input === 'number'
          ? 'translatedFrom phải viết trong dấu ngoặc kép, ví dụ translatedFrom: "2497e9593091" (không có ngoặc, YAML đọc mã này thành một con số).'
          : 'Cần translatedFrom: mã của bản tiếng Việt đã dịch (lệnh `npm run translations` in ra mã hiện tại).',
    })
    .regex(/^[0-9a-f]{12}$/, { error: 'translatedFrom là mã 12 ký tự 0-9a-f do `npm run translations` in ra.' }),
  /** Set by a translator who knows the Lao text needs review even though the hash matches. */
  outdated: z.boolean({ error: 'outdated là true hoặc false.' }).optional(),
};

/** Lao file of an agreement, milestone or news article. */
export const laoTitledSchema = z.strictObject({
  title: loProse(MAX.title, 'Tiêu đề'),
  summary: loProse(MAX.summary, 'Tóm tắt').optional(),
  ...translationMeta,
});
export type LaoTitled = z.infer<typeof laoTitledSchema>;

/** Lao file of a cooperation area. */
export const laoAreaSchema = z.strictObject({
  name: loProse(MAX.title, 'Tên'),
  description: loProse(MAX.summary, 'Mô tả').optional(),
  ...translationMeta,
});
export type LaoArea = z.infer<typeof laoAreaSchema>;
