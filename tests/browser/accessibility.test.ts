import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSession, widths } from '../support/browser-session.ts';
import { templates } from '../support/templates.ts';

let session: Awaited<ReturnType<typeof openSession>>;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session?.close());

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Node details only for violations (passing rules keep one node each): describing every passing
// node took a third of axe's time. Legacy mode runs axe.run in the page itself; the default runs
// it per frame and then again in a new blank page to combine frames, which costs a renderer and a
// second copy of axe per check, and none of the site's pages has a frame.
const options = { resultTypes: ['violations' as const] };

// One page per template, checked at each width in turn (resized, so media queries apply as on a
// phone), in tabs reused from page to page (session.withTab): axe's 500 kB script is compiled
// once per tab's renderer, not once per page.
describe.concurrent('axe-core finds no WCAG 2.2 A/AA violation', () => {
  it.for(templates())('$name ($lang) $path, phone and desktop', ({ path }, { expect }) =>
    session.withTab(widths.phone, async (page) => {
      await page.goto(session.url + path);
      expect(new URL(page.url()).pathname).toBe(path);
      for (const [device, width] of Object.entries(widths)) {
        await page.setViewportSize({ width, height: 900 });
        const results = await new AxeBuilder({ page }).withTags(tags).options(options).setLegacyMode(true).analyze();
        const violations = results.violations.map((v) => `${device}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(violations).toEqual([]);
        // Rules that ran and passed: a sanity check that axe really looked at the page.
        expect(results.passes.length, device).toBeGreaterThan(10);
      }
    }));
});
