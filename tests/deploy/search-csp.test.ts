// Search as served by deploy/nginx.conf: its Content-Security-Policy allows scripts from the
// site and WebAssembly ('wasm-unsafe-eval'), nothing inline. The search must work under it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser-session.ts';
import { DIST } from '../support/built-site.ts';
import { startNginx } from '../support/nginx.ts';
import { openSearch, typeQuery } from '../support/search-page.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startNginx>>;
beforeAll(async () => {
  browser = await testBrowser();
  server = await startNginx(DIST);
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

describe('search under the server\'s Content-Security-Policy', () => {
  it.each([
    ['vi', 'dai hoc tan trao', '/vi/agencies/truong-dai-hoc-tan-trao/'],
    ['lo', 'ຊຽງຂວາງ', '/lo/provinces/xiangkhouang/'],
  ] as const)('%s: %s finds %s, with no violation', async (lang, query, expected) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true }); // nginx's self-signed test certificate
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await openSearch(page, server.url, lang);
    const { urls } = await typeQuery(page, query);
    expect(urls.slice(0, 3)).toContain(expected);
    expect(violations).toEqual([]);
    await context.close();
  });
});
