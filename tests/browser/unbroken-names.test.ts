import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { parse } from 'yaml';
import { findNames, namePatterns, unbreakableNames } from '../../src/lib/unbroken-names.ts';
import { openSession } from '../support/browser-session.ts';
import { rawContent } from '../support/raw-content.ts';
import { templates } from '../support/templates.ts';

/**
 * On a phone (390 px), no name from the glossary or of a place spans two lines, on the main page
 * of every template in both languages. Names are found in the page's laid-out text and each
 * occurrence is measured with Range.getClientRects(): all its boxes must sit on one line.
 */
const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as Record<string, { vi: string; lo: string }>;
const places = [...rawContent().provinces.values()].map((p) => ({ ...(p.name as { vi: string; lo?: string }), levelLo: glossary[`level-${p.level}-${p.country}`]!.lo }));
const patterns = namePatterns(unbreakableNames(places, Object.values(glossary)));

let session: Awaited<ReturnType<typeof openSession>>;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session?.close());

// The landing page is bilingual and has no glossary name in running text worth a case of its own; 404 pages neither.
const cases = templates().filter((t) => t.lang !== 'both');

// Concurrent, in two reused tabs (session.withTab): loading and laying out pages one at a time left
// a core idle.
describe.concurrent('names never break across lines at 390 px', () => {
  it('finds names to check on the Lao agreement page (the test looks at something)', async ({ expect }) => {
    const agreement = cases.find((c) => c.name === 'agreement' && c.lang === 'lo')!;
    const text = await session.withTab(390, async (page) => {
      await page.goto(session.url + agreement.path);
      return page.evaluate(() => document.querySelector('main')!.textContent ?? '');
    });
    expect(findNames(text, patterns).length).toBeGreaterThan(20);
  });

  it.for(cases)('$name ($lang) $path', async ({ path }, { expect }) => {
    const broken = await session.withTab(390, (page) => brokenNames(page, path));
    expect(broken).toEqual([]);
  });
});

/** The names on the page at `path` whose boxes sit on more than one line. */
async function brokenNames(page: Page, path: string): Promise<string[]> {
  await page.goto(session.url + path);
  await page.evaluate(() => document.fonts.ready);
  // The text of <main> as its text nodes, in order (SVG text and hidden elements included: they have no boxes).
  const nodes = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.nodeValue ?? '');
    return texts;
  });
  const occurrences = findNames(nodes.join(''), patterns);
  const broken = await page.evaluate(
    ({ occurrences }) => {
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      const spans: { node: Node; start: number }[] = [];
      let offset = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        spans.push({ node: n, start: offset });
        offset += n.nodeValue?.length ?? 0;
      }
      const locate = (at: number, end: boolean) => {
        const i = spans.findLastIndex((s) => (end ? s.start < at : s.start <= at));
        return { node: spans[i]!.node, offset: at - spans[i]!.start };
      };
      const out: string[] = [];
      for (const [start, stop] of occurrences) {
        const range = document.createRange();
        const a = locate(start, false);
        const b = locate(stop, true);
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0) continue; // not laid out (hidden, or inside a closed <details>)
        // Boxes on one line share their vertical middle (inline elements may differ in height).
        const middles = rects.map((r) => r.top + r.height / 2);
        if (Math.max(...middles) - Math.min(...middles) > Math.min(...rects.map((r) => r.height)) / 2) out.push(range.toString());
      }
      return out;
    },
    { occurrences },
  );
  return broken;
}
