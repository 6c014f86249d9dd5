import { chromium } from 'playwright-core';
import { browserOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { templates } from '../tests/support/templates.ts';
const mode = process.argv[2];
const server = await serveStatic('dist');
const browser = await chromium.launch(browserOptions());
const t = performance.now();
const shared = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const one = await shared.newPage();
for (const { path } of templates()) {
  if (mode === 'context') { const c = await browser.newContext({ viewport: { width: 1280, height: 900 } }); const p = await c.newPage(); await p.goto(server.url + path); await c.close(); }
  if (mode === 'page') { const p = await shared.newPage(); await p.goto(server.url + path); await p.close(); }
  if (mode === 'navigate') { await one.goto(server.url + path); }
}
console.log(mode, Math.round(performance.now() - t), 'ms');
await browser.close(); await server.close();
