import type { APIRoute } from 'astro';
import { milestoneCalendar } from '../../../../data/calendar.ts';
import { getCatalog, tasksOf, type AgreementEntry } from '../../../../data/catalog.ts';
import { t } from '../../../../i18n/index.ts';
import { pick, type Lang } from '../../../../lib/i18n.ts';
import { perEntryAndLanguage } from '../../../../lib/static-paths.ts';

/** One agreement's tasks as a calendar feed: /vi/calendar/agreements/<id>.ics. */
export async function getStaticPaths() {
  return perEntryAndLanguage((await getCatalog()).agreements);
}

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, entry } = props as { lang: Lang; entry: AgreementEntry };
  const catalog = await getCatalog();
  const milestones = tasksOf(catalog, 'agreement', entry.id);
  const name = t(lang, 'calendar.agreement', { title: pick(entry.data.title, lang).text });
  return new Response(milestoneCalendar(catalog, milestones, lang, site!, name), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
