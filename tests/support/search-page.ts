import type { Page } from 'playwright-core';
import { SEARCH_STEPS, type SearchStep } from '../../src/scripts/search/steps.ts';

export interface Searched {
  status: string;
  kind: string;
  /** Result URLs, in the order shown. */
  urls: string[];
  /** Milliseconds from the query to the rendered list, as the page measured it. */
  ms: number;
  /** The durations the page recorded for each step (src/scripts/search/steps.ts) since the search began. */
  steps: Record<SearchStep, number[]>;
}

/** Types a query into the search page's field (as a reader would) and waits for its outcome. */
export async function typeQuery(page: Page, query: string): Promise<Searched> {
  const before = await page.locator('#search-status').getAttribute('data-run');
  await page.fill('#search-q', query);
  return outcome(page, before);
}

/** Waits until the page has announced a search that ended after `before`. */
export async function outcome(page: Page, before: string | null): Promise<Searched> {
  await page.waitForFunction((b) => {
    const status = document.querySelector<HTMLElement>('#search-status')!;
    return status.dataset.run !== undefined && status.dataset.run !== b && !document.querySelector('#search-results')!.hasAttribute('aria-busy');
  }, before);
  return page.evaluate((names) => {
    const status = document.querySelector<HTMLElement>('#search-status')!;
    return {
      status: status.textContent ?? '',
      kind: status.dataset.kind ?? '',
      urls: [...document.querySelectorAll<HTMLElement>('#search-results > li')].map((li) => li.dataset.result!),
      ms: Number(document.querySelector<HTMLElement>('#search-results')!.dataset.searchMs ?? NaN),
      steps: Object.fromEntries(Object.entries(names).map(([step, name]) => [step, performance.getEntriesByName(name).map((e) => e.duration)])) as Record<SearchStep, number[]>,
    };
  }, SEARCH_STEPS);
}

/** The search page in `lang`, with the search engine loaded (the field focused, as a reader does). */
export async function openSearch(page: Page, base: string, lang: 'vi' | 'lo', query = '') {
  await page.goto(`${base}/${lang}/search/${query}`);
  await page.focus('#search-q');
  await page.waitForSelector('#search-form[data-engine="ready"]');
}

/** A shared address of the search page (`…/search/?q=…`) opened, once its first results are on screen. */
export async function openShared(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
}
