/**
 * INTERIM — delete when issue 12's schemas are merged. The CMS config is generated from the
 * schemas of the files editors write: the Vietnamese `.vi.mdx` frontmatter (facts, title and
 * summary as plain strings), the Lao `.lo.mdx` frontmatter, and the YAML data files. Until
 * src/schemas/* describe the new layout and declare references with `.meta({ references })`,
 * this file derives them from today's schemas. After the merge, src/cms/collections.ts should
 * import the real schemas instead, and this file goes.
 */
import { z } from 'zod';
import { agencySchema } from '../schemas/agency.ts';
import { agreementSchema } from '../schemas/agreement.ts';
import { areaSchema } from '../schemas/area.ts';
import { id, localized, sourceRef } from '../schemas/common.ts';
import { documentSchema } from '../schemas/document.ts';
import { milestoneSchema } from '../schemas/milestone.ts';
import { newsSchema } from '../schemas/news.ts';
import { provinceSchema } from '../schemas/province.ts';

const ref = (collection: string) => id.meta({ references: collection });
const title = z.string().trim().min(1, { error: 'Cần tiêu đề tiếng Việt (title).' });
const summary = z.string().trim().min(1, { error: 'Cần tóm tắt (summary).' });
const source = sourceRef.extend({ document: ref('documents') });
const sources = z.array(source);

export const newsVi = newsSchema.omit({ translation: true }).extend({
  title,
  summary,
  agreements: z.array(ref('agreements')).default([]),
  milestones: z.array(newsSchema.shape.milestones.unwrap().element.meta({ references: 'milestones' })).default([]),
  provinces: z.array(ref('provinces')).default([]),
  sources: sources.min(1, { error: 'Mỗi tin cần ít nhất một nguồn (sources).' }),
});

const agreementBase = z.strictObject(agreementSchema.shape);
export const agreementVi = agreementBase.omit({ translation: true }).extend({
  title,
  summary,
  parties: z.array(z.strictObject({ province: ref('provinces'), body: ref('agencies').optional() })).min(2),
  signed: z.strictObject({ date: agreementBase.shape.signed.unwrap().shape.date, place: localized.optional(), source }).optional(),
  documents: z.array(ref('documents')).default([]),
  budget: agreementBase.shape.budget.unwrap().extend({ source }).optional(),
  sources: sources.min(1),
});

export const areaVi = z.strictObject({ title, summary, order: areaSchema.shape.order });

export const milestoneVi = milestoneSchema.omit({ translation: true }).extend({
  agreement: ref('agreements'),
  areas: z.array(ref('areas')).min(1, { error: 'Cần ít nhất một lĩnh vực (areas).' }),
  title,
  summary: summary.optional(),
  lead: z.array(ref('agencies')).default([]),
  coordinating: z.array(ref('agencies')).default([]),
  mentioned: z.array(ref('agencies')).default([]),
  places: z.array(ref('provinces')).default([]),
  source,
  status: z
    .array(milestoneSchema.shape.status.unwrap().element.extend({ note: localized, source }))
    .default([]),
});

/** The Lao file of any MDX entry: its prose only, and what it was translated from. */
export const translationLo = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).optional(),
  translatedFrom: z.string().regex(/^[0-9a-f]{12}$/),
  outdated: z.literal(true).optional(),
});

export const agency = agencySchema.extend({
  province: ref('provinces').optional(),
  successor: ref('agencies').optional(),
});
export const province = provinceSchema.extend({
  parent: ref('provinces').optional(),
  successor: ref('provinces').optional(),
});
export const document = documentSchema.extend({ issuer: ref('agencies') });
