import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { fixtureNews, fixtureSite } from '../support/fixture-site.ts';
import { loadContent, rawContent } from '../support/raw-content.ts';
import { siteConfig } from '../../src/site-config.ts';
import lo from '../../src/i18n/lo.ts';

const pages = builtPages();
const content = rawContent();
const page = (path: string, from = pages) => {
  const doc = from.get(path);
  if (!doc) throw new Error(`no page ${path}`);
  return doc;
};
const listed = (doc: HTMLElement) => doc.querySelectorAll('[data-news-list] > li').map((li) => li.getAttribute('data-news'));
const newestFirst = (ids: string[], news: Map<string, Record<string, unknown>>) =>
  [...ids].sort((a, b) => String(news.get(b)!.date).localeCompare(String(news.get(a)!.date)));

describe('the news', () => {
  it.each(['vi', 'lo'])('are listed newest first on /%s/news/', (lang) => {
    const ids = listed(page(`/${lang}/news/`));
    expect(ids.length).toBe(Math.min(content.news.size, siteConfig.newsPerPage));
    expect(ids).toEqual(newestFirst([...content.news.keys()], content.news).slice(0, siteConfig.newsPerPage));
  });

  it('each article cites its sources, linked to the cited section, and links the milestones it reports on', () => {
    for (const [id, n] of content.news) {
      for (const lang of ['vi', 'lo']) {
        const doc = page(`/${lang}/news/${id}/`);
        const sources = doc.querySelectorAll('[data-news-sources] a[data-source-link]');
        expect(sources.length, id).toBe(n.sources.length);
        n.sources.forEach((s: { document: string; section: string }, i: number) => {
          const [path, fragment] = sources[i].getAttribute('href')!.split('#');
          expect(path).toBe(`/${lang}/documents/${s.document}/`);
          expect(page(path).querySelector(`[id="${fragment}"]`), `${id} → ${fragment}`).not.toBeNull();
        });
        const milestones = doc.querySelectorAll('[data-milestone]').map((li) => li.getAttribute('data-milestone'));
        expect(new Set(milestones)).toEqual(new Set(n.milestones ?? []));
        expect(doc.querySelectorAll('[data-news-agreements] a').map((a) => a.getAttribute('href'))).toEqual((n.agreements ?? []).map((a: string) => `/${lang}/agreements/${a}/`));
        expect(doc.querySelectorAll('[data-news-provinces] a').map((a) => a.getAttribute('href'))).toEqual((n.provinces ?? []).map((p: string) => `/${lang}/provinces/${p}/`));
      }
    }
  });

  it('appear on the page of each agreement and province they are about', () => {
    for (const [id, n] of content.news) {
      for (const lang of ['vi', 'lo']) {
        for (const agreement of n.agreements ?? []) {
          expect(listed(page(`/${lang}/agreements/${agreement}/`).querySelector('[data-related-news]')!), agreement).toContain(id);
        }
        for (const province of n.provinces ?? []) {
          expect(listed(page(`/${lang}/provinces/${province}/`).querySelector('[data-related-news]')!), province).toContain(id);
        }
      }
    }
    // And only there: an agreement no article is about has no news section.
    for (const agreement of content.agreements.keys()) {
      const about = [...content.news].filter(([, n]) => (n.agreements ?? []).includes(agreement)).map(([id]) => id);
      const section = page(`/vi/agreements/${agreement}/`).querySelector('[data-related-news]');
      expect(section ? listed(section) : [], agreement).toEqual(newestFirst(about, content.news));
    }
  });
});

/**
 * The fixture site (tests/support/fixture-site.ts) has more articles than fit on one page, one
 * without its Lao file: the list splits into pages, and the Lao side (list and feed) shows that
 * article in Vietnamese, marked. It is built under a base path, so its links start with it.
 */
describe('many articles', () => {
  const { count: extra, untranslated } = fixtureNews;
  let built: Map<string, HTMLElement>;
  let dist = '';
  let base = '';
  /** The fixture's news: the real ones, the guides' example and those written for it. */
  let news: Map<string, Record<string, unknown>>;
  let newsLo: Map<string, Record<string, unknown>>;
  beforeAll(async () => {
    const site = await fixtureSite();
    ({ dist, base } = site);
    built = builtPages(dist);
    ({ news, newsLo } = await loadContent(site.root));
  }, 300_000);

  it.each(['vi', 'lo'])('are split into pages of %s news, newest first, linked to each other', (lang) => {
    const total = news.size;
    expect(total).toBeGreaterThan(siteConfig.newsPerPage);
    const count = Math.ceil(total / siteConfig.newsPerPage);
    const all: string[] = [];
    for (let n = 1; n <= count; n++) {
      const path = n === 1 ? `/${lang}/news/` : `/${lang}/news/page/${n}/`;
      const doc = page(path, built);
      const ids = listed(doc);
      expect(ids.length, path).toBe(n < count ? siteConfig.newsPerPage : total - siteConfig.newsPerPage * (count - 1));
      all.push(...(ids as string[]));
      const nav = doc.querySelector('[data-pagination]')!;
      expect(nav.querySelector('[aria-current="page"]')?.text.trim()).toBe(String(n));
      expect(nav.querySelector('a[rel="next"]')?.getAttribute('href') ?? null).toBe(n < count ? `${base}${lang}/news/page/${n + 1}/` : null);
      expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(n === 1 ? null : n === 2 ? `${base}${lang}/news/` : `${base}${lang}/news/page/${n - 1}/`);
    }
    expect(built.has(`/${lang}/news/page/${count + 1}/`)).toBe(false);
    expect(all).toEqual(newestFirst([...news.keys()], news));
    // The written articles are dated 2030, after every real one.
    expect(all.slice(0, extra)).toEqual(Array.from({ length: extra }, (_, i) => fixtureNews.id(extra - i)));
  });

  it('show an untranslated article in Vietnamese on the Lao side, marked, in the list and in the feed', () => {
    const item = page('/lo/news/', built).querySelector(`[data-news="${untranslated}"]`)!;
    expect(item.querySelector('a')?.getAttribute('lang')).toBe('vi');
    expect(item.querySelector('a')?.text).toBe('Tin thử số 7');
    expect(page('/lo/news/', built).querySelector('[data-news="fixture-news-08"] a')?.getAttribute('lang')).toBeUndefined();

    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
    const items = parser.parse(readFileSync(join(dist, 'lo', 'rss.xml'), 'utf8')).rss.channel.item as Record<string, string>[];
    expect(items).toHaveLength(news.size);
    const marked = items.filter((i) => i['dc:language'] === 'vi');
    const withoutLao = [...news].filter(([id]) => !newsLo.has(id)).map(([, n]) => `${lo['feed.untranslated']} ${String(n.title)}`);
    expect(withoutLao).toContain(`${lo['feed.untranslated']} Tin thử số 7`);
    expect(marked.map((i) => i.title).sort()).toEqual(withoutLao.sort());
    expect(items.find((i) => i.link.endsWith('/fixture-news-08/'))?.title).toBe('ຂ່າວທົດລອງ 8');
  });
});
