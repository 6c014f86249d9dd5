// axe-core run in the page itself, for the accessibility and search-page tests: put into a page
// once, then run as often as the page changes (at each width, say). @axe-core/playwright put its
// 500 kB script in again for every check and, in its default mode, checked each frame and combined
// the results in a new blank page; none of the site's pages has a frame.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules of WCAG 2.2 A and AA. Node details only for violations: describing every passing node took a third of axe's time. */
const OPTIONS: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] };

/** Puts axe-core into the page as it is now loaded (again after each navigation). */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(AXE);
}

/** axe-core's WCAG 2.2 A/AA check of the page as it is now. */
export function runAxe(page: Page): Promise<AxeResults> {
  return page.evaluate((options) => (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }).axe.run(document, options), OPTIONS);
}
