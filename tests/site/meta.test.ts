import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { rawContent, SITE } from '../support/raw-content.ts';
import { parseFuzzyDate } from '../../src/lib/fuzzy-date.ts';

/** What search engines and link previews read: social meta, canonical, JSON-LD, sitemap, 404 pages. */
const pages = builtPages();
const content = rawContent();
const meta = (doc: ReturnType<typeof pages.get>, key: string) =>
  doc!.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? doc!.querySelector(`meta[name="${key}"]`)?.getAttribute('content');
const noindex = (path: string) => /noindex/.test(meta(pages.get(path), 'robots') ?? '');
/** Timeline embeds (issue 5) are made to be shown inside other sites' frames, not shared or listed. */
const framed = (path: string) => /^\/(vi|lo)\/embed\//.test(path);
const jsonLd = (path: string) =>
  pages.get(path)!.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text) as Record<string, unknown>);

describe('social and search meta', () => {
  it('every page has a title, description and Open Graph tags in its language, og:url being its canonical address', () => {
    const wrong: string[] = [];
    for (const [path, doc] of pages) {
      if (path === '/404.html' || framed(path)) continue;
      const lang = path.startsWith('/lo/') ? 'lo' : 'vi';
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const description = meta(doc, 'description');
      const checks: [string, boolean][] = [
        ['og:title', (meta(doc, 'og:title') ?? '').trim().length > 0],
        ['og:locale', meta(doc, 'og:locale') === (lang === 'lo' ? 'lo_LA' : 'vi_VN')],
        ['og:locale:alternate', meta(doc, 'og:locale:alternate') === (lang === 'lo' ? 'vi_VN' : 'lo_LA')],
        ['og:url', !!canonical && meta(doc, 'og:url') === canonical],
        ['description', (description ?? '').trim().length > 10],
        ['og:description', meta(doc, 'og:description') === description],
        ['og:site_name', (meta(doc, 'og:site_name') ?? '').length > 0],
        ['twitter:card', meta(doc, 'twitter:card') === 'summary'],
      ];
      for (const [name, ok] of checks) if (!ok) wrong.push(`${path}: ${name}`);
      if (lang === 'lo' && !/[\u0E80-\u0EFF]/.test(meta(doc, 'og:site_name') ?? '')) wrong.push(`${path}: og:site_name not in Lao`);
    }
    expect(wrong).toEqual([]);
  });

  it('news articles are Open Graph articles with their date', () => {
    for (const [id, n] of content.news) {
      for (const lang of ['vi', 'lo']) {
        const doc = pages.get(`/${lang}/news/${id}/`);
        expect(meta(doc, 'og:type')).toBe('article');
        expect(meta(doc, 'article:published_time')).toBe(String(n.date));
      }
    }
  });
});

