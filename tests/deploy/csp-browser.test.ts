import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser-session.ts';
import { startNginx } from '../support/nginx.ts';
import { firstLoadWeight } from '../support/page-weight.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await testBrowser();
});
afterAll(() => browser?.close());

/**
 * Every template's first visit through nginx is checked for policy violations in first-visit.test.ts.
 * The detector (tests/support/page-weight.ts) must see a violation when there is one, or its silence proves nothing.
 */
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
    const { violations } = await firstLoadWeight(browser, `${server.url}/vi/`);
    expect(violations.some((v) => /script-src/.test(v))).toBe(true);
    expect(violations.some((v) => /style-src/.test(v))).toBe(true);
  });
});
