import { afterAll, beforeAll, describe, it } from 'vitest';
import { injectAxe, runAxe } from '../support/axe.ts';
import { openSession, widths } from '../support/browser-session.ts';
import { templates } from '../support/templates.ts';

let session: Awaited<ReturnType<typeof openSession>>;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session?.close());

// One page per template, checked at each width in turn (resized, so media queries apply as on a
// phone), in tabs reused from page to page (session.withTab).
describe.concurrent('axe-core finds no WCAG 2.2 A/AA violation', () => {
  it.for(templates())('$name ($lang) $path, phone and desktop', ({ path }, { expect }) =>
    session.withTab(widths.phone, async (page) => {
      await page.goto(session.url + path);
      expect(new URL(page.url()).pathname).toBe(path);
      await injectAxe(page);
      for (const [device, width] of Object.entries(widths)) {
        await page.setViewportSize({ width, height: 900 });
        const results = await runAxe(page);
        const violations = results.violations.map((v) => `${device}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(violations).toEqual([]);
        // Rules that ran and passed: a sanity check that axe really looked at the page.
        expect(results.passes.length, device).toBeGreaterThan(10);
      }
    }));
});
