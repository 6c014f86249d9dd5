import type { APIRoute } from 'astro';
import { getTimeline, type FilterOption } from '../../../../../data/timeline.ts';
import { timelineToTimelineJS } from '../../../../../data/timeline-exchange.ts';
import { t } from '../../../../../i18n/index.ts';
import { languages, type Lang } from '../../../../../lib/i18n.ts';

/** Each filtered timeline in TimelineJS 3 JSON, beside its page (/vi/timeline/area/education/timelinejs.json). */
export async function getStaticPaths() {
  const { filtered } = await getTimeline();
  return languages.flatMap((lang) => filtered.map((option) => ({ params: { lang, dimension: option.dimension, value: option.value }, props: { lang, option } })));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, option } = props as { lang: Lang; option: FilterOption };
  const { catalog } = await getTimeline();
  const title = t(lang, 'timeline.filteredTitle', { filter: t(lang, `timeline.dimension.${option.dimension}`), value: option.label(lang).text });
  const body = timelineToTimelineJS(catalog, option.items, lang, site!, title);
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
