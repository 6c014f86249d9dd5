import { z } from 'zod';
import { parseFuzzyDate } from '../lib/fuzzy-date.ts';
import { dateAsText } from './common.ts';

/**
 * A date in the editors' notation ("Quý IV/2023", "Hằng năm", "Từ năm 2023", …),
 * kept as written and checked with the same parser the pages use.
 */
export const fuzzyDateText = z.preprocess(
  dateAsText,
  z
  .string({ error: 'Cần mốc thời gian dạng chữ, ví dụ "Quý IV/2023", "2022-2025", "Hằng năm", "Thường xuyên".' })
  .superRefine((value, ctx) => {
    const result = parseFuzzyDate(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error });
  }),
);
