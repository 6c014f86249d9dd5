import { z } from 'zod';
import { ref, localized, referenceFact, translation, validity } from './common.ts';

/** Kinds of body, so lists can group them and names read consistently. */
export const agencyKinds = [
  'people-committee', // Ủy ban nhân dân / provincial administration
  'department', // sở, ngành / ພະແນກ
  'office', // văn phòng
  'university',
  'college',
  'school',
  'hospital',
  'media', // newspaper, radio and television
  'centre', // trung tâm
  'association', // hội, đoàn thể
  'committee', // ban chỉ đạo, ban
  'other',
] as const;

/**
 * A body named in the documents: committee, department, school, newspaper.
 * Departments were merged in 2025 (e.g. Sở Nông nghiệp và PTNT → Sở Nông nghiệp và Môi trường):
 * `validTo` and `successor` record that, and the agency page says what replaced it.
 */
export const agencySchema = z.strictObject({
  /** Province id it belongs to; omit for a national body and give `country`. */
  province: ref('provinces').optional(),
  country: z.enum(['vn', 'la'], { error: 'country phải là "vn" hoặc "la".' }),
  kind: z.enum(agencyKinds, { error: `kind phải là một trong: ${agencyKinds.join(', ')}.` }),
  /** Full official name in each language. */
  name: localized,
  /** Short form used in tables, e.g. "Sở NN&PTNT". */
  shortName: localized.optional(),
  basis: referenceFact.optional(),
  ...validity('agencies'),
  translation,
});
export type Agency = z.infer<typeof agencySchema>;
