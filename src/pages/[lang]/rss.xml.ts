import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { newsText } from '../../data/news.ts';
import { t } from '../../i18n/index.ts';
import { newsFeedItem } from '../../lib/feed-item.ts';
import type { Lang } from '../../lib/i18n.ts';
import { localePath, pagePath } from '../../lib/paths.ts';
import { perLanguage } from '../../lib/static-paths.ts';

/**
 * The news as RSS 2.0, one feed per language (/vi/rss.xml, /lo/rss.xml), newest first. An
 * article without a Lao file appears in the Lao feed in Vietnamese, its title marked and its
 * language given as dc:language, so readers know why it is not in Lao.
 */
export const getStaticPaths = perLanguage;

export const GET: APIRoute = async ({ props, site }) => {
  const lang = (props as { lang: Lang }).lang;
  const catalog = await getCatalog();
  const self = new URL(localePath(lang, '/rss.xml'), site).href;
  return rss({
    title: `${t(lang, 'news.title')} · ${t(lang, 'site.name')}`,
    description: t(lang, 'site.description'),
    site: new URL(localePath(lang, pagePath('news')), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: catalog.news.map((entry) => {
      const text = newsText(catalog, entry, lang);
      return newsFeedItem({
        title: text.fallback ? `${t(lang, 'feed.untranslated')} ${text.title}` : text.title,
        summary: text.summary,
        link: localePath(lang, pagePath('news', entry.id)),
        date: entry.data.date,
        textLang: text.fallback ? text.lang : undefined,
      });
    }),
  });
};
