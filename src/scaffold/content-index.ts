import type { z } from 'zod';
import type { ContentSession, LoadedEntry } from '../loaders/content-session.ts';
import type { schemas } from '../schemas/index.ts';
import { ScaffoldError } from './flags.ts';

type Indexed = 'provinces' | 'agencies' | 'areas' | 'documents' | 'agreements' | 'milestones';
/** A loaded entry with its data typed by its collection's schema (which the loader checked it against). */
export type Typed<C extends Indexed> = Omit<LoadedEntry, 'data'> & { data: z.output<(typeof schemas)[C]> };

/** The ids already in the content (as the loaders read it), so a new file can only point at things that exist. */
export function contentIndex(session: ContentSession) {
  const of = <C extends Indexed>(collection: C) => (session.entries.get(collection) ?? new Map()) as Map<string, Typed<C>>;
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
    /** Every loaded entry, for a Lao file's scaffold (which needs the Vietnamese it translates). */
    session,
    /** The entry with that id, or an error listing the ids that exist. */
    must<C extends Indexed>(collection: C, id: string): Typed<C> {
      const entry = (collections[collection] as Map<string, Typed<C>>).get(id);
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
