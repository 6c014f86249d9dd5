import { toInterval } from '../lib/fuzzy-date.ts';
import { contentDate } from './dates.ts';
import { pick, type Lang, type Picked } from '../lib/i18n.ts';
import { pagePath } from '../lib/paths.ts';
import type { SourceRef } from '../schemas/common.ts';
import { getCatalog, term, type Catalog } from './catalog.ts';
import { getCommemorations } from './commemorations.ts';
import { documentLabel } from './labels.ts';
import { newsText } from './news.ts';

/**
 * The partnerships' history: what happened, as the content records it, kept apart from what is
 * planned. Nothing is added here that the content does not say, and every entry carries its
 * source: a place in a hosted document, the hosted document itself, or a reference note.
 */
export const historyKinds = ['commemoration', 'signing', 'document', 'cited', 'report', 'news'] as const;
export type HistoryKind = (typeof historyKinds)[number];

export interface HistoryEntry {
  /** Unique and stable: the kind and the content id ("signing--bac-giang-xaisomboun-2021-2025"). */
  id: string;
  kind: HistoryKind;
  /** The date in the editors' notation ("2021-12-09", "8/2022", "6/2024"). */
  date: string;
  /** First and last day the date covers (ISO), for sorting and exchange formats. */
  start: string;
  end: string;
  title: (lang: Lang) => Picked;
  /** A sentence more, when the content has one. */
  detail?: (lang: Lang) => Picked;
  /** The site's page about it (language-neutral path). */
  href?: string;
  agreements: string[];
  sources: SourceRef[];
  /** The hosted document that is itself the source (its own page). */
  document?: string;
  /** A reference note the entry rests on, in Vietnamese, with how sure it is. */
  basis?: { text: string; confidence: 'H' | 'M' | 'U' };
}

function span(date: string): { start: string; end: string } {
  const { start, end } = toInterval(contentDate(date));
  if (!start || !end) throw new Error(`history: "${date}" has no start or end`);
  return { start, end };
}
const pad = (n: number) => String(n).padStart(2, '0');
const plain = (text: string, lang: Lang): Picked => ({ text, lang, fallback: false });

export function historyEntries(catalog: Catalog, commemorations: Awaited<ReturnType<typeof getCommemorations>>): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const agreementsOfDocument = (doc: string) => [...catalog.agreements.values()].filter((a) => a.data.documents.includes(doc)).map((a) => a.id);

  // The days Vietnam–Laos relations remember, at the year of the event itself.
  for (const c of commemorations) {
    if (!c.data.since || !c.data.date) continue;
    const date = `${c.data.since}-${pad(c.data.date.month)}-${pad(c.data.date.day)}`;
    entries.push({
      id: `commemoration--${c.id}`, kind: 'commemoration', date, ...span(date),
      title: (lang) => plain(c.data.name[lang], lang),
      detail: c.data.description ? (lang) => pick(c.data.description!, lang) : undefined,
      href: '/commemorations/', agreements: [], sources: c.data.sources,
      basis: { text: c.data.basis.basis, confidence: c.data.basis.confidence },
    });
  }

  for (const a of catalog.agreements.values()) {
    if (!a.data.signed) continue;
    entries.push({
      id: `signing--${a.id}`, kind: 'signing', date: a.data.signed.date, ...span(a.data.signed.date),
      title: (lang) => pick(a.data.title, lang),
      detail: a.data.signed.place ? (lang) => pick(a.data.signed!.place!, lang) : undefined,
      href: pagePath('agreements', a.id), agreements: [a.id], sources: a.data.signed.source ? [a.data.signed.source] : [],
      // A signing date no hosted document states rests on an outside basis, shown as such.
      basis: a.data.signed.reference ? { text: a.data.signed.reference.basis, confidence: a.data.signed.reference.confidence } : undefined,
    });
  }

  for (const doc of catalog.documents.values()) {
    const agreements = agreementsOfDocument(doc.id);
    entries.push({
      id: `document--${doc.id}`, kind: 'document', date: doc.data.date, ...span(doc.data.datePublishedElsewhere?.value ?? doc.data.date),
      title: (lang) => plain(`${documentLabel(catalog, doc, lang)}: ${pick(doc.data.title, lang).text}`, lang),
      detail: (lang) => pick(doc.data.summary, lang),
      href: pagePath('documents', doc.id), agreements, sources: [], document: doc.id,
      basis: doc.data.datePublishedElsewhere ? { text: doc.data.datePublishedElsewhere.basis, confidence: doc.data.datePublishedElsewhere.confidence } : undefined,
    });
    // Earlier documents a hosted one names (a plan it replaces, a memorandum it carries out), dated by it.
    doc.data.cites.forEach((cited, i) => {
      if (!cited.date) return;
      entries.push({
        id: `cited--${doc.id}--${i + 1}`, kind: 'cited', date: cited.date, ...span(cited.date),
        title: (lang) => ({ ...pick(cited.title, lang), text: [cited.number, pick(cited.title, lang).text].filter(Boolean).join(': ') }),
        agreements, sources: [], document: doc.id,
      });
    });
  }

  // Progress reported on a task (a meeting held, a plan issued), each with its own source.
  for (const m of catalog.milestones) {
    m.data.status.forEach((report, i) => {
      entries.push({
        id: `report--${m.id.replace(/\//g, '--')}--${i + 1}`, kind: 'report', date: report.date, ...span(report.date),
        title: (lang) => ({ ...pick(m.data.title, lang), text: `${pick(m.data.title, lang).text} (${term(catalog, `status-${report.status}`, lang)})` }),
        detail: report.note ? (lang) => pick(report.note!, lang) : undefined,
        href: pagePath('milestones', m.id), agreements: [m.agreement.id], sources: [report.source],
      });
    });
  }

  for (const n of catalog.news) {
    entries.push({
      id: `news--${n.id}`, kind: 'news', date: n.data.date, ...span(n.data.date),
      title: (lang) => { const t = newsText(catalog, n, lang); return { text: t.title, lang: t.lang, fallback: t.fallback }; },
      detail: (lang) => { const t = newsText(catalog, n, lang); return { text: t.summary, lang: t.lang, fallback: t.fallback }; },
      href: pagePath('news', n.id), agreements: n.data.agreements, sources: n.data.sources,
    });
  }

  const order = (k: HistoryKind) => historyKinds.indexOf(k);
  return entries.sort((a, b) => a.start.localeCompare(b.start) || order(a.kind) - order(b.kind) || a.id.localeCompare(b.id));
}

/** The history of everything, and one per agreement (its signing, documents, reports and news). */
async function load() {
  const catalog = await getCatalog();
  const all = historyEntries(catalog, await getCommemorations());
  const byAgreement = new Map([...catalog.agreements.keys()].map((id) => [id, all.filter((e) => e.agreements.includes(id))]));
  return { catalog, all, byAgreement };
}
let cached: ReturnType<typeof load> | undefined;
export function getHistory() {
  cached ??= load();
  return cached;
}
