import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { newsFeedItem } from '../../src/lib/feed-item.ts';

/** An RSS reader's view of one item: the XML parsed, then <description> read as the HTML it is. */
async function readerView(summary: string) {
  const xml = await getRssString({
    title: 'Tin',
    description: 'Tin',
    site: 'https://example.org/',
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: [newsFeedItem({ title: 'Tiêu đề', summary, link: '/vi/news/a/', date: '2026-05-10', textLang: 'vi' })],
  });
  expect(XMLValidator.validate(xml)).toBe(true);
  const item = new XMLParser({ processEntities: true }).parse(xml).rss.channel.item;
  const html = parseHtml(String(item.description));
  return { item, html };
}

describe('a news item in the RSS feed', () => {
  it.each([
    'Đoàn < 10 người, ngân sách > 5 tỷ',
    '<script>alert(1)</script> và <b>chữ đậm</b>',
    '<img src=x onerror=alert(1)>',
    'Sở Y tế & Sở Giáo dục "hai sở" l\'an',
    '&lt;b&gt; đã mã hoá sẵn',
  ])('carries the summary %j as plain text: read as HTML it has no element and the same text', async (summary) => {
    const { html } = await readerView(summary);
    expect(html.querySelectorAll('*')).toHaveLength(0);
    expect(html.text).toBe(summary);
  });

  it('keeps the date as that day and states the language of a fallback text', async () => {
    const { item } = await readerView('x');
    expect(item.pubDate).toBe('Sun, 10 May 2026 00:00:00 GMT');
    expect(item['dc:language']).toBe('vi');
  });
});
