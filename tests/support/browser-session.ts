import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { DIST } from './built-site.ts';
import { serveStatic } from './static-server.ts';

/**
 * The run's shared Chromium (tests/support/browser-server.ts, a global setup) when there is one,
 * else a browser of this file's own. `close()` on a connected browser only disconnects.
 */
export function testBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchBrowser('shell');
}

/** A browser and the built site served on 127.0.0.1, for one test file. */
export async function openSession() {
  const server = await serveStatic(DIST);
  let browser: Browser;
  try {
    browser = await testBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  const tabs = tabPool(async () => (await browser.newContext()).newPage());
  return {
    url: server.url,
    browser,
    /** A page in a fresh context, at a viewport width: for tests that add listeners, routes or init scripts. */
    async page(width = 1280) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      return context.newPage();
    },
    /**
     * Runs `use` in a tab reused from test to test, at a viewport (a width, 900 px high, or width and
     * height), for tests that navigate and read. A new context costs Chromium four times a page load (a browser context and a
     * renderer process); a tab keeps its renderer across the site's pages. Nothing of the site
     * stores state in the browser, so a navigation leaves nothing of the last test behind.
     */
    withTab: <T>(viewport: Viewport, use: (page: Page) => Promise<T>) => tabs.use(viewport, use),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const widths = { phone: 375, desktop: 1280 } as const;

/** A viewport width (900 px high), or a width and height. */
export type Viewport = number | { width: number; height: number };

/**
 * At most `size` tabs, handed to one test at a time. A tab comes back with its listeners removed and
 * its media emulation off; a test may leave it on any page.
 */
export function tabPool(open: () => Promise<Page>, size = 2) {
  const free: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let opened = 0;
  const take = async (): Promise<Page> => {
    const page = free.pop();
    if (page) return page;
    if (opened < size) return opened++, open();
    return new Promise((resolve) => waiting.push(resolve));
  };
  const give = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else free.push(page);
  };
  // A tab that no longer answers (its renderer crashed) is closed, and a new one is opened for whoever waits.
  const lost = (page: Page) => {
    opened--;
    void page.context().close().catch(() => undefined);
    const next = waiting.shift();
    if (next) void take().then(next);
  };
  return {
    async use<T>(viewport: Viewport, use: (page: Page) => Promise<T>): Promise<T> {
      const page = await take();
      try {
        await page.setViewportSize(typeof viewport === 'number' ? { width: viewport, height: 900 } : viewport);
        return await use(page);
      } finally {
        page.removeAllListeners();
        await page.emulateMedia({ media: null }).then(() => give(page), () => lost(page));
      }
    },
  };
}
