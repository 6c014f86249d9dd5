import type { APIRoute } from 'astro';
import { milestoneCalendar } from '../../../data/calendar.ts';
import { getCatalog } from '../../../data/catalog.ts';
import { t } from '../../../i18n/index.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { perLanguage } from '../../../lib/static-paths.ts';

/** Every task as a calendar feed, in one language: /vi/calendar/milestones.ics. */
export const getStaticPaths = perLanguage;

export const GET: APIRoute = async ({ props, site }) => {
  const lang = (props as { lang: Lang }).lang;
  const catalog = await getCatalog();
  const body = milestoneCalendar(catalog, catalog.milestones, lang, site!, t(lang, 'calendar.milestones'));
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
