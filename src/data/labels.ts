import { formatFuzzyDate } from '../lib/fuzzy-date.ts';
import { contentDate } from './dates.ts';
import { pick, type Lang } from '../lib/i18n.ts';
import { t } from '../i18n/index.ts';
import { term, type Catalog, type DocumentEntry, type MilestoneView } from './catalog.ts';

/** A date written in the editors' notation, formatted for `lang`. */
export function formatDateText(text: string, lang: Lang): string {
  return formatFuzzyDate(contentDate(text), lang);
}

/** "Kế hoạch 110/KH-UBND" / "ແຜນການ ເລກທີ 110/KH-UBND": how a document is named in citations. */
export function documentLabel(catalog: Catalog, doc: DocumentEntry, lang: Lang): string {
  const type = term(catalog, `document-type-${doc.data.type}`, lang);
  // A number the copy leaves blank but another publication gives is shown in square brackets,
  // the bibliographic sign for information supplied from outside the document.
  const number = doc.data.number ?? (doc.data.numberPublishedElsewhere && `[${doc.data.numberPublishedElsewhere.value}]`);
  // Without a number the date names it: "Kế hoạch năm 2026", "Thông báo tháng 6/2024".
  if (!number) {
    const date = formatDateText(doc.data.date, lang);
    return `${type} ${date.charAt(0).toLocaleLowerCase(lang) + date.slice(1)}`;
  }
  return lang === 'lo' ? `${type} ${t(lang, 'document.number')} ${number}` : `${type} ${number}`;
}

/** When a milestone is due, or the agreement period when the plan sets no date of its own. */
export function milestoneWhen(milestone: MilestoneView, lang: Lang): { text: string; stated: boolean } {
  if (milestone.when) return { text: formatFuzzyDate(milestone.when, lang), stated: true };
  const { from, to } = milestone.agreement.data.period;
  return { text: t(lang, 'milestone.noDate', { period: `${from}–${to}` }), stated: false };
}

/** Plain-text title of a milestone in `lang` (Vietnamese when untranslated). */
export function milestoneTitle(milestone: MilestoneView, lang: Lang): string {
  return pick(milestone.data.title, lang).text;
}
