import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { agreements, milestones } from '../support/content.ts';
import vi from '../../src/i18n/vi.ts';
import lo from '../../src/i18n/lo.ts';

/**
 * "Cite this" on every agreement, task and document page: the page's own CSL-JSON item (the file
 * it offers for download) in the Vietnam Ministry of Education and Training style and APA 7, in the
 * page's language. Expected texts are built from that item and each style's rules (see
 * tests/unit/citation.test.ts), the months and terms from the CSL locales.
 */
const pages = builtPages();
const citable = [...pages.keys()].filter((p) => /^\/(vi|lo)\/(agreements\/[^/]+|milestones\/[^/]+\/[^/]+|documents\/[^/]+)\/$/.test(p));
type Lang = 'vi' | 'lo';
const langOf = (path: string) => path.slice(1, 3) as Lang;
const LABELS = { vi: [vi['cite.moet'], vi['cite.apa']], lo: [lo['cite.moet'], lo['cite.apa']] };

const cited = (path: string) => {
  const doc = pages.get(path)!;
  const [moet, apa] = doc.querySelectorAll('[data-cite] dd[data-cite-style]');
  return { doc, moet: moet!, apa: apa!, canonical: doc.querySelector('link[rel="canonical"]')!.getAttribute('href')! };
};

interface Item {
  type: string; title: string; author: { literal: string }[]; URL: string; genre?: string; number?: string;
  'publisher-place'?: string; 'container-title'?: string;
  issued: { 'date-parts': number[][] }; accessed: { 'date-parts': number[][] };
}
/** The CSL-JSON file the page offers: the input of both styles. */
const itemOf = (path: string): Item => {
  const href = pages.get(path)!.querySelector('[data-cite-files] a[href$=".json"]')!.getAttribute('href')!;
  return (JSON.parse(readFileSync(join(DIST, href), 'utf8')) as Item[])[0]!;
};

// Terms of the CSL locales: month names, "and", "in", "accessed".
const localeXml = { vi: 'locales-vi-VN.xml', lo: 'locales-lo-LA.xml' };
const term = (lang: Lang, name: string) => {
  const xml = readFileSync(join('src/citation-styles', localeXml[lang]), 'utf8');
  return new RegExp(`<term name="${name}">([^<]*)</term>`).exec(xml)![1]!;
};
const month = (lang: Lang, m: number) => term(lang, `month-${String(m).padStart(2, '0')}`);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** How each locale writes the access date in the ministry style (its "numeric" form): vi-VN 03/12/2026; ours as the site writes Lao dates. */
const numericDate = (lang: Lang, [y, m, d]: number[]) =>
  lang === 'vi' ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : `${d} ${month('lo', m!)} ${y}`;
/** APA 7 dates: (Year), (Year, Month) or (Year, Month Day). */
const apaDate = (lang: Lang, [y, m, d]: number[]) => [y, m && [month(lang, m), d].filter(Boolean).join(' ')].filter(Boolean).join(', ');

