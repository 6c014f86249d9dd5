// /admin/ (the editors' web interface) served by deploy/nginx.conf: its own Content-Security-Policy lets
// Decap CMS start and show its sign-in without a violation, the site's pages keep their stricter
// policy, and nothing is loaded from another host.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser-session.ts';
import { DIST } from '../support/built-site.ts';
import { startNginx } from '../support/nginx.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startNginx>>;
beforeAll(async () => {
  server = await startNginx(DIST);
  browser = await testBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const csp = async (path: string) => (await fetch(server.url + path)).headers.get('content-security-policy') ?? '';

describe('/admin/ under nginx', () => {
  it('has a policy of its own; the pages keep theirs', async () => {
    const admin = await csp('/admin/');
    expect(admin).toContain("script-src 'self' 'unsafe-eval'");
    expect(admin).toContain("frame-ancestors 'none'");
    for (const path of ['/vi/', '/lo/news/', '/vi/search/']) {
      const page = await csp(path);
      expect(page).not.toMatch(/'unsafe-(eval|inline)'/);
      expect(page).toContain("style-src 'self';");
    }
    const response = await fetch(`${server.url}/admin/`);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  });

  it('starts in Chromium and shows its sign-in in Vietnamese, with no violation and no request elsewhere', async () => {
    const { violations, outside, signIn } = await openAdmin(server.url);
    expect(signIn).toBe(true);
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  });

  // The detector must see a violation when there is one: with the pages' policy, the CMS is refused.
  it('is refused under the pages\' policy', async () => {
    const shipped = readFileSync('deploy/nginx.conf', 'utf8');
    const strict = shipped.replace(/(location \/admin\/ \{\n\s*add_header Content-Security-Policy ")[^"]*/, "$1default-src 'self'; script-src 'self'; style-src 'self'");
    expect(strict).not.toBe(shipped);
    const dir = mkdtempSync(join(tmpdir(), 'nginx-strict-'));
    writeFileSync(join(dir, 'nginx.conf'), strict);
    const other = await startNginx(DIST, { conf: join(dir, 'nginx.conf') });
    try {
      const { violations } = await openAdmin(other.url, 'refused');
      expect(violations.length).toBeGreaterThan(0);
    } finally {
      await other.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Opens /admin/ and collects policy violations. `started`: waits for the sign-in button, then for
 * the network to go quiet, so late scripts are checked too. `refused`: waits for the first
 * violation: on a loaded machine, a refused CMS's page took over 30 s to go quiet.
 */
async function openAdmin(url: string, expecting: 'started' | 'refused' = 'started') {
    const context = await browser.newContext({ ignoreHTTPSErrors: true }); // the test nginx's self-signed certificate
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${url}/admin/`);
    const button = page.getByRole('button', { name: /Đăng nhập bằng GitHub/ });
    let signIn = false;
    if (expecting === 'started') {
      // Decap's 5 MB bundle shows the button after about 2 s on a quiet machine; one run with both
      // cores busy took over 20 s.
      signIn = await button.waitFor({ timeout: 40_000 }).then(() => true, () => false);
      await page.waitForLoadState('networkidle', { timeout: 15_000 });
    } else {
      await expect.poll(() => violations.length, { timeout: 20_000 }).toBeGreaterThan(0);
    }
    await context.close();
    return { violations, outside, signIn };
}
