import { readFileSync } from 'node:fs';
import { mergePairs } from '../../src/data/merge-pairs.ts';
import type { SearchContent } from '../../src/lib/search-facts.ts';
import { loadDirectly } from '../../src/loaders/load-directly.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

/**
 * The content as the loaders read it (the same loaders as the build, run directly, not through
 * Astro), with MDX pairs joined as the pages see them (prose as { vi, lo }): what tests compare
 * the built site's pages, feeds and data files against.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

export async function loadContent(root = process.cwd()) {
  const session = await loadDirectly(root);
  if (session.problems.length > 0) throw new Error(`Content has problems:\n${session.problems.map((p) => `${p.file}: ${p.message}`).join('\n')}`);
  const entries = (collection: CollectionName) => session.all(collection);
  const of = (collection: CollectionName) => new Map(entries(collection).map((e) => [e.id, e.data as Data]));
  const merged = (collection: 'agreements' | 'areas' | 'milestones' | 'news', lo: CollectionName) =>
    new Map(mergePairs(collection, entries(collection), entries(lo)).map((e) => [e.id, e.data as Data]));
  return {
    session,
    provinces: of('provinces'),
    agencies: of('agencies'),
    areas: merged('areas', 'areasLo'),
    documents: of('documents'),
    agreements: merged('agreements', 'agreementsLo'),
    milestones: merged('milestones', 'milestonesLo'),
    /** News facts with the Vietnamese title and summary as written (strings), as in the .vi.mdx file. */
    news: of('news'),
    newsLo: of('newsLo'),
    commemorations: of('commemorations'),
  };
}

const loaded = await loadContent();
/** The real content, loaded once per test file. */
export function rawContent() {
  return loaded;
}

/** The public address the site is built for (astro.config.mjs's default, as the tests build without SITE_URL). */
export const SITE = new URL(readFileSync('astro.config.mjs', 'utf8').match(/SITE_URL \?\? '([^']+)'/)![1]);

/** A date as YAML gives it (a Date for an unquoted 2023-05-19) as "YYYY-MM-DD". */
export const isoText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The loaded content in the shape search facts are computed from (src/lib/search-facts.ts), as the catalog gives it. */
export function searchContent(loaded = rawContent()): SearchContent {
  const list = (map: Map<string, Data>) => [...map].map(([id, data]) => ({ id, data }));
  return {
    agreements: list(loaded.agreements),
    milestones: list(loaded.milestones),
    documents: list(loaded.documents),
    news: list(loaded.news),
    provinces: list(loaded.provinces),
    agencies: list(loaded.agencies),
  } as SearchContent;
}
