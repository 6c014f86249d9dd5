import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSession, widths } from '../support/browser-session.ts';
import { templates } from '../support/templates.ts';

let session: Awaited<ReturnType<typeof openSession>>;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session?.close());

const cases = templates().flatMap((t) => Object.entries(widths).map(([device, width]) => ({ ...t, device, width })));

// Concurrent: axe spends its time in Chromium's renderer processes, so several pages at once
// keep every core busy (this file was most of the suite's time when it ran one page at a time).
describe.concurrent('axe-core finds no WCAG 2.2 A/AA violation', () => {
  it.for(cases)('$name ($lang, $device) $path', async ({ path, width }, { expect }) => {
    const page = await session.page(width);
    await page.goto(session.url + path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    await page.context().close();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);
    // Rules that ran and passed: a sanity check that axe really looked at the page.
    expect(results.passes.length).toBeGreaterThan(10);
  });
});
