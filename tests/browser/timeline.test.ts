import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSession, widths } from '../support/browser-session.ts';
import { milestones } from '../support/content.ts';

/**
 * The timeline in Chromium, as readers use it: filters followed as links with JavaScript off,
 * the keyboard, what a screen reader hears, where bars sit, the embed inside another site's
 * page, and the printed page. Tests that only navigate and read use the session's reused tabs;
 * those that turn script off, route requests or grant permissions get a context of their own.
 */
let session: Awaited<ReturnType<typeof openSession>>;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session?.close());

const SITE = 'https://hoptac-vietlao.example.org';
const itemIds = (page: Page) => page.locator('li.tl-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-milestone')!));
const QIV_2023 = milestones.find((m) => m.when === 'Quý IV/2023')!.id;

async function withContext<T>(options: Parameters<typeof session.browser.newContext>[0], run: (page: Page, context: BrowserContext) => Promise<T>) {
  const context = await session.browser.newContext({ viewport: { width: widths.desktop, height: 900 }, ...options });
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

describe('filters, with JavaScript off', () => {
  it('take a reader from all tasks to an area, then to a year, each view at its own address', () =>
    withContext({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${session.url}/vi/timeline/`);
      expect((await itemIds(page)).length).toBe(milestones.length);

      // The area list is folded: a native <details> opens without script.
      await page.locator('[data-dimension="area"] > summary').click();
      await page.getByRole('link', { name: /^Giáo dục và đào tạo \(\d+\)$/ }).click();
      await page.waitForURL(`${session.url}/vi/timeline/area/education/`);
      const education = milestones.filter((m) => m.areas.includes('education')).map((m) => m.id).sort();
      expect((await itemIds(page)).sort()).toEqual(education);
      expect(await page.locator('[data-filters] a[aria-current="page"]').textContent()).toMatch(/^Giáo dục và đào tạo \(\d+\)$/);

      await page.getByRole('link', { name: /^2023 \(\d+\)$/ }).click();
      await page.waitForURL(`${session.url}/vi/timeline/year/2023/`);
      expect(await itemIds(page)).toContain(QIV_2023);

      // The address is the view: opened afresh, it shows the same tasks.
      const again = await page.context().newPage();
      await again.goto(`${session.url}/vi/timeline/year/2023/`);
      expect(await itemIds(again)).toEqual(await itemIds(page));
    }));
});

describe('keyboard and screen reader', () => {
  it('reaches every control with Tab, each visibly focused, and opens a folded filter with Enter', () =>
    session.withTab(widths.phone, async (page) => {
      await page.goto(`${session.url}/vi/timeline/year/2031/`);
      // Links inside a folded <details> are skipped content: not reachable until it opens.
      const focusable = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, textarea, summary')].filter((el) => el.checkVisibility()).length);
      const reached = new Set<string>();
      const invisible: string[] = [];
      for (let i = 0; i < focusable + 2; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return {
            key: `${el.tagName}|${el.getAttribute('href') ?? ''}|${el.textContent?.trim().slice(0, 30)}|${box.top + scrollY}`,
            visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && box.width > 0 && box.height > 0,
            body: el === document.body,
          };
        });
        if (info.body) continue;
        reached.add(info.key);
        if (!info.visible) invisible.push(info.key);
      }
      expect(invisible).toEqual([]);
      expect(reached.size).toBe(focusable);

      const summary = page.locator('[data-dimension="area"] > summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('[data-dimension="area"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/vi\/timeline\/area\//);
    }));

  it('reads each task as date, title, agencies, status, and nothing of the bar', () =>
    session.withTab(widths.desktop, async (page) => {
      await page.goto(`${session.url}/vi/timeline/agreement/tuyen-quang-xiangkhouang-2021-2025/`);
      const snapshot = await page.locator(`li[data-milestone="${QIV_2023}"]`).ariaSnapshot();
      const order = ['Quý IV/2023 (độ chính xác: quý)', 'link "Tổ chức hội nghị sơ kết', 'Chủ trì: Văn bản nguồn không nêu', 'Chưa có báo cáo'].map((s) => snapshot.indexOf(s));
      expect(order.every((at) => at >= 0), snapshot).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(snapshot).not.toMatch(/img|graphics|svg/i);
    }));
});

describe('what the bars show', () => {
  it('places a quarter over its quarter and "today" at the build date, in pixels', () =>
    session.withTab(widths.desktop, async (page) => {
      await page.goto(`${session.url}/vi/timeline/year/2023/`);
      const item = page.locator(`li[data-milestone="${QIV_2023}"]`);
      const track = (await item.locator('svg.tl-track').boundingBox())!;
      const bar = (await item.locator('rect.tl-b').boundingBox())!;
      // 1 October is day 273 of 2023's 365.
      expect(Math.abs(bar.x - (track.x + (273 / 365) * track.width))).toBeLessThan(1.5);
      expect(Math.abs(bar.x + bar.width - (track.x + track.width))).toBeLessThan(1.5);

      const today = await page.locator('[data-timeline]').getAttribute('data-today');
      const [y, mo, d] = today!.split('-').map(Number) as [number, number, number];
      await page.goto(`${session.url}/vi/timeline/year/${y}/`);
      const group = page.locator(`li.tl-group[data-group="${y}-${y}"]`);
      const line = (await group.locator('line[data-today]').first().boundingBox())!;
      const yearTrack = (await group.locator('svg.tl-track').first().boundingBox())!;
      const fraction = (Date.UTC(y, mo - 1, d) - Date.UTC(y, 0, 1)) / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1));
      expect(Math.abs(line.x + line.width / 2 - (yearTrack.x + fraction * yearTrack.width))).toBeLessThan(2);
    }));

  it('sets past tasks with no report apart from upcoming and completed ones', () =>
    session.withTab(widths.desktop, async (page) => {
      await page.goto(`${session.url}/vi/timeline/`);
      const looks = await page.evaluate(() =>
        ['planned', 'no-report', 'completed'].map((status) => {
          const li = document.querySelector<HTMLElement>(`li.tl-item[data-status="${status}"]`)!;
          const bar = li.querySelector('rect.tl-b, .tl-d rect')!;
          const badge = li.querySelector('.tl-badge')!;
          return {
            status,
            border: `${getComputedStyle(li).borderLeftStyle} ${getComputedStyle(li).borderLeftColor}`,
            fill: getComputedStyle(bar).fill,
            badge: `${getComputedStyle(badge).borderStyle} ${badge.textContent}`,
          };
        }),
      );
      const [planned, noReport, completed] = looks as [typeof looks[0], typeof looks[0], typeof looks[0]];
      expect(noReport.border).toMatch(/^dashed/);
      expect(planned.border).toMatch(/^solid/);
      expect(noReport.badge).toMatch(/^dashed Chưa có báo cáo/);
      expect(new Set(looks.map((l) => l.border)).size).toBe(3);
      expect(new Set(looks.map((l) => l.fill)).size).toBe(3);
      expect(completed.badge).toContain('Đã hoàn thành');
    }));
});

describe('embedding in another site', () => {
  it('the copied iframe shows the timeline without the site header, and its links open the full page on top', () =>
    withContext({}, async (page, context) => {
      await page.goto(`${session.url}/vi/timeline/agreement/tuyen-quang-xiangkhouang-2021-2025/`);
      const snippet = await page.locator('textarea[data-embed-code]').inputValue();
      const fullIds = await itemIds(page);

      // A press article on another host, and the site at its public address, both served here.
      await context.route(`${SITE}/**`, async (route) => {
        const url = new URL(route.request().url());
        const response = await fetch(session.url + url.pathname);
        await route.fulfill({ status: response.status, body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? 'text/html' });
      });
      await context.route('http://press.test/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="vi"><title>Báo</title><h1>Bài báo</h1>${snippet}</html>` }),
      );
      await page.goto('http://press.test/article');
      const frame = page.frameLocator('iframe');
      await frame.locator('li.tl-item').first().waitFor();
      expect(await frame.locator('li.tl-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-milestone')))).toEqual(fullIds);
      expect(await frame.locator('body > header, nav').count()).toBe(0);
      expect(await frame.locator('a[data-full-page]').getAttribute('href')).toBe('/vi/timeline/agreement/tuyen-quang-xiangkhouang-2021-2025/');

      await frame.locator(`li[data-milestone="${QIV_2023}"] a`).click();
      await page.waitForURL(`${SITE}/vi/milestones/${QIV_2023}/`);
      expect(await page.locator('h1').textContent()).toContain('Tổ chức hội nghị sơ kết');
    }));

  it('copies the iframe code with the button, and says so', () =>
    withContext({}, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
      await page.goto(`${session.url}/vi/timeline/year/2031/`);
      const button = page.locator('button[data-copy]');
      expect(await button.isVisible()).toBe(true);
      await button.click();
      await page.locator('[data-copy-status]', { hasText: 'Đã sao chép mã nhúng.' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.locator('textarea[data-embed-code]').inputValue());
      expect(copied).toMatch(/^<iframe src="https:\/\/hoptac-vietlao\.example\.org\/vi\/embed\/timeline\/year\/2031\/"/);
    }));
});

describe('print', () => {
  const hidden = (page: Page) =>
    page.evaluate(() =>
      ['body > header', 'body > footer', '[data-lang-switch]', '[data-filters]', '[data-embed-snippet]', 'a[href="#main"]']
        .map((selector) => [selector, [...document.querySelectorAll(selector)].every((el) => getComputedStyle(el).display === 'none')]),
    );

  it.each([
    ['timeline', `/vi/timeline/agreement/tuyen-quang-xiangkhouang-2021-2025/`],
    ['agreement', '/vi/agreements/tuyen-quang-xiangkhouang-2021-2025/'],
    ['milestone', `/lo/milestones/${milestones[0]!.id}/`],
  ])('turns a %s page into an A4 document without the site chrome, printing where links lead', (_, path) =>
    session.withTab(widths.desktop, async (page) => {
      await page.goto(session.url + path);
      await page.emulateMedia({ media: 'print' });
      expect((await hidden(page)).filter(([, ok]) => !ok)).toEqual([]);
      const source = page.locator('[data-print-source]');
      expect(await source.isVisible()).toBe(true);
      expect(await source.textContent()).toContain(`${SITE}${path}`);
      // Generated content is part of what the link reads as: its path follows it on paper.
      const link = page.locator('main a[href^="/"]').first();
      const href = await link.getAttribute('href');
      expect(await link.ariaSnapshot()).toContain(`(${href})`);

      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(0);
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)!;
      // A4 is 210 × 297 mm: 595.3 × 841.9 points.
      expect(Math.abs(Number(box[1]) - 595.3)).toBeLessThan(2);
      expect(Math.abs(Number(box[2]) - 841.9)).toBeLessThan(2);
    }));
});
