/** Every content schema, keyed by collection name: used by Astro and by the content checker alike. */
import { agencySchema } from './agency.ts';
import { agreementSchema } from './agreement.ts';
import { areaSchema } from './area.ts';
import { commemorationSchema } from './commemoration.ts';
import { documentSchema } from './document.ts';
import { glossaryTermSchema } from './glossary.ts';
import { milestoneSchema } from './milestone.ts';
import { newsSchema, newsTranslationSchema } from './news.ts';
import { provinceSchema } from './province.ts';

export const schemas = {
  provinces: provinceSchema,
  agencies: agencySchema,
  areas: areaSchema,
  documents: documentSchema,
  agreements: agreementSchema,
  milestones: milestoneSchema,
  news: newsSchema,
  newsLo: newsTranslationSchema,
  glossary: glossaryTermSchema,
  commemorations: commemorationSchema,
} as const;
export type CollectionName = keyof typeof schemas;
