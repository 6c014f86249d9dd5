import { toInterval } from '../lib/fuzzy-date.ts';
import { contentDate } from './dates.ts';
import { pick, type Lang } from '../lib/i18n.ts';
import { localePath, pagePath } from '../lib/paths.ts';
import { toTimelineJS, type ExchangeEvent, type TimelineJSDocument } from '../lib/timelinejs.ts';
import type { SourceRef } from '../schemas/common.ts';
import { t } from '../i18n/index.ts';
import { buildDate } from './build-date.ts';
import { mustGet, term, type Catalog } from './catalog.ts';
import type { HistoryEntry } from './history.ts';
import { documentLabel, formatDateText, milestoneWhen } from './labels.ts';
import type { TimelineItem } from './timeline.ts';

/** "Kế hoạch 110/KH-UBND, mục II.2, ý 1": a source as plain text. */
export function sourceText(catalog: Catalog, source: SourceRef, lang: Lang): string {
  const doc = mustGet(catalog.documents, source.document, 'document');
  const section = source.section === 'preamble' ? t(lang, 'document.preamble').toLowerCase() : t(lang, 'common.section', { section: source.section });
  return [documentLabel(catalog, doc, lang), section, source.item ? t(lang, 'common.item', { item: source.item }) : undefined].filter(Boolean).join(', ');
}

const url = (site: URL, lang: Lang, path: string) => new URL(localePath(lang, path), site).href;

/** Lead bodies of a task: one id today, a list after the content migration. */
const leadsOf = (lead: string | string[] | undefined) => [lead ?? []].flat();

/** A timeline view (all tasks or one filter) as TimelineJS: one slide per task, grouped by area, the agreements as eras. */
export function timelineToTimelineJS(catalog: Catalog, items: TimelineItem[], lang: Lang, site: URL, title: string): TimelineJSDocument {
  const events = items.map(({ milestone: m, placement: p }): ExchangeEvent => {
    const agencies = leadsOf(m.data.lead as string | string[] | undefined).map((id) => pick(mustGet(catalog.agencies, id, 'agency').data.name, lang).text);
    return {
      id: m.id,
      start: p.start,
      end: p.end,
      precision: p.precision,
      when: milestoneWhen(m, lang).text,
      headline: pick(m.data.title, lang).text,
      paragraphs: [
        `${t(lang, 'exchange.status')}: ${term(catalog, `status-${m.status}`, lang)} (${t(lang, 'milestone.statusAsOf', { date: buildDate })})`,
        ...(agencies.length ? [`${t(lang, 'timeline.lead')}: ${agencies.join(', ')}`] : []),
        `${t(lang, 'common.source')}: ${sourceText(catalog, m.data.source, lang)}`,
      ],
      url: url(site, lang, pagePath('milestones', m.id)),
      linkText: t(lang, 'exchange.open'),
      group: pick(mustGet(catalog.areas, m.data.areas[0]!, 'area').data.name, lang).text,
    };
  });
  const agreements = [...new Set(items.map((i) => i.milestone.agreement))];
  return toTimelineJS({
    title,
    intro: t(lang, 'exchange.intro', { site: t(lang, 'site.name'), date: buildDate }),
    events,
    eras: agreements.map((a) => ({ ...a.data.period, headline: pick(a.data.title, lang).text })),
  });
}

/** The history as TimelineJS: one slide per entry, grouped by kind, each naming its source. */
export function historyToTimelineJS(catalog: Catalog, entries: HistoryEntry[], lang: Lang, site: URL, title: string): TimelineJSDocument {
  const events = entries.map((e): ExchangeEvent => {
    const precision = toInterval(contentDate(e.date)).precision;
    const sources = [
      ...e.sources.map((s) => sourceText(catalog, s, lang)),
      ...(e.document ? [documentLabel(catalog, mustGet(catalog.documents, e.document, 'document'), lang)] : []),
    ];
    return {
      id: e.id,
      start: e.start,
      end: e.end,
      precision,
      when: formatDateText(e.date, lang),
      headline: e.title(lang).text,
      paragraphs: [
        ...(e.detail ? [e.detail(lang).text] : []),
        ...(sources.length ? [`${t(lang, 'common.source')}: ${sources.join('; ')}`] : []),
        ...(e.basis ? [`${t(lang, 'history.basis')}: ${e.basis.text} (${term(catalog, `confidence-${e.basis.confidence}`, lang)})`] : []),
      ],
      url: e.href ? url(site, lang, e.href) : undefined,
      linkText: t(lang, 'exchange.open'),
      group: t(lang, `history.kind.${e.kind}`),
    };
  });
  return toTimelineJS({ title, intro: t(lang, 'exchange.intro', { site: t(lang, 'site.name'), date: buildDate }), events });
}
