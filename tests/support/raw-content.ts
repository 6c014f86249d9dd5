import { readFileSync } from 'node:fs';
import type { CollectionName } from '../../src/schemas/index.ts';
import { entriesOf, readContent } from '../../src/validation/read-content.ts';

/**
 * The content as the editors wrote it, read straight from content/ with the checker's reader
 * (not through Astro): what tests compare the built site's pages, feeds and data files against.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

export function rawContent(root = 'content') {
  const entries = readContent(root);
  const of = (collection: CollectionName) =>
    new Map([...entriesOf(entries, collection)].map(([id, e]) => [id, e.data as Data]));
  return {
    provinces: of('provinces'),
    agencies: of('agencies'),
    areas: of('areas'),
    documents: of('documents'),
    agreements: of('agreements'),
    milestones: of('milestones'),
    news: of('news'),
    newsLo: of('newsLo'),
  };
}

/** The public address the site is built for (astro.config.mjs's default, as the tests build without SITE_URL). */
export const SITE = new URL(readFileSync('astro.config.mjs', 'utf8').match(/SITE_URL \?\? '([^']+)'/)![1]);

/** A date as YAML gives it (a Date for an unquoted 2023-05-19) as "YYYY-MM-DD". */
export const isoText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
