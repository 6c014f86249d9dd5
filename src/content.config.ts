import { defineCollection } from 'astro:content';
import { contentLoader } from './loaders/content-loader.ts';
import { schemas } from './schemas/index.ts';

// Schemas (src/schemas) are the contract; the loader (src/loaders) reads each file once,
// validates it against its schema and, once all are in, checks every reference across them.
export const collections = {
  provinces: defineCollection({ loader: contentLoader('provinces'), schema: schemas.provinces }),
  agencies: defineCollection({ loader: contentLoader('agencies'), schema: schemas.agencies }),
  areas: defineCollection({ loader: contentLoader('areas'), schema: schemas.areas }),
  areasLo: defineCollection({ loader: contentLoader('areasLo'), schema: schemas.areasLo }),
  documents: defineCollection({ loader: contentLoader('documents'), schema: schemas.documents }),
  agreements: defineCollection({ loader: contentLoader('agreements'), schema: schemas.agreements }),
  agreementsLo: defineCollection({ loader: contentLoader('agreementsLo'), schema: schemas.agreementsLo }),
  milestones: defineCollection({ loader: contentLoader('milestones'), schema: schemas.milestones }),
  milestonesLo: defineCollection({ loader: contentLoader('milestonesLo'), schema: schemas.milestonesLo }),
  news: defineCollection({ loader: contentLoader('news'), schema: schemas.news }),
  newsLo: defineCollection({ loader: contentLoader('newsLo'), schema: schemas.newsLo }),
  glossary: defineCollection({ loader: contentLoader('glossary'), schema: schemas.glossary }),
  commemorations: defineCollection({ loader: contentLoader('commemorations'), schema: schemas.commemorations }),
};
