import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements } from '../support/content.ts';
import { openSession } from '../support/browser-session.ts';

/**
 * The plan chart in Chromium: one agreement's chart prints on one A4 landscape page, fills the
 * 1280 px layout without scrolling, and on a phone scrolls sideways with the area names in view.
 */
let session: Awaited<ReturnType<typeof openSession>>;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session?.close());

const cases = agreements.flatMap((a) => (['vi', 'lo'] as const).map((lang) => ({ lang, path: `/${lang}/agreements/${a.id}/` })));
// A4 landscape less the 10 mm margins of @page plan-chart, at 96 px to the inch.
const A4 = { width: Math.floor((277 / 25.4) * 96), height: Math.floor((190 / 25.4) * 96) };

describe('plan chart', () => {
  it.each(cases)('$path prints on one A4 landscape page', async ({ path }) => {
    const page = await session.page(A4.width);
    await page.setViewportSize(A4);
    await page.goto(session.url + path);
    await page.emulateMedia({ media: 'print' });
    const box = await page.evaluate(() => {
      const figure = document.querySelector<HTMLElement>('[data-plan-chart]')!;
      const scroll = figure.querySelector<HTMLElement>('.pc-scroll')!;
      return { height: figure.getBoundingClientRect().height, overflow: scroll.scrollWidth - scroll.clientWidth, page: getComputedStyle(figure).page };
    });
    await page.context().close();
    expect(box.page).toBe('plan-chart');
    expect(box.overflow).toBeLessThanOrEqual(0);
    expect(box.height).toBeLessThanOrEqual(A4.height);
  });

  it.each(cases)('$path fits the width of a 1280 px screen', async ({ path }) => {
    const page = await session.page(1280);
    await page.goto(session.url + path);
    const overflow = await page.evaluate(() => {
      const scroll = document.querySelector<HTMLElement>('[data-plan-chart] .pc-scroll')!;
      return scroll.scrollWidth - scroll.clientWidth;
    });
    await page.context().close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it.each(cases.filter((c) => c.lang === 'lo' || c.path.includes('bac-giang')))('$path scrolls sideways on a phone, area names kept in view', async ({ path }) => {
    const page = await session.page(390);
    await page.goto(session.url + path);
    const result = await page.evaluate(() => {
      const scroll = document.querySelector<HTMLElement>('[data-plan-chart] .pc-scroll')!;
      const label = scroll.querySelector<HTMLElement>('.pc-row[data-area] .pc-label')!;
      const before = label.getBoundingClientRect().left;
      scroll.scrollLeft = scroll.scrollWidth;
      return { scrolls: scroll.scrollWidth > scroll.clientWidth, moved: scroll.scrollLeft, before, after: label.getBoundingClientRect().left, left: scroll.getBoundingClientRect().left };
    });
    await page.context().close();
    expect(result.scrolls).toBe(true);
    expect(result.moved).toBeGreaterThan(100);
    expect(result.after).toBe(result.before);
    expect(result.after).toBe(result.left);
  });
});
