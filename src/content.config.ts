import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { schemas, type CollectionName } from './schemas/index.ts';
import { layout } from './validation/layout.ts';

// Schemas and file layout are defined once (src/schemas, src/validation/layout) and
// shared with the content checker, which also verifies every cross-reference.
function collection<N extends CollectionName>(name: N) {
  const { base, pattern, format, idOf } = layout[name];
  const loader =
    format === 'map'
      ? file(`content/${pattern}`)
      : glob({ base: `./content/${base}`, pattern, generateId: ({ entry }) => idOf(entry) });
  return defineCollection({ loader, schema: schemas[name] as (typeof schemas)[N] });
}

export const collections = {
  provinces: collection('provinces'),
  agencies: collection('agencies'),
  areas: collection('areas'),
  documents: collection('documents'),
  agreements: collection('agreements'),
  milestones: collection('milestones'),
  news: collection('news'),
  newsLo: collection('newsLo'),
  glossary: collection('glossary'),
  commemorations: collection('commemorations'),
};
