import type { APIRoute } from 'astro';
import { commemorationCalendar } from '../../../data/calendar.ts';
import { getCatalog } from '../../../data/catalog.ts';
import { getCommemorations } from '../../../data/commemorations.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { perLanguage } from '../../../lib/static-paths.ts';

/** The yearly commemorations with a fixed day, as a calendar feed: /vi/calendar/commemorations.ics. */
export const getStaticPaths = perLanguage;

export const GET: APIRoute = async ({ props, site }) => {
  const lang = (props as { lang: Lang }).lang;
  const body = commemorationCalendar(await getCatalog(), await getCommemorations(), lang, site!);
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
