import { z } from 'zod';
import { id, isoDate, referenceFact, sourceRef, translation } from './common.ts';

/**
 * A news article. The Vietnamese file (`content/news/<slug>/vi.mdx`) holds the facts
 * (date, links, sources) once; the Lao file beside it (`lo.mdx`) holds only its prose.
 */
export const newsSchema = z.strictObject({
  title: z.string().min(1, { error: 'Cần tiêu đề (title).' }),
  summary: z.string().min(1, { error: 'Cần tóm tắt (summary).' }),
  date: isoDate,
  /**
   * What the date rests on when the cited sources do not state that day (e.g. a plan whose copy
   * reads "ngày … tháng 8 năm 2022", dated from another publication): basis and confidence.
   */
  dateBasis: referenceFact.optional(),
  agreements: z.array(id).default([]),
  milestones: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'Mã mốc có dạng "thoa-thuan/ma-moc".' })).default([]),
  provinces: z.array(id).default([]),
  sources: z.array(sourceRef).min(1, { error: 'Mỗi tin cần ít nhất một nguồn (sources).' }),
  translation,
});
export type News = z.infer<typeof newsSchema>;

/** The Lao version of a news article: prose only. */
export const newsTranslationSchema = z.strictObject({
  title: z.string().min(1, { error: 'Cần tiêu đề tiếng Lào (title).' }),
  summary: z.string().min(1, { error: 'Cần tóm tắt tiếng Lào (summary).' }),
});
