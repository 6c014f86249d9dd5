import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSession, widths } from '../support/browser-session.ts';
import { templates } from '../support/templates.ts';

let session: Awaited<ReturnType<typeof openSession>>;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session?.close());

// axe-core itself, put into each page once and run there at each width. (@axe-core/playwright
// puts its 500 kB script into the page again for every check; in its default mode it also checks
// each frame and combines the results in a new blank page, and none of the site's pages has a frame.)
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Node details only for violations (passing rules keep one node each): describing every passing
// node took a third of axe's time.
const OPTIONS: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] };

// One page per template, checked at each width in turn (resized, so media queries apply as on a
// phone), in tabs reused from page to page (session.withTab).
describe.concurrent('axe-core finds no WCAG 2.2 A/AA violation', () => {
  it.for(templates())('$name ($lang) $path, phone and desktop', ({ path }, { expect }) =>
    session.withTab(widths.phone, async (page) => {
      await page.goto(session.url + path);
      expect(new URL(page.url()).pathname).toBe(path);
      await page.evaluate(AXE);
      for (const [device, width] of Object.entries(widths)) {
        await page.setViewportSize({ width, height: 900 });
        const results = await page.evaluate((options) => (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }).axe.run(document, options), OPTIONS);
        const violations = results.violations.map((v) => `${device}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(violations).toEqual([]);
        // Rules that ran and passed: a sanity check that axe really looked at the page.
        expect(results.passes.length, device).toBeGreaterThan(10);
      }
    }));
});
