import { z } from 'zod';
import { isoDate, MAX, milestoneRef, ref, referenceFact, sourceRef, viProse } from './common.ts';

/**
 * A news article. The Vietnamese file (`content/news/<slug>.vi.mdx`) holds the facts
 * (date, links, sources) once; the Lao file beside it (`<slug>.lo.mdx`) holds only its prose.
 */
export const newsSchema = z.strictObject({
  title: viProse(MAX.title, 'Tiêu đề'),
  summary: viProse(MAX.summary, 'Tóm tắt'),
  date: isoDate,
  /**
   * What the date rests on when the cited sources do not state that day (e.g. a plan whose copy
   * reads "ngày … tháng 8 năm 2022", dated from another publication): basis and confidence.
   */
  dateBasis: referenceFact.optional(),
  agreements: z.array(ref('agreements')).default([]),
  milestones: z.array(milestoneRef).default([]),
  provinces: z.array(ref('provinces')).default([]),
  sources: z.array(sourceRef).min(1, { error: 'Mỗi tin cần ít nhất một nguồn (sources).' }),
});
export type News = z.infer<typeof newsSchema>;
