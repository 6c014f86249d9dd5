import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { SITE } from '../support/raw-content.ts';

const pages = builtPages();
const site = SITE;
const localized = [...pages.keys()].filter((path) => /^\/(vi|lo)\//.test(path));

/** Resolves an internal href against a page to [path, fragment], or null for other hosts. */
function internal(href: string, from: string): [string, string] | null {
  const url = new URL(href, new URL(from, site));
  if (url.origin !== site.origin) return null;
  return [decodeURIComponent(url.pathname), decodeURIComponent(url.hash.slice(1))];
}

function exists(path: string): boolean {
  if (pages.has(path)) return true;
  const file = join(DIST, path);
  return existsSync(file) && !path.endsWith('/');
}

describe('every built page', () => {
  it('exists in both languages with the same slug', () => {
    for (const path of localized) {
      const other = path.replace(/^\/(vi|lo)\//, (_, l) => `/${l === 'vi' ? 'lo' : 'vi'}/`);
      expect(pages.has(other), `${path} has no counterpart ${other}`).toBe(true);
    }
    expect(localized.length).toBeGreaterThan(100);
  });

  it('declares its language and has a title', () => {
    for (const [path, doc] of pages) {
      const lang = doc.querySelector('html')?.getAttribute('lang');
      const expected = path.startsWith('/lo/') ? 'lo' : 'vi';
      expect(lang, path).toBe(expected);
      expect(doc.querySelector('title')?.text.trim().length, `${path} title`).toBeGreaterThan(0);
    }
  });

  it('links to its pair in the other language (hreflang) and to itself as canonical', () => {
    for (const path of [...localized, '/']) {
      const doc = pages.get(path)!;
      const alternates: Record<string, string | undefined> = Object.fromEntries(
        doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      const neutral = path === '/' ? '/' : path.replace(/^\/(vi|lo)/, '');
      expect(alternates.vi, path).toBe(new URL(`/vi${neutral}`, site).href);
      expect(alternates.lo, path).toBe(new URL(`/lo${neutral}`, site).href);
      expect(alternates['x-default'], path).toBeDefined();
      for (const href of Object.values(alternates)) expect(pages.has(new URL(href!).pathname), `${path} → ${href}`).toBe(true);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(new URL(path, site).href);
    }
  });

  it('has a language switch that keeps the reader on the same page', () => {
    for (const path of localized) {
      const link = pages.get(path)!.querySelector('a[data-lang-switch]');
      const target = path.replace(/^\/(vi|lo)\//, (_, l) => `/${l === 'vi' ? 'lo' : 'vi'}/`);
      expect(link?.getAttribute('href'), path).toBe(target);
      expect(link?.getAttribute('hreflang'), path).toBe(target.slice(1, 3));
    }
  });

  it('has no broken internal link, fragment or asset', () => {
    const broken: string[] = [];
    for (const [path, doc] of pages) {
      const refs = [
        ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...doc.querySelectorAll('link[href]').map((a) => a.getAttribute('href')!),
        ...doc.querySelectorAll('[src]').map((a) => a.getAttribute('src')!),
      ];
      for (const href of refs) {
        const target = internal(href, path);
        if (!target) continue;
        const [targetPath, fragment] = target;
        if (!exists(targetPath)) broken.push(`${path} → ${href} (no page)`);
        else if (fragment && pages.has(targetPath) && !pages.get(targetPath)!.querySelector(`[id="${fragment}"]`)) {
          broken.push(`${path} → ${href} (no element with id "${fragment}")`);
        }
      }
    }
    expect(broken).toEqual([]);
    // Some thousand pages, tens of thousands of links (each timeline view lists every filter): seconds, not milliseconds.
  }, 30_000);

  it('loads nothing from another host: scripts, styles, fonts, images, frames', () => {
    const external: string[] = [];
    for (const [path, doc] of pages) {
      for (const el of doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="icon"], link[rel="preload"], img, iframe, source, video, audio')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('srcset');
        if (ref && !internal(ref, path)) external.push(`${path}: <${el.tagName.toLowerCase()}> ${ref}`);
      }
    }
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      for (const [, url] of readFileSync(join(DIST, '_astro', file), 'utf8').matchAll(/url\(\s*['"]?([^'")]+)/g)) {
        if (/^(https?:)?\/\//.test(url)) external.push(`${file}: ${url}`);
      }
      // @import from another host would fetch more CSS at load time.
      expect(readFileSync(join(DIST, '_astro', file), 'utf8')).not.toMatch(/@import\s+url\(\s*['"]?https?:/);
    }
    expect(external).toEqual([]);
  });

  it('self-hosts the Lao font and uses it for Lao text', () => {
    const fonts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.woff2'));
    expect(fonts.some((f) => f.startsWith('noto-sans-lao-lao-'))).toBe(true);
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, '_astro', f), 'utf8')).join('');
    expect(css).toMatch(/font-family:\s*"?Noto Sans Lao Variable"?/);
    expect(css).toMatch(/:lang\(lo\)/);
  });
});
