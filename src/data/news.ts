import type { Lang } from '../lib/i18n.ts';
import type { Catalog, NewsEntry } from './catalog.ts';

/**
 * An article's title, summary and prose in `lang`: the Lao file's when there is one and it is
 * not outdated, else the Vietnamese, marked; `status` is where its Lao translation stands.
 */
export function newsText(catalog: Catalog, entry: NewsEntry, lang: Lang) {
  const status = catalog.newsCoverage.get(entry.id)!.status;
  const lo = lang === 'lo' && status !== 'outdated' ? catalog.newsLo.get(entry.id) : undefined;
  const textLang: Lang = lang === 'lo' && !lo ? 'vi' : lang;
  const title = lo?.data.title ?? entry.data.title;
  const summary = lo?.data.summary ?? entry.data.summary;
  return { title, summary, lang: textLang, fallback: textLang !== lang, prose: lo ?? entry, status };
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
