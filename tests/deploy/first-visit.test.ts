import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { testBrowser } from '../support/browser-session.ts';
import { DIST } from '../support/built-site.ts';
import { startNginx } from '../support/nginx.ts';
import { firstLoadWeight } from '../support/page-weight.ts';
import { budgetOf, contentTemplates, templates } from '../support/templates.ts';

// Readers' first visits: the build served by deploy/nginx.conf (gzip), bytes on the wire.
let nginx: Awaited<ReturnType<typeof startNginx>>;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx(DIST);
  browser = await testBrowser();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

// Concurrent: each visit has its own browser context, so their bytes are counted apart. One visit
// per template checks what the reader gets: the policy keeps nothing of ours from working
// (the detector is shown to work in csp-browser.test.ts), and the bytes stay within budget.
describe.concurrent('first visit of each template through deploy/nginx.conf, in Chromium', () => {
  it.for(templates())('$name ($lang) $path: nothing leaves 127.0.0.1, no CSP violation, style sheets applied, within budget', async ({ name, path }, { expect }) => {
    const weight = await firstLoadWeight(browser, nginx.url + path);
    expect(weight.status).toBe(200);
    expect(weight.urls.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
    expect(weight.violations).toEqual([]);
    expect(weight.sheets.length).toBeGreaterThan(0);
    expect(weight.sheets.every((rules) => rules > 0), `style sheet rules: ${weight.sheets}`).toBe(true);
    const budget = budgetOf(name);
    const over = (['html', 'css', 'fonts', 'js', 'total'] as const)
      .filter((kind) => weight[kind] > budget[kind])
      .map((kind) => `${kind}: ${weight[kind]} B > ${budget[kind]} B`);
    expect(over).toEqual([]);
    if (contentTemplates.includes(name)) expect(weight.js).toBe(0);
    // The page did load its styles and fonts from this server (no Noto font is installed on the test machines).
    expect(weight.css).toBeGreaterThan(0);
    expect(weight.fonts).toBeGreaterThan(0);
    // Compressed: the HTML on the wire is smaller than the file.
    const html = weight.files.find((f) => f.kind === 'html')!;
    expect(html.bytes).toBeLessThan(html.decoded);
  });
});
