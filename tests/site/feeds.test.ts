import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { rawContent, SITE } from '../support/raw-content.ts';
import lo from '../../src/i18n/lo.ts';

const pages = builtPages();
/** Timeline embeds (issue 5) are made to be shown inside other sites' frames: not pages of their own. */
const framed = (path: string) => /^\/(vi|lo)\/embed\//.test(path);
const content = rawContent();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });

/** A description as a feed reader shows it: read as HTML (RSS descriptions are HTML), its text; it must hold no element. */
function shown(description: unknown): string {
  const html = parseHtml(String(description));
  expect(html.querySelectorAll('*').map((e) => e.tagName)).toEqual([]);
  return html.text;
}

function feed(lang: 'vi' | 'lo') {
  const text = readFileSync(join(DIST, lang, 'rss.xml'), 'utf8');
  return { text, rss: parser.parse(text).rss };
}

describe.each(['vi', 'lo'] as const)('the %s news feed', (lang) => {
  const { text, rss } = feed(lang);
  const items: Record<string, string | Record<string, string>>[] = rss.channel.item ?? [];

  it('is well-formed RSS 2.0 with the channel elements RSS requires, in its language', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toMatch(/\S/);
    expect(channel.description).toMatch(/\S/);
    expect(channel.link).toBe(new URL(`/${lang}/news/`, SITE).href);
    expect(channel.language).toBe(lang);
    expect(channel['atom:link']['@href']).toBe(new URL(`/${lang}/rss.xml`, SITE).href);
    expect(channel['atom:link']['@rel']).toBe('self');
    if (lang === 'lo') expect(channel.title).toMatch(/[\u0E80-\u0EFF]/);
  });

  it('has one item per article, newest first, each with title, link, guid, date and summary', () => {
    expect(items).toHaveLength(content.news.size);
    expect(items.length).toBeGreaterThan(0);
    const dates = items.map((item) => Date.parse(item.pubDate as string));
    expect(dates.every(Number.isFinite)).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of items) {
      expect(item.title).toMatch(/\S/);
      expect(item.description).toMatch(/\S/);
      expect((item.guid as Record<string, string>)['#text']).toBe(item.link);
    }
  });

  it('links every item to an article page that exists in the build', () => {
    for (const item of items) {
      const url = new URL(item.link as string);
      expect(url.origin).toBe(SITE.origin);
      expect(pages.has(url.pathname), url.pathname).toBe(true);
      expect(url.pathname).toMatch(new RegExp(`^/${lang}/news/[^/]+/$`));
    }
  });

  it('gives each article its full title and summary in this language, its date from the content', () => {
    for (const item of items) {
      const id = new URL(item.link as string).pathname.split('/')[3];
      const vi = content.news.get(id)!;
      const translated = lang === 'lo' ? content.newsLo.get(id) : vi;
      expect(new Date(item.pubDate as string).toISOString().slice(0, 10)).toBe(String(vi.date));
      if (translated) {
        expect(item.title).toBe(translated.title);
        expect(shown(item.description)).toBe(translated.summary);
        expect(item['dc:language']).toBeUndefined();
      } else {
        // No Lao file: the Vietnamese text, its title marked, its language stated.
        expect(item.title).toBe(`${lo['feed.untranslated']} ${vi.title}`);
        expect(shown(item.description)).toBe(vi.summary);
        expect(item['dc:language']).toBe('vi');
      }
    }
  });
});

describe('feed discovery', () => {
  it('every page links to the feed of its language in its head; bilingual pages to both (embeds aside)', () => {
    const wrong: string[] = [];
    for (const [path, doc] of pages) {
      if (framed(path)) continue;
      const feeds = doc.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]').map((l) => l.getAttribute('href'));
      const lang = /^\/(vi|lo)\//.exec(path)?.[1];
      const expected = lang ? [`/${lang}/rss.xml`] : ['/vi/rss.xml', '/lo/rss.xml'];
      if (JSON.stringify(feeds) !== JSON.stringify(expected)) wrong.push(`${path}: ${feeds.join(', ')}`);
    }
    expect(wrong).toEqual([]);
    expect(pages.size).toBeGreaterThan(100);
  });
});
