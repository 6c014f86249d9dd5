import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages } from '../support/built-site.ts';
import { FIXTURE_BASE, FIXTURE_URL, fixtureSite } from '../support/fixture-site.ts';

/**
 * The site built to be served from a folder (SITE_BASE=/hop-tac/), with the editor's guide
 * examples, untranslated entries and a second page of news laid over the content (the fixture
 * site, tests/support/fixture-site.ts). Every internal address — links, assets, canonical and
 * hreflang, favicon, feeds — must stay under /hop-tac/ and exist.
 */
const BASE = FIXTURE_BASE;
const SITE = FIXTURE_URL;
let dist = '';
let pages: Map<string, HTMLElement>;

beforeAll(async () => {
  dist = (await fixtureSite()).dist;
  pages = builtPages(dist);
}, 300_000);

/** The file a site path under the base is served from, or undefined when the path leaves the base. */
function fileOf(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const inside = decodeURIComponent(pathname.slice(BASE.length));
  const file = join(dist, inside);
  return pathname.endsWith('/') ? join(file, 'index.html') : file;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

describe(`a build with SITE_BASE=${BASE}`, () => {
  it('keeps every internal link, asset, canonical and hreflang address under the base, pointing at a built file', () => {
    // Grouped by address, so one template's mistake reads as one line with the pages it is on.
    const wrong = new Map<string, string[]>();
    let checked = 0;
    for (const [path, doc] of pages) {
      const pageUrl = new URL(`${BASE.slice(0, -1)}${path}`, SITE);
      const refs = doc.querySelectorAll('[href], [src], [srcset], [action]').flatMap((el) => [
        el.getAttribute('href'),
        el.getAttribute('src'),
        el.getAttribute('action'),
        ...(el.getAttribute('srcset')?.split(',').map((s) => s.trim().split(/\s+/)[0]) ?? []),
      ]);
      for (const ref of refs) {
        if (!ref || ref.startsWith('#') || /^(mailto|tel):/.test(ref)) continue;
        const url = new URL(ref, pageUrl);
        if (url.origin !== new URL(SITE).origin) continue; // another site
        checked++;
        const file = fileOf(url.pathname);
        const problem = !file ? `${ref} (outside ${BASE})` : !existsSync(file) ? `${ref} (no file ${relative(dist, file)})` : undefined;
        if (problem) wrong.set(problem, [...(wrong.get(problem) ?? []), path]);
      }
    }
    expect([...wrong].map(([problem, on]) => `${problem} on ${on.length} page(s), e.g. ${on[0]}`)).toEqual([]);
    expect(checked).toBeGreaterThan(pages.size * 10);
  });

  it('gives canonical and hreflang addresses with the site and the base', () => {
    for (const path of ['/vi/', '/lo/agreements/vi-du-tuyen-quang-xiangkhouang-y-te-2026-2030/']) {
      const doc = pages.get(path)!;
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(`${SITE}${BASE.slice(0, -1)}${path}`);
      const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('href'));
      expect(alternates.length, path).toBeGreaterThanOrEqual(3);
      for (const href of alternates) expect(href, path).toMatch(new RegExp(`^${SITE}${BASE}(vi|lo)/`));
    }
  });

  it('refers to style sheets, fonts and images under the base from CSS too', () => {
    const css = files(dist).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const outside = css.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?(\/[^'")]*)/g)].map((m) => m[1]).filter((url) => !url.startsWith(BASE)).map((url) => `${relative(dist, file)}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('writes the site\'s own addresses in feeds, sitemaps and data files under the base', () => {
    const outside: string[] = [];
    for (const file of files(dist).filter((f) => /\.(xml|json|txt|ics|csv|webmanifest)$/.test(f))) {
      for (const [, path] of readFileSync(file, 'utf8').matchAll(new RegExp(`${SITE.replace(/\./g, '\\.')}(/[^\\s"'<>)]*)?`, 'g'))) {
        if (!(path ?? '/').startsWith(BASE)) outside.push(`${relative(dist, file).split(sep).join('/')}: ${SITE}${path ?? ''}`);
      }
    }
    expect(outside.slice(0, 30)).toEqual([]);
  });

  it('builds the guide\'s examples into pages in both languages', () => {
    const article = pages.get('/lo/news/vi-du-2026-06-05-hoc-vien-xiangkhouang/');
    expect(article?.querySelector('h1')?.text).toMatch(/[\u0E80-\u0EFF]/);
    expect(article?.querySelector('.prose-doc strong')?.text).toBe('ໂຮງໝໍທົ່ວໄປແຂວງຕວຽນກວາງ');
    for (const id of ['ii-1-1', 'ii-1-2', 'ii-2']) {
      expect(pages.has(`/vi/milestones/vi-du-tuyen-quang-xiangkhouang-y-te-2026-2030/${id}/`), id).toBe(true);
    }
    expect(pages.has('/vi/documents/vi-du-bao-cao-y-te-6-thang-2026/')).toBe(true);
  });
});
