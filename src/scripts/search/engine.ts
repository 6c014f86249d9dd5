// Pagefind, loaded on first use, and the query steps shared with the index (src/lib/search-text.ts).
import { otherLang, type Lang } from '../../lib/i18n.ts';
import { alternateLanguages, rankByPhrase, withRun } from '../../lib/search-rank.ts';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  createInstance: (o?: Record<string, unknown>) => PagefindApi;
}

/** Where the index is: "pagefind/" in the folder the site is served from (set by `useSite`). */
let indexPath = '/pagefind/';
export function useSite(base: string) {
  indexPath = `${base}pagefind/`;
}
// No web worker: one script fewer to download, and searches here take a few milliseconds.
// A document's number and signer count like its title, a province's name more (so that a place
// comes before the many bodies named after it); scripts/search/prepare-page.ts adds these fields.
const OPTIONS = { noWorker: true, excerptLength: 36, ranking: { metaWeights: { title: 5, number: 5, signer: 5, place: 10 } } };

let module: Promise<PagefindApi> | undefined;
let both: Promise<PagefindApi> | undefined;

/** Loads Pagefind (once). A variable URL keeps the bundler from trying to include it. */
export function loadPagefind(): Promise<PagefindApi> {
  const url = `${indexPath}pagefind.js`;
  module ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pf) => {
    await pf.options(OPTIONS);
    // Fetch the index's entry, metadata and WebAssembly now, not on the first keystroke. init()
    // returns before they arrive; an empty search waits for them and loads no index chunk.
    await pf.init();
    await pf.search('');
    return pf;
  });
  module.catch(() => (module = undefined)); // a failed load may be retried
  return module;
}

/** An instance searching this page's language and the other one, results merged. */
async function bothLanguages(other: Lang): Promise<PagefindApi> {
  both ??= loadPagefind().then(async (pf) => {
    const instance = pf.createInstance({ ...OPTIONS, basePath: indexPath });
    // The same index, other language. Pagefind skips a merge whose path starts its own
    // ("/pagefind/"), so the absolute address is given.
    await instance.mergeIndex(new URL(indexPath, location.href).href, { language: other });
    return instance;
  });
  return both;
}

export interface Search {
  query: string;
  terms: number;
  laoWord: number;
  filters: Record<string, string>;
  other?: Lang;
}

/** Result handles, best first; their text is loaded page by page with `data()`. */
export async function runSearch(s: Search): Promise<PagefindResult[]> {
  const pf = s.other ? await bothLanguages(s.other) : await loadPagefind();
  const found = await pf.search(s.query, { filters: s.filters });
  const ranked = rankByPhrase(withRun(found?.results ?? [], s.laoWord), s.terms);
  return s.other ? alternateLanguages(ranked, otherLang(s.other)) : ranked;
}
