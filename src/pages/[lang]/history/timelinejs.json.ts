import type { APIRoute } from 'astro';
import { getHistory } from '../../../data/history.ts';
import { historyToTimelineJS } from '../../../data/timeline-exchange.ts';
import { t } from '../../../i18n/index.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { perLanguage } from '../../../lib/static-paths.ts';

/** The partnerships' history in TimelineJS 3 JSON (/vi/history/timelinejs.json). */
export const getStaticPaths = perLanguage;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const { catalog, all } = await getHistory();
  const body = historyToTimelineJS(catalog, all, lang, site!, t(lang, 'history.title'));
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
