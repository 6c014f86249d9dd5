import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser-session.ts';
import { DIST } from '../support/built-site.ts';

/**
 * The TimelineJS 3 files the site publishes load into Knight Lab's own TimelineJS
 * (@knight-lab/timelinejs, its JS and CSS served from node_modules on 127.0.0.1, no other host):
 * no console error, and one slide per event plus the title slide.
 */
const TL = 'node_modules/@knight-lab/timelinejs/dist';
// script_path must be a full URL; font '' keeps TimelineJS from fetching its web fonts from Google.
const page = (data: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/tl/css/timeline.css"></head><body>
<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script src="/tl/js/timeline.js"></script>
<script>
  window.timeline = new TL.Timeline('timeline-embed', '${data}', { script_path: location.origin + '/tl/js/', font: '', hash_bookmark: false });
  window.timeline.on('loaded', () => { window.loaded = true; });
</script></body></html>`;

let server: Server;
let base: string;
let browser: Browser;
beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    try {
      if (path.startsWith('/page/')) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page(path.slice('/page'.length)));
      } else if (path.startsWith('/tl/')) {
        const type = path.endsWith('.css') ? 'text/css' : path.endsWith('.json') ? 'application/json' : 'text/javascript';
        response.writeHead(200, { 'content-type': type });
        response.end(readFileSync(join(TL, path.slice(4))));
      } else {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        response.end(readFileSync(join(DIST, path)));
      }
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
  browser = await testBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('TimelineJS 3 loads the published files', () => {
  it.each(['/vi/history/timelinejs.json', '/lo/timeline/agreement/khanh-hoa-lao-localities-2022/timelinejs.json'])('%s', async (file) => {
    const data = JSON.parse(readFileSync(join(DIST, file), 'utf8')) as { events: unknown[] };
    expect(data.events.length).toBeGreaterThan(5);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    const errors: string[] = [];
    const elsewhere: string[] = [];
    tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.route('**/*', (route) => {
      if (new URL(route.request().url()).hostname === '127.0.0.1') return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    await tab.goto(`${base}/page${file}`);
    await tab.waitForFunction('window.loaded === true', undefined, { timeout: 30_000 });
    const slides = await tab.evaluate(() => document.querySelectorAll('#timeline-embed .tl-slide').length);
    const markers = await tab.evaluate(() => document.querySelectorAll('#timeline-embed .tl-timemarker').length);
    await context.close();
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
    // One slide per event and the title slide; one marker on the time navigator per event.
    expect(slides).toBe(data.events.length + 1);
    expect(markers).toBe(data.events.length);
  });
});
