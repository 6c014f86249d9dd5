/**
 * The steps of a search that the search page records in the performance timeline (DevTools'
 * "Timings" track), cleared when the next search starts; `npm run bench:search` prints them.
 */
export const SEARCH_STEPS = {
  /** The engine finding the pages: index chunks loaded and read, matches ranked. */
  pages: 'search: pages',
  /** The text of the results shown: one Pagefind fragment per result. */
  text: 'search: text',
  /** The results checked, re-ordered by title (src/lib/search-rank.ts) and put on the page. */
  render: 'search: render',
} as const;
export type SearchStep = keyof typeof SEARCH_STEPS;
