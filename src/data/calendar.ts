import type { EventAttributes } from 'ics';
import { anniversaryEvent, calendarFile, taskEvents } from '../lib/calendar-events.ts';
import { formatDayOfYear, formatFuzzyDate } from '../lib/fuzzy-date.ts';
import { pick, type Lang } from '../lib/i18n.ts';
import { localePath, pagePath } from '../lib/paths.ts';
import { commemorationsPath } from '../lib/timeline-paths.ts';
import { placeTask } from '../lib/timeline-placement.ts';
import { t } from '../i18n/index.ts';
import type { SourceRef } from '../schemas/common.ts';
import { buildDate } from './build-date.ts';
import { mustGet, term, type Catalog, type MilestoneView } from './catalog.ts';
import type { CommemorationEntry } from './commemorations.ts';
import { documentLabel, formatDateText } from './labels.ts';

/** "Kế hoạch 110/KH-UBND, mục II.5, ý 1": a citation as plain text, as SourceLink shows it. */
function sourceText(catalog: Catalog, source: SourceRef, lang: Lang): string {
  const doc = mustGet(catalog.documents, source.document, 'document');
  const section = source.section === 'preamble'
    ? t(lang, 'document.preamble').toLowerCase()
    : source.section === 'closing' ? t(lang, 'document.closingCited') : t(lang, 'common.section', { section: source.section });
  return [documentLabel(catalog, doc, lang), section, source.item ? t(lang, 'common.item', { item: source.item }) : undefined].filter(Boolean).join(', ');
}

const productId = (lang: Lang) => `-//${t('vi', 'site.name')}//${lang.toUpperCase()}`;

/** The tasks' calendar in `lang`: each task an all-day event (or several) with its precision written out. */
export function milestoneCalendar(catalog: Catalog, milestones: readonly MilestoneView[], lang: Lang, site: URL, name: string): string {
  const events: EventAttributes[] = milestones.flatMap((m) => {
    const { from, to } = m.agreement.data.period;
    const placement = placeTask(m.when, m.agreement.data.period);
    const when = m.when ? formatFuzzyDate(m.when, lang) : t(lang, 'timeline.undated', { period: `${from}–${to}` });
    const description = [
      t(lang, 'calendar.when', { when, precision: term(catalog, `precision-${placement.precision}`, lang) }),
      t(lang, 'calendar.status', { date: formatDateText(buildDate, lang), status: term(catalog, `status-${m.status}`, lang) }),
      m.data.lead.length > 0 ? t(lang, 'calendar.lead', { name: m.data.lead.map((id) => pick(mustGet(catalog.agencies, id, 'agency').data.name, lang).text).join('; ') }) : undefined,
      t(lang, 'calendar.agreementName', { title: pick(m.agreement.data.title, lang).text }),
      t(lang, 'calendar.source', { source: sourceText(catalog, m.data.source, lang) }),
    ].filter(Boolean).join('\n');
    return taskEvents(
      {
        uid: `${lang}.${m.id.replace('/', '.')}@${site.host}`,
        title: pick(m.data.title, lang).text,
        description,
        url: new URL(localePath(lang, pagePath('milestones', m.id)), site).href,
        categories: m.data.areas.map((id) => pick(mustGet(catalog.areas, id, 'area').data.name, lang).text),
        cancelled: m.status === 'cancelled',
      },
      m.when,
      m.agreement.data.period,
    );
  });
  return calendarFile(events, { name, productId: productId(lang), stamp: buildDate });
}

/** Commemorations with a fixed day, repeating every year; movable feasts have no day to give, so they are left out. */
export function commemorationCalendar(catalog: Catalog, commemorations: CommemorationEntry[], lang: Lang, site: URL): string {
  const events = commemorations.flatMap((c) => {
    const { date, since } = c.data;
    if (!date || since === undefined) return [];
    const description = [
      t(lang, 'calendar.yearly', { date: formatDayOfYear(date, lang), year: since }),
      c.data.description ? pick(c.data.description, lang).text : undefined,
      t(lang, 'calendar.basis', { basis: c.data.basis.basis, confidence: term(catalog, `confidence-${c.data.basis.confidence}`, lang) }),
      ...c.data.sources.map((s) => t(lang, 'calendar.source', { source: sourceText(catalog, s, lang) })),
    ].filter(Boolean).join('\n');
    return [
      anniversaryEvent(
        {
          uid: `${lang}.commemoration.${c.id}@${site.host}`,
          title: c.data.name[lang],
          description,
          url: new URL(`${localePath(lang, commemorationsPath)}#${c.id}`, site).href,
        },
        date,
        since,
      ),
    ];
  });
  return calendarFile(events, { name: t(lang, 'calendar.commemorations'), productId: productId(lang), stamp: buildDate });
}