describe('cite this', () => {
  it('is on every agreement, task and document page: two labelled styles, escaped text, italics only, no English words', () => {
    const documents = readdirSync('content/documents').filter((f) => f.endsWith('.md')).length;
    expect(citable.length).toBe(2 * (agreements.length + milestones.length + documents));
    for (const path of citable) {
      const lang = langOf(path);
      const { doc, moet, apa, canonical } = cited(path);
      expect(doc.querySelectorAll('[data-cite] dt').map((dt) => dt.text), path).toEqual(LABELS[lang]);
      expect([moet.getAttribute('data-cite-style'), apa.getAttribute('data-cite-style')], path).toEqual(['moet', 'apa']);
      // APA ends every online entry with its address.
      expect(apa.text.endsWith(canonical), path).toBe(true);
      for (const dd of [moet, apa]) {
        const tags = dd.querySelectorAll('*').map((el) => (el.classList.contains('nowrap') ? 'nowrap' : el.tagName));
        expect(new Set(tags), path).toEqual(new Set(tags.filter((t) => t === 'I' || t === 'nowrap')));
        expect(dd.querySelectorAll('[style]'), path).toEqual([]);
        expect(dd.text, path).not.toMatch(/undefined|\[object|\{\w+\}|\.\.(?!\.)| ,|\b(accessed|Retrieved|n\.d\.|In|and|et al)\b/);
      }
    }
  });

  it('cites a document (CSL report) in both languages by its issuer, year, title, type, number and place', () => {
    for (const lang of ['vi', 'lo'] as const) {
      const path = `/${lang}/documents/tuyen-quang-110-kh-ubnd-2023/`;
      const item = itemOf(path);
      const { moet, apa } = cited(path);
      const [author] = item.author.map((a) => a.literal);
      const [year] = item.issued['date-parts'][0]!;
      expect(item.type).toBe('report');
      // Ministry: Author (Year), *Title*, Genre, [Publisher,] Place.
      expect(moet.text).toBe(`${author} (${year}), ${item.title}, ${item.genre}, ${item['publisher-place']}.`);
      // APA 7 report by a group author: Author. (Year). *Title* (Genre Number). URL — no publisher: it is the author.
      expect(apa.text).toBe(`${author}. (${year}). ${item.title} (${item.genre} ${item.number}). ${item.URL}`);
      for (const dd of [moet, apa]) expect(dd.querySelector('i')!.text).toBe(item.title);
    }
  });

  it('cites an agreement in both languages by its signing parties, date, title and address', () => {
    for (const lang of ['vi', 'lo'] as const) {
      const path = `/${lang}/agreements/bac-giang-xaisomboun-2021-2025/`;
      const item = itemOf(path);
      const { moet, apa } = cited(path);
      const [a, b] = item.author.map((x) => x.literal);
      const issued = item.issued['date-parts'][0]!;
      // Ministry, a document read online: A and B (Year). Title. <URL>, accessed: date.
      expect(moet.text).toBe(`${a} ${term(lang, 'and')} ${b} (${issued[0]}). ${item.title}. <${item.URL}>, ${term(lang, 'accessed')}: ${numericDate(lang, item.accessed['date-parts'][0]!)}.`);
      // APA 7: A & B. (Year, Month). *Title* [Description]. URL
      expect(apa.text).toBe(`${a} & ${b}. (${apaDate(lang, issued)}). ${item.title} [${item.genre}]. ${item.URL}`);
      expect(apa.querySelector('i')!.text).toBe(item.title);
    }
  });

  it('cites a task in both languages as part of its plan', () => {
    for (const lang of ['vi', 'lo'] as const) {
      const path = `/${lang}/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/`;
      const item = itemOf(path);
      const { moet, apa } = cited(path);
      const [author] = item.author.map((x) => x.literal);
      const issued = item.issued['date-parts'][0]!;
      expect(moet.text).toBe(`${author} (${issued[0]}). ${item.title}. ${item['container-title']}, <${item.URL}>, ${term(lang, 'accessed')}: ${numericDate(lang, item.accessed['date-parts'][0]!)}.`);
      // APA 7, part of a work: Author. (Year, Month Day). Title of part. In *Work*. URL
      expect(apa.text).toBe(`${author}. (${apaDate(lang, issued)}). ${item.title}. ${capitalised(term(lang, 'in'))} ${item['container-title']}. ${item.URL}`);
      expect(apa.querySelector('i')!.text).toBe(item['container-title']);
    }
  });

  it('writes Lao access dates as the site writes Lao dates', () => {
    const buildDate = pages.get('/vi/timeline/')!.querySelector('[data-timeline]')!.getAttribute('data-today')!;
    const [y, m, d] = buildDate.split('-').map(Number);
    const text = cited('/lo/agreements/bac-giang-xaisomboun-2021-2025/').moet.text;
    expect(text).toContain(`ເຂົ້າເຖິງ: ${d} ${['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'][m! - 1]} ${y}.`);
  });
});
