import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from '../support/browser-session.ts';
import { firstLoadWeight } from '../support/page-weight.ts';
import { budgetOf, contentTemplates, templates } from '../support/templates.ts';

let session: Awaited<ReturnType<typeof openSession>>;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session?.close());

describe('first visit of each template, in Chromium', () => {
  it.each(templates())('$name ($lang) $path: nothing leaves 127.0.0.1, within budget', async ({ name, path }) => {
    const weight = await firstLoadWeight(session.browser, session.url + path);
    expect(weight.urls.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
    const budget = budgetOf(name);
    const over = (['html', 'css', 'fonts', 'js', 'total'] as const)
      .filter((kind) => weight[kind] > budget[kind])
      .map((kind) => `${kind}: ${weight[kind]} B > ${budget[kind]} B`);
    expect(over).toEqual([]);
    if (contentTemplates.includes(name)) expect(weight.js).toBe(0);
    // The page did load its styles and fonts from this server.
    expect(weight.css).toBeGreaterThan(0);
    expect(weight.fonts).toBeGreaterThan(0);
  });
});
