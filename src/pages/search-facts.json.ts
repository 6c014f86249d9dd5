import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { catalogSearchFacts } from '../data/search-content.ts';

/**
 * The facts each search result shows and filters on, written by the build from the loaded
 * catalog for the indexer (scripts/index-search.ts), which runs on the built pages: it never
 * reads content/ again.
 */
export const GET: APIRoute = async () => {
  const facts = catalogSearchFacts(await getCatalog());
  return new Response(JSON.stringify([...facts.values()]), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