describe('JSON-LD', () => {
  it('parses on every page that has it and speaks schema.org', () => {
    let count = 0;
    for (const path of pages.keys()) {
      for (const item of jsonLd(path)) {
        expect(item['@context'], path).toBe('https://schema.org');
        expect(typeof item['@type'], path).toBe('string');
        count++;
      }
    }
    expect(count).toBeGreaterThan(content.agencies.size);
  });

  it('describes every agency as an organisation, named as on its page', () => {
    for (const [id, a] of content.agencies) {
      for (const lang of ['vi', 'lo']) {
        const [org] = jsonLd(`/${lang}/agencies/${id}/`);
        expect(String(org['@type']), id).toMatch(/Organization|College|School|Hospital/);
        expect(org.name).toBe(lang === 'lo' && a.name.lo ? a.name.lo : a.name.vi);
        expect(org.url).toBe(new URL(`/${lang}/agencies/${id}/`, SITE).href);
        expect((org.address as Record<string, string>).addressCountry).toBe(a.country.toUpperCase());
      }
    }
  });

  it('describes every agreement, with its period and signing date as the content gives them', () => {
    for (const [id, a] of content.agreements) {
      const [item] = jsonLd(`/vi/agreements/${id}/`);
      expect(item['@type']).toBe(a.type === 'programme' ? 'CreativeWork' : 'Legislation');
      expect(item.temporalCoverage).toBe(`${a.period.from}/${a.period.to}`);
      expect(item.name).toBe(a.title.vi);
      if (a.signed && /^\d{4}-\d{2}-\d{2}$/.test(String(a.signed.date))) expect(item.legislationDate).toBe(String(a.signed.date));
    }
  });

  it('gives an Event exactly to the tasks dated to a day or a month', () => {
    let events = 0;
    for (const [id, m] of content.milestones) {
      const period = content.agreements.get(m.agreement)!.period;
      const parsed = m.when ? parseFuzzyDate(m.when, { period }) : undefined;
      const precise = parsed?.ok && parsed.value.kind === 'point' && ['day', 'month'].includes(parsed.value.point.precision);
      const items = jsonLd(`/vi/milestones/${id}/`).filter((i) => i['@type'] === 'Event');
      expect(items.length, id).toBe(precise ? 1 : 0);
      if (precise && parsed?.ok && parsed.value.kind === 'point') {
        const { precision, start } = parsed.value.point;
        expect(items[0].startDate, id).toBe(precision === 'day' ? start : start.slice(0, 7));
        events++;
      }
    }
    expect(events).toBeGreaterThan(0);
  });

  it('describes news articles with their headline, date and sources', () => {
    for (const [id, n] of content.news) {
      const [article] = jsonLd(`/lo/news/${id}/`);
      expect(article['@type']).toBe('NewsArticle');
      expect(article.datePublished).toBe(String(n.date));
      expect(article.headline).toBe(content.newsLo.get(id)?.title ?? n.title);
      expect((article.citation as string[]).length).toBe(new Set(n.sources.map((s: { document: string }) => s.document)).size);
    }
  });
});

describe('sitemap', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const files = parser.parse(index).sitemapindex.sitemap.map((s: { loc: string }) => new URL(s.loc).pathname);
  type SitemapUrl = { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] };
  const urls = (files as string[]).flatMap((file): SitemapUrl[] => {
    const text = readFileSync(join(DIST, file), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    return parser.parse(text).urlset.url as SitemapUrl[];
  });
  const listed = new Map(urls.map((u) => [new URL(u.loc).pathname, u]));

  it('lists every page meant to be found, and none marked noindex', () => {
    const indexable = [...pages.keys()].filter((path) => !noindex(path));
    expect([...listed.keys()].filter((path) => !pages.has(path) || noindex(path))).toEqual([]);
    expect(indexable.filter((path) => !listed.has(path))).toEqual([]);
    expect(listed.size).toBeGreaterThan(100);
  });

  it('gives each page its other-language version as an hreflang alternate', () => {
    for (const [path, url] of listed) {
      if (path === '/') continue;
      const links = Object.fromEntries((url['xhtml:link'] ?? []).map((l) => [l['@hreflang'], new URL(l['@href']).pathname]));
      const neutral = path.replace(/^\/(vi|lo)/, '');
      expect(links, path).toEqual({ vi: `/vi${neutral}`, lo: `/lo${neutral}` });
    }
  });

  it('is announced in robots.txt', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
  });
});

describe('not-found pages', () => {
  it.each(['vi', 'lo'])('/%s/404.html is a page in its language that leads back, and asks not to be indexed', (lang) => {
    expect(existsSync(join(DIST, lang, '404'))).toBe(false);
    const doc = pages.get(`/${lang}/404.html`)!;
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(noindex(`/${lang}/404.html`)).toBe(true);
    expect(doc.querySelector('h1')?.text).toMatch(lang === 'lo' ? /[\u0E80-\u0EFF]/ : /trang/i);
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href')!);
    expect(links).toContain(`/${lang}/`);
    for (const href of links) expect(pages.has(href), href).toBe(true);
  });
});
