import type { Browser } from 'playwright-core';

export type Kind = 'html' | 'css' | 'fonts' | 'js' | 'other';

export interface Weight {
  html: number;
  css: number;
  fonts: number;
  js: number;
  other: number;
  total: number;
  requests: number;
  /** Every URL requested, to check that nothing leaves the test server. */
  urls: string[];
  /** Bytes on the wire per URL, for reports. */
  files: { url: string; kind: Kind; bytes: number; decoded: number }[];
}

const kindOf = (type: string): Kind =>
  type === 'Document' ? 'html' : type === 'Stylesheet' ? 'css' : type === 'Font' ? 'fonts' : type === 'Script' ? 'js' : 'other';

/**
 * Bytes a first visit transfers (fresh browser context, empty cache), by kind, as Chromium
 * counts them on the wire: Network.loadingFinished's encodedDataLength, i.e. response headers
 * plus the body as sent (compressed when the server compresses). Serve the site through
 * deploy/nginx.conf (tests/support/nginx.ts) to get what readers get.
 */
export async function firstLoadWeight(browser: Browser, url: string, width = 1280): Promise<Weight> {
  // The test nginx serves HTTPS with a self-signed certificate (tests/support/nginx.ts).
  const context = await browser.newContext({ viewport: { width, height: 900 }, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map<string, { url: string; kind: Kind; decoded: number }>();
  const weight: Weight = { html: 0, css: 0, fonts: 0, js: 0, other: 0, total: 0, requests: 0, urls: [], files: [] };
  cdp.on('Network.requestWillBeSent', (e) => {
    // A redirect reuses the request id: the hop's own bytes are counted by Chromium in the final figure.
    requests.set(e.requestId, { url: e.request.url, kind: kindOf(e.type ?? 'Other'), decoded: 0 });
    weight.urls.push(e.request.url);
  });
  cdp.on('Network.dataReceived', (e) => {
    const request = requests.get(e.requestId);
    if (request) request.decoded += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId);
    if (!request) return;
    weight[request.kind] += e.encodedDataLength;
    weight.total += e.encodedDataLength;
    weight.requests++;
    weight.files.push({ ...request, bytes: e.encodedDataLength });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  return weight;
}
