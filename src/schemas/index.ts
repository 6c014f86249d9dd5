/** Every content schema, keyed by collection name: the contract Astro's content layer checks each file against. */
import { agencySchema } from './agency.ts';
import { agreementSchema } from './agreement.ts';
import { areaSchema } from './area.ts';
import { commemorationSchema } from './commemoration.ts';
import { documentSchema } from './document.ts';
import { glossaryTermSchema } from './glossary.ts';
import { laoAreaSchema, laoTitledSchema } from './lao-text.ts';
import { milestoneSchema } from './milestone.ts';
import { newsSchema } from './news.ts';
import { provinceSchema } from './province.ts';

export const schemas = {
  provinces: provinceSchema,
  agencies: agencySchema,
  areas: areaSchema,
  areasLo: laoAreaSchema,
  documents: documentSchema,
  agreements: agreementSchema,
  agreementsLo: laoTitledSchema,
  milestones: milestoneSchema,
  milestonesLo: laoTitledSchema,
  news: newsSchema,
  newsLo: laoTitledSchema,
  glossary: glossaryTermSchema,
  commemorations: commemorationSchema,
} as const;
export type CollectionName = keyof typeof schemas;

export { proseFields, translatedCollections, type TranslatedCollection } from './prose-fields.ts';
