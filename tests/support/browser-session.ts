import { chromium, type Browser } from 'playwright-core';
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
  return endpoint ? chromium.connect(endpoint) : launchBrowser();
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
  return {
    url: server.url,
    browser,
    /** A fresh context (as @axe-core/playwright needs) at a viewport width. */
    async page(width = 1280) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const widths = { phone: 375, desktop: 1280 } as const;
