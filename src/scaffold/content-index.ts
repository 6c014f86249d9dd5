import { entriesOf, readContent } from '../validation/read-content.ts';
import type { CollectionName } from '../schemas/index.ts';
import { ScaffoldError } from './flags.ts';

/** The ids already in the content, so a new file can only point at things that exist. */
export function contentIndex(contentRoot: string, projectRoot: string) {
  const entries = readContent(contentRoot, projectRoot);
  const of = (collection: CollectionName) => entriesOf(entries, collection);
  const collections = {
    provinces: of('provinces'),
    agencies: of('agencies'),
    areas: of('areas'),
    documents: of('documents'),
    agreements: of('agreements'),
    milestones: of('milestones'),
  };
  const labels: Record<keyof typeof collections, string> = {
    provinces: 'tỉnh (content/provinces/)',
    agencies: 'cơ quan (content/agencies/)',
    areas: 'lĩnh vực (content/areas/)',
    documents: 'văn bản (content/documents/)',
    agreements: 'thỏa thuận (content/agreements/)',
    milestones: 'mốc (content/milestones/)',
  };
  return {
    ...collections,
    /** The entry with that id, or an error listing the ids that exist. */
    must(collection: keyof typeof collections, id: string) {
      const entry = collections[collection].get(id);
      if (!entry) {
        const known = [...collections[collection].keys()];
        const close = known.filter((k) => k.includes(id) || id.includes(k)).slice(0, 5);
        const hint = close.length ? `Có phải: ${close.join(', ')}?` : `Các mã có: ${known.slice(0, 30).join(', ')}${known.length > 30 ? ', …' : ''}.`;
        throw new ScaffoldError(`Không có ${labels[collection]} mang mã "${id}". ${hint}`);
      }
      return entry;
    },
  };
}
export type ContentIndex = ReturnType<typeof contentIndex>;
