import type { Browser } from 'playwright-core';

export interface Weight {
  html: number;
  css: number;
  fonts: number;
  js: number;
  other: number;
  total: number;
  /** Every URL requested, to check that nothing leaves the test server. */
  urls: string[];
}

const kindOf = (resourceType: string): keyof Omit<Weight, 'total' | 'urls'> =>
  resourceType === 'document' ? 'html' : resourceType === 'stylesheet' ? 'css' : resourceType === 'font' ? 'fonts' : resourceType === 'script' ? 'js' : 'other';

/**
 * Bytes a first visit downloads (fresh browser context, empty cache), by kind, as served
 * (uncompressed: the test server does not compress, so the figures are an upper bound).
 */
export async function firstLoadWeight(browser: Browser, url: string, width = 1280): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const weight: Weight = { html: 0, css: 0, fonts: 0, js: 0, other: 0, total: 0, urls: [] };
  const pending: Promise<void>[] = [];
  page.on('request', (request) => weight.urls.push(request.url()));
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          weight[kindOf(response.request().resourceType())] += body.length;
          weight.total += body.length;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return weight;
}
