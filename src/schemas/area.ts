import { z } from 'zod';
import { MAX, viProse } from './common.ts';

/**
 * A cooperation area (lĩnh vực hợp tác / ຂົງເຂດການຮ່ວມມື): agriculture, education, …
 * File `content/areas/<id>.vi.mdx`; its Lao name and description in `<id>.lo.mdx`.
 */
export const areaSchema = z.strictObject({
  name: viProse(MAX.title, 'Tên'),
  /** One or two sentences on what the area covers. */
  description: viProse(MAX.summary, 'Mô tả'),
  /** Position in lists (smaller first). */
  order: z.number({ error: 'order là số thứ tự hiển thị.' }).int(),
});
export type Area = z.infer<typeof areaSchema>;
