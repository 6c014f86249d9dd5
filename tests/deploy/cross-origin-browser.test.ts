import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser-session.ts';
import { DIST } from '../support/built-site.ts';
import { startNginx } from '../support/nginx.ts';

/**
 * Another site (http://localhost:…, a different origin from nginx's https://127.0.0.1:…) in
 * Chromium: it frames our embeds even under its own Cross-Origin-Embedder-Policy, and its
 * scripts read our open data; our other pages it can neither frame nor read.
 */
let browser: Browser;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let other: Server;
let otherUrl = '';

beforeAll(async () => {
  browser = await testBrowser();
  nginx = await startNginx(DIST);
  other = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const src = query.get('frame');
    const isolated = query.has('coep') ? { 'cross-origin-embedder-policy': 'require-corp' } : {};
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...isolated });
    response.end(`<!doctype html><title>Trang khác</title>${src ? `<iframe src="${nginx.url}${src}" width="800" height="600"></iframe>` : ''}`);
  });
  await new Promise<void>((done) => other.listen(0, 'localhost', done));
  otherUrl = `http://localhost:${(other.address() as { port: number }).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await new Promise((done) => other?.close(done));
});

async function onOtherSite<T>(path: string, use: (page: Page) => Promise<T>, coep = false): Promise<T> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true }); // nginx's self-signed test certificate
  try {
    const page = await context.newPage();
    await page.goto(`${otherUrl}?frame=${encodeURIComponent(path)}${coep ? '&coep' : ''}`, { waitUntil: 'load' });
    return await use(page);
  } finally {
    await context.close();
  }
}

/** The framed document's heading, or null when the browser refused to show it. */
const framedHeading = (page: Page) =>
  page.frames().find((f) => f.url().startsWith(nginx.url))?.locator('h1, h2').first().textContent({ timeout: 5_000 }).catch(() => null) ?? Promise.resolve(null);

describe('our site seen from another site', () => {
  it.each([false, true])('shows a timeline embed in its iframe (under a require-corp embedder policy: %s)', async (coep) => {
    const heading = await onOtherSite('/lo/embed/timeline/', framedHeading, coep);
    expect(heading).toMatch(/\S/);
  });

  it.each([false, true])('cannot frame an ordinary page (under a require-corp embedder policy: %s)', async (coep) => {
    expect(await onOtherSite('/vi/', framedHeading, coep)).toBeNull();
  });

  it('reads the open data, feeds and calendars from its scripts, but not our pages', async () => {
    const read = (page: Page, path: string) =>
      page.evaluate(`fetch(${JSON.stringify(nginx.url + path)}).then((r) => r.text()).then((t) => t.length, (e) => 'refused: ' + e.name)`);
    await onOtherSite('', async (page) => {
      for (const path of ['/vi/data/milestones.json', '/lo/data/agreements.csv', '/vi/rss.xml', '/vi/calendar/commemorations.ics']) {
        expect(await read(page, path), path).toBeGreaterThan(100);
      }
      expect(await read(page, '/vi/')).toBe('refused: TypeError');
    });
  });
});
