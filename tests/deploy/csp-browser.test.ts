import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser-session.ts';
import { DIST } from '../support/built-site.ts';
import { startNginx } from '../support/nginx.ts';
import { templates } from '../support/templates.ts';

/** A page as Chromium loads it from nginx: what the console says about the Content-Security-Policy, and whether the styles applied. */
async function load(browser: Browser, url: string) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true }); // nginx's self-signed test certificate
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // Reports violations the console may word differently (or not at all, e.g. in frames).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  // A style sheet the policy blocked is left without rules.
  const sheets = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.sheet?.cssRules.length ?? 0));
  await context.close();
  return { status: response?.status(), violations, sheets };
}

let browser: Browser;
beforeAll(async () => {
  browser = await testBrowser();
});
afterAll(() => browser?.close());

describe('pages under the server\'s Content-Security-Policy, in Chromium', () => {
  let server: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    server = await startNginx(DIST);
  });
  afterAll(() => server?.stop());

  // Concurrent: each page waits for the network to go quiet, which is mostly idle time.
  it.concurrent.each(templates())('$name ($lang) $path: no violation, style sheets applied', async ({ path }) => {
    const { violations, sheets, status } = await load(browser, server.url + path);
    expect(status).toBe(200);
    expect(violations).toEqual([]);
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.every((rules) => rules > 0), `style sheet rules: ${sheets}`).toBe(true);
  });
});

/** The detector above must see a violation when there is one, or its silence proves nothing. */
describe('a page that breaks the policy', () => {
  let root = '';
  let server: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'csp-bad-'));
    mkdirSync(join(root, 'vi'));
    writeFileSync(join(root, 'vi', 'index.html'), '<!doctype html><html lang="vi"><title>x</title><body><p style="color:red">x</p><script>document.title = "ran"</script></body></html>');
    server = await startNginx(root);
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('is reported: the inline script and the style attribute are refused', async () => {
    const { violations } = await load(browser, `${server.url}/vi/`);
    expect(violations.some((v) => /script-src/.test(v))).toBe(true);
    expect(violations.some((v) => /style-src/.test(v))).toBe(true);
  });
});
