import type { Lang } from '../lib/i18n.ts';
import type { Catalog, NewsEntry } from './catalog.ts';

/** An article's title and summary in `lang`: the Lao file's when there is one, else the Vietnamese, marked. */
export function newsText(catalog: Catalog, entry: NewsEntry, lang: Lang) {
  const lo = lang === 'lo' ? catalog.newsLo.get(entry.id) : undefined;
  const text = lo ? lo.data : entry.data;
  const textLang: Lang = lang === 'lo' && !lo ? 'vi' : lang;
  return { title: text.title, summary: text.summary, lang: textLang, fallback: textLang !== lang, prose: lo ?? entry };
}

/** Province ids whose news belongs on a province's page: itself and the provinces merged into it. */
export function lineageOf(catalog: Catalog, provinceId: string): Set<string> {
  const merged = [...catalog.provinces.values()].filter((p) => p.data.successor === provinceId).map((p) => p.id);
  return new Set([provinceId, ...merged]);
}

/** Articles (newest first) about an agreement or a province and its predecessors. */
export function newsAbout(catalog: Catalog, about: { agreement: string } | { province: string }): NewsEntry[] {
  if ('agreement' in about) return catalog.news.filter((n) => n.data.agreements.includes(about.agreement));
  const lineage = lineageOf(catalog, about.province);
  return catalog.news.filter((n) => n.data.provinces.some((p) => lineage.has(p)));
}
