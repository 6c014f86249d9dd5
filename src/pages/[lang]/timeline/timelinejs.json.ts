import type { APIRoute } from 'astro';
import { getTimeline } from '../../../data/timeline.ts';
import { timelineToTimelineJS } from '../../../data/timeline-exchange.ts';
import { t } from '../../../i18n/index.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { perLanguage } from '../../../lib/static-paths.ts';

/** The whole timeline in TimelineJS 3 JSON (/vi/timeline/timelinejs.json). */
export const getStaticPaths = perLanguage;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const { catalog, items } = await getTimeline();
  const body = timelineToTimelineJS(catalog, items, lang, site!, t(lang, 'timeline.title'));
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
