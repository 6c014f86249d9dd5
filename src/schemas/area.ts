import { z } from 'zod';
import { localized, translation } from './common.ts';

/** A cooperation area (lĩnh vực hợp tác / ຂົງເຂດການຮ່ວມມື): agriculture, education, … */
export const areaSchema = z.strictObject({
  name: localized,
  /** One or two sentences on what the area covers. */
  description: localized,
  /** Position in lists (smaller first). */
  order: z.number({ error: 'order là số thứ tự hiển thị.' }).int(),
  translation,
});
export type Area = z.infer<typeof areaSchema>;
