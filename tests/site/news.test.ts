import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { buildCopy } from '../support/project-copy.ts';
import { rawContent } from '../support/raw-content.ts';
import { siteConfig } from '../../src/site-config.ts';
import lo from '../../src/i18n/lo.ts';
import { translationHash } from '../../src/lib/translation-hash.ts';

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
 * A build with more articles than fit on one page, one without its Lao file: the list splits
 * into pages, and the Lao side (list and feed) shows that article in Vietnamese, marked.
 */
describe('many articles', () => {
  const extra = siteConfig.newsPerPage + 2;
  const untranslated = 'fixture-news-07';
  let overlay = '';
  let root = '';
  let built: Map<string, HTMLElement>;
  beforeAll(() => {
    overlay = mkdtempSync(join(tmpdir(), 'news-overlay-'));
    for (let i = 1; i <= extra; i++) {
      const id = `fixture-news-${String(i).padStart(2, '0')}`;
      const dir = join(overlay, 'content', 'news');
      mkdirSync(dir, { recursive: true });
      const [title, summary] = [`Tin thử số ${i}`, `Tóm tắt tin thử số ${i}.`];
      writeFileSync(
        join(dir, `${id}.vi.mdx`),
        `---\ntitle: ${title}\nsummary: ${summary}\ndate: 2030-01-${String(i).padStart(2, '0')}\nsources: [{ document: tuyen-quang-110-kh-ubnd-2023, section: preamble }]\n---\nNội dung.\n`,
      );
      // Translated from this very Vietnamese text: the fingerprint matches.
      const translatedFrom = translationHash([title, summary], 'Nội dung.');
      if (id !== untranslated) writeFileSync(join(dir, `${id}.lo.mdx`), `---\ntitle: ຂ່າວທົດລອງ ${i}\nsummary: ບົດສະຫຼຸບ ${i}.\ntranslatedFrom: "${translatedFrom}"\n---\nເນື້ອໃນ.\n`);
    }
    const build = buildCopy(overlay);
    root = build.root;
    if (build.status !== 0) throw new Error(build.output);
    built = builtPages(join(root, 'dist'));
  }, 120_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    if (overlay) rmSync(overlay, { recursive: true, force: true });
  });

  it.each(['vi', 'lo'])('are split into pages of %s news, newest first, linked to each other', (lang) => {
    const total = content.news.size + extra;
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
      expect(nav.querySelector('a[rel="next"]')?.getAttribute('href') ?? null).toBe(n < count ? `/${lang}/news/page/${n + 1}/` : null);
      expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(n === 1 ? null : n === 2 ? `/${lang}/news/` : `/${lang}/news/page/${n - 1}/`);
    }
    expect(built.has(`/${lang}/news/page/${count + 1}/`)).toBe(false);
    expect(all).toHaveLength(total);
    expect(all.slice(0, extra)).toEqual(Array.from({ length: extra }, (_, i) => `fixture-news-${String(extra - i).padStart(2, '0')}`));
    expect(new Set(all)).toEqual(new Set([...content.news.keys(), ...all.slice(0, extra)]));
  });

  it('show an untranslated article in Vietnamese on the Lao side, marked, in the list and in the feed', () => {
    const item = page('/lo/news/', built).querySelector(`[data-news="${untranslated}"]`)!;
    expect(item.querySelector('a')?.getAttribute('lang')).toBe('vi');
    expect(item.querySelector('a')?.text).toBe('Tin thử số 7');
    expect(page('/lo/news/', built).querySelector('[data-news="fixture-news-08"] a')?.getAttribute('lang')).toBeUndefined();

    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
    const items = parser.parse(readFileSync(join(root, 'dist', 'lo', 'rss.xml'), 'utf8')).rss.channel.item as Record<string, string>[];
    expect(items).toHaveLength(content.news.size + extra);
    const marked = items.filter((i) => i['dc:language'] === 'vi');
    expect(marked.map((i) => i.title)).toEqual([`${lo['feed.untranslated']} Tin thử số 7`]);
    expect(items.find((i) => i.link.endsWith('/fixture-news-08/'))?.title).toBe('ຂ່າວທົດລອງ 8');
  });
});
