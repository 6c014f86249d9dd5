// The content search needs, read and validated the way the content checker reads it (no Astro).
import { readContent } from '../../src/validation/read-content.ts';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';
import type { SearchContent } from '../../src/lib/search-facts.ts';

export function readSearchContent(contentRoot = 'content'): SearchContent {
  const entries = readContent(contentRoot);
  const parsed = <C extends CollectionName>(collection: C) =>
    entries
      .filter((e) => e.collection === collection)
      .map((e) => {
        const result = schemas[collection].safeParse(e.data);
        // The build checks content before this script runs; a failure here means it did not.
        if (!result.success) throw new Error(`${e.file}: invalid ${collection} entry (run "npm run check")`);
        return { id: e.id, data: result.data };
      });
  return {
    agreements: parsed('agreements'),
    milestones: parsed('milestones'),
    documents: parsed('documents'),
    news: parsed('news'),
    provinces: parsed('provinces'),
    agencies: parsed('agencies'),
  } as SearchContent;
}
