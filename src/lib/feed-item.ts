import type { RSSFeedItem } from '@astrojs/rss';
import { escapeXml } from './xml.ts';

export interface NewsFeedText {
  title: string;
  /** Plain text, never markup: the article's summary as the editor wrote it. */
  summary: string;
  link: string;
  /** The article's date, YYYY-MM-DD. */
  date: string;
  /** The language the text is really in when it is not the feed's (a Vietnamese fallback in the Lao feed). */
  textLang?: string;
}

/**
 * One news item of an RSS 2.0 feed. Feed readers take <description> as HTML (the RSS Best
 * Practices Profile: entity-encoded HTML), so the plain-text summary is HTML-escaped here before
 * the feed writer XML-escapes it once more: a reader shows "a < b" as typed, never a tag.
 */
export function newsFeedItem(text: NewsFeedText): RSSFeedItem {
  return {
    title: text.title,
    description: escapeXml(text.summary),
    link: text.link,
    // A calendar date without a time: midnight UTC is the same day in Vietnam and Laos (UTC+7).
    pubDate: new Date(`${text.date}T00:00:00Z`),
    customData: text.textLang ? `<dc:language>${escapeXml(text.textLang)}</dc:language>` : undefined,
  };
}
