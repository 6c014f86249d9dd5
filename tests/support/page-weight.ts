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
  /** The page's HTTP status. */
  status: number | undefined;
  /** What the console said about the Content-Security-Policy, and violation events (also in frames). */
  violations: string[];
  /** The number of rules in each of the page's style sheets: a sheet the policy blocked has none. */
  sheets: number[];
}

const kindOf = (type: string): Kind =>
  type === 'Document' ? 'html' : type === 'Stylesheet' ? 'css' : type === 'Font' ? 'fonts' : type === 'Script' ? 'js' : 'other';

/**
 * Bytes a first visit transfers (fresh browser context, empty cache), by kind, as Chromium
 * counts them on the wire: Network.loadingFinished's encodedDataLength, i.e. response headers
 * plus the body as sent (compressed when the server compresses). Serve the site through
 * deploy/nginx.conf (tests/support/nginx.ts) to get what readers get. The same visit records what
 * the browser said about the Content-Security-Policy, and whether the style sheets applied.
 */
export async function firstLoadWeight(browser: Browser, url: string, width = 1280): Promise<Weight> {
  // The test nginx serves HTTPS with a self-signed certificate (tests/support/nginx.ts).
  const context = await browser.newContext({ viewport: { width, height: 900 }, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map<string, { url: string; kind: Kind; decoded: number }>();
  const weight: Weight = { html: 0, css: 0, fonts: 0, js: 0, other: 0, total: 0, requests: 0, urls: [], files: [], status: undefined, violations: [], sheets: [] };
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) weight.violations.push(message.text());
  });
  // Reports violations the console may word differently (or not at all, e.g. in frames).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
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
  weight.status = (await page.goto(url, { waitUntil: 'networkidle' }))?.status();
  weight.sheets = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.sheet?.cssRules.length ?? 0));
  await context.close();
  return weight;
}
