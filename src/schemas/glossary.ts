import { z } from 'zod';

/**
 * One term in both languages. The glossary is the single place for document types,
 * units, statuses and recurring words, so a term reads the same on every page.
 */
export const glossaryTermSchema = z.strictObject({
  vi: z.string().min(1, { error: 'Thiếu thuật ngữ tiếng Việt (vi).' }),
  lo: z.string().min(1, { error: 'Thiếu thuật ngữ tiếng Lào (lo).' }).regex(/[\u0E80-\u0EFF]/, { error: 'Thuật ngữ tiếng Lào (lo) phải viết bằng chữ Lào.' }),
  note: z.string().optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
