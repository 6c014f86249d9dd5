import { searchFacts, type PageFacts } from '../lib/search-facts.ts';
import type { Catalog } from './catalog.ts';
import { contentDate } from './dates.ts';

/** Search facts of every page search covers, from the loaded catalog (the search page, the indexer). */
export function catalogSearchFacts(catalog: Catalog): Map<string, PageFacts> {
  return searchFacts({
    agreements: [...catalog.agreements.values()],
    milestones: catalog.milestones,
    documents: [...catalog.documents.values()],
    news: catalog.news,
    provinces: [...catalog.provinces.values()],
    agencies: [...catalog.agencies.values()],
  }, contentDate);
}
