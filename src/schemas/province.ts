import { z } from 'zod';
import { coordinates, ref, localized, referenceFact, translation, validity } from './common.ts';

/**
 * A province (or district) of Vietnam or Laos. Places change: Vietnam merged
 * provinces and ended districts on 1 Jul 2025, so validity and successor are data.
 */
export const provinceSchema = z.strictObject({
  /** `vn` Vietnam, `la` Laos. */
  country: z.enum(['vn', 'la'], { error: 'country phải là "vn" (Việt Nam) hoặc "la" (Lào).' }),
  /** `province` (tỉnh / ແຂວງ) or `district` (huyện / ເມືອງ). */
  level: z.enum(['province', 'district'], { error: 'level phải là "province" (tỉnh) hoặc "district" (huyện).' }),
  /** For a district: the id of its province. */
  parent: ref('provinces').optional(),
  /** Name without the word "tỉnh"/"ແຂວງ" (the site adds it), in Vietnamese and Lao. */
  name: localized,
  /** Latin-script romanisation as used internationally, e.g. "Xiangkhouang". */
  romanised: z.string().min(1).optional(),
  /**
   * Other spellings met in the sources ("Chăm-pa-sắc"). The hosted texts keep them verbatim;
   * the site's own prose uses `name` only (tests/content/glossary.test.ts checks it).
   */
  aliases: z.array(z.string().min(1)).default([]),
  /** Administrative centre and its coordinates. */
  capital: z
    .strictObject({ name: localized, coordinates: coordinates.optional() })
    .optional(),
  /** Where the name, capital or coordinates come from (reference notes), with confidence. */
  basis: referenceFact.optional(),
  ...validity('provinces'),
  translation,
});
export type Province = z.infer<typeof provinceSchema>;
