import type { APIRoute } from 'astro';
import { getHistory } from '../../../../data/history.ts';
import { historyToTimelineJS } from '../../../../data/timeline-exchange.ts';
import { t } from '../../../../i18n/index.ts';
import { pick, languages, type Lang } from '../../../../lib/i18n.ts';

/** One agreement's history in TimelineJS 3 JSON (/vi/history/<agreement>/timelinejs.json). */
export async function getStaticPaths() {
  const { byAgreement } = await getHistory();
  return languages.flatMap((lang) => [...byAgreement].filter(([, list]) => list.length > 0).map(([agreement]) => ({ params: { lang, agreement }, props: { lang, agreement } })));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, agreement } = props as { lang: Lang; agreement: string };
  const { catalog, byAgreement } = await getHistory();
  const title = t(lang, 'history.agreementTitle', { name: pick(catalog.agreements.get(agreement)!.data.title, lang).text });
  const body = historyToTimelineJS(catalog, byAgreement.get(agreement)!, lang, site!, title);
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
