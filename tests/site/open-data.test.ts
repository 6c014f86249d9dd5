import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { rawContent, SITE } from '../support/raw-content.ts';
import { parseFuzzyDate, toEDTF, toInterval } from '../../src/lib/fuzzy-date.ts';
import { siteConfig } from '../../src/site-config.ts';

/** The open data files, parsed back and checked against the content they are made from. */
const pages = builtPages();
const content = rawContent();
const datasets = ['agreements', 'milestones', 'quantities', 'agencies', 'provinces', 'areas'];
type Record_ = Record<string, string | number | string[] | null>;
interface DataFile { dataset: string; language: string; asOf: string; licence: unknown; documentation: string; fields: string[]; records: Record_[] }

const json = (lang: string, dataset: string): DataFile => JSON.parse(readFileSync(join(DIST, lang, 'data', `${dataset}.json`), 'utf8'));
const csv = (lang: string, dataset: string) => readFileSync(join(DIST, lang, 'data', `${dataset}.csv`), 'utf8');
/** A localized content field as the data files should give it in `lang`: Lao when written, else Vietnamese. */
const localized = (value: { vi: string; lo?: string } | undefined, lang: string) =>
  value ? { text: lang === 'lo' && value.lo ? value.lo : value.vi, lang: lang === 'lo' && value.lo ? 'lo' : 'vi' } : { text: null, lang: null };
/** OWASP CSV injection: how a text cell must appear in the CSV (the rule written on the data page). */
const FORMULA = /^[=+\-@\t\r]/;
const asText = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
const byId = (file: DataFile) => new Map(file.records.map((r) => [r.id as string, r]));

function resolves(href: string): boolean {
  const url = new URL(href);
  if (url.origin !== SITE.origin || !pages.has(url.pathname)) return false;
  return !url.hash || pages.get(url.pathname)!.querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`) !== null;
}

describe.each(['vi', 'lo'])('open data in %s', (lang) => {
  it.each(datasets)('%s: JSON and CSV hold the same records under the same fields', (dataset) => {
    const file = json(lang, dataset);
    expect(file.dataset).toBe(dataset);
    expect(file.language).toBe(lang);
    expect(file.licence).toEqual(siteConfig.licence);
    expect(file.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.records.length).toBeGreaterThan(0);
    for (const record of file.records) expect(Object.keys(record)).toEqual(file.fields);

    const text = csv(lang, dataset);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parseCsv(text, { bom: true, relax_quotes: false });
    expect(rows[0]).toEqual(file.fields);
    expect(rows.slice(1)).toEqual(
      file.records.map((r) => file.fields.map((f) => (r[f] === null ? '' : Array.isArray(r[f]) ? asText((r[f] as string[]).join(';')) : typeof r[f] === 'number' ? String(r[f]) : asText(r[f] as string)))),
    );
  });

  it('no CSV cell can run as a spreadsheet formula: text starting = + - @ tab or CR has an apostrophe first', () => {
    const wrong: string[] = [];
    for (const dataset of datasets) {
      const file = json(lang, dataset);
      const numeric = new Set(file.fields.filter((f) => file.records.every((r) => r[f] === null || typeof r[f] === 'number')));
      const rows: string[][] = parseCsv(csv(lang, dataset), { bom: true });
      rows.forEach((row, i) => row.forEach((cell, c) => {
        if (FORMULA.test(cell) && !(numeric.has(rows[0][c]) && Number.isFinite(Number(cell)))) wrong.push(`${dataset}.csv row ${i} ${rows[0][c]}: ${cell}`);
      }));
    }
    expect(wrong).toEqual([]);
  });

  it('the data page says how formula characters are neutralised', () => {
    expect(pages.get(`/${lang}/data/`)!.querySelector('#csv-formulas')?.text).toContain("(')");
  });

  it('every record links to its page on the site, in this language', () => {
    for (const dataset of datasets.filter((d) => d !== 'quantities')) {
      for (const record of json(lang, dataset).records) {
        expect(resolves(record.url as string), `${dataset} ${record.id}: ${record.url}`).toBe(true);
        expect(new URL(record.url as string).pathname.startsWith(`/${lang}/`)).toBe(true);
      }
    }
  });

  it('milestones match the content: agreement, title, date as written, EDTF, precision, agencies, areas, source', () => {
    const records = byId(json(lang, 'milestones'));
    expect(new Set(records.keys())).toEqual(new Set(content.milestones.keys()));
    for (const [id, m] of content.milestones) {
      const r = records.get(id)!;
      const period = content.agreements.get(m.agreement)!.period;
      const title = localized(m.title, lang);
      expect([r.agreement, r.title, r.title_lang], id).toEqual([m.agreement, title.text, title.lang]);
      expect(r.summary, id).toBe(localized(m.summary, lang).text);
      expect(r.date_text, id).toBe(m.when ?? null);
      if (m.when) {
        const parsed = parseFuzzyDate(m.when, { period });
        if (!parsed.ok) throw new Error(parsed.error);
        const interval = toInterval(parsed.value);
        expect([r.date_edtf, r.date_precision, r.date_start, r.date_end], id).toEqual([toEDTF(parsed.value), interval.precision, interval.start, interval.end]);
      } else {
        expect([r.date_edtf, r.date_precision, r.date_start, r.date_end], id).toEqual([null, null, null, null]);
      }
      expect([r.lead, r.coordinating, r.mentioned, r.areas, r.places], id).toEqual([m.lead, m.coordinating ?? [], m.mentioned ?? [], m.areas, m.places ?? []]);
      expect([r.source_document, r.source_section, r.source_item], id).toEqual([m.source.document, m.source.section, m.source.item ?? null]);
      expect(resolves(r.source_url as string), `${id}: ${r.source_url}`).toBe(true);
      // A status other than the derived ones needs a report in the content.
      if (!['planned', 'no-report'].includes(r.status as string)) expect(m.status?.length, id).toBeGreaterThan(0);
      expect(r.status_as_of).toBe(json(lang, 'milestones').asOf);
    }
  });

  it('EDTF dates are well-formed: a quarter is 33–36, a half 40–41, a range has two ends', () => {
    const edtf = /^(\d{4}(-\d{2}(-\d{2})?)?|\.\.)$/;
    for (const r of json(lang, 'milestones').records.filter((r) => r.date_edtf)) {
      const value = r.date_edtf as string;
      const parts = value.replace(/^[[{]|[\]}]$/g, '').split(/[/,]/);
      for (const part of parts) expect(edtf.test(part), `${r.id}: ${value}`).toBe(true);
      for (const [, sub] of value.matchAll(/\d{4}-(\d{2})(?!-)/g)) {
        expect(Number(sub) <= 12 || (Number(sub) >= 33 && Number(sub) <= 36) || Number(sub) === 40 || Number(sub) === 41, `${r.id}: ${value}`).toBe(true);
      }
    }
    // The review conference of Tuyên Quang's plan, "Quý IV/2023", is the fourth quarter of 2023.
    expect(byId(json(lang, 'milestones')).get('tuyen-quang-xiangkhouang-2021-2025/ii-5-1')?.date_edtf).toBe('2023-36');
  });

  it('quantities match every planned quantity in the content, one row each', () => {
    const expected = [...content.milestones].flatMap(([id, m]) =>
      (m.quantities ?? []).map((q: { value: number; upTo?: number; unit: string; year?: number; of?: { vi: string; lo?: string } }) => [id, m.agreement, q.value, q.upTo ?? null, q.unit, localized(q.of, lang).text, q.year ?? null]),
    );
    const rows = json(lang, 'quantities').records.map((r) => [r.milestone, r.agreement, r.value, r.up_to, r.unit, r.of, r.year]);
    const sorted = (list: unknown[][]) => list.map((row) => JSON.stringify(row)).sort();
    expect(sorted(rows)).toEqual(sorted(expected));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('agreements, agencies, provinces and areas match the content', () => {
    const agreements = byId(json(lang, 'agreements'));
    expect(new Set(agreements.keys())).toEqual(new Set(content.agreements.keys()));
    for (const [id, a] of content.agreements) {
      const r = agreements.get(id)!;
      expect([r.type, r.title, r.period_from, r.period_to, r.signed_date], id).toEqual([a.type, localized(a.title, lang).text, a.period.from, a.period.to, a.signed?.date ?? null]);
      expect(r.parties).toEqual(a.parties.map((p: { province: string }) => p.province));
      expect(r.milestone_count).toBe([...content.milestones.values()].filter((m) => m.agreement === id).length);
      expect(r.budget_amount).toBe(a.budget?.amount ?? null);
    }
    const agencies = byId(json(lang, 'agencies'));
    expect(new Set(agencies.keys())).toEqual(new Set(content.agencies.keys()));
    for (const [id, a] of content.agencies) {
      expect([agencies.get(id)!.name, agencies.get(id)!.province, agencies.get(id)!.country], id).toEqual([localized(a.name, lang).text, a.province ?? null, a.country]);
    }
    const provinces = byId(json(lang, 'provinces'));
    expect(new Set(provinces.keys())).toEqual(new Set(content.provinces.keys()));
    for (const [id, p] of content.provinces) {
      const r = provinces.get(id)!;
      expect([r.name, r.lat, r.lon, r.successor, r.valid_to], id).toEqual([
        localized(p.name, lang).text,
        p.capital?.coordinates?.lat ?? null,
        p.capital?.coordinates?.lon ?? null,
        p.successor ?? null,
        p.validTo ?? null,
      ]);
    }
    const areas = byId(json(lang, 'areas'));
    expect(new Set(areas.keys())).toEqual(new Set(content.areas.keys()));
    for (const [id, a] of content.areas) {
      expect([areas.get(id)!.name, areas.get(id)!.order], id).toEqual([localized(a.name, lang).text, a.order]);
    }
  });

  it('the data page documents every field of every file, links both formats and states the licence', () => {
    const page = pages.get(`/${lang}/data/`)!;
    for (const dataset of datasets) {
      const section = page.querySelector(`[data-dataset="${dataset}"]`);
      expect(section, dataset).not.toBeNull();
      const documented = section!.querySelectorAll('tr[data-field]');
      expect(documented.map((tr) => tr.getAttribute('data-field'))).toEqual(json(lang, dataset).fields);
      for (const tr of documented) expect(tr.querySelectorAll('td').at(-1)?.text.trim().length, `${dataset}.${tr.getAttribute('data-field')}`).toBeGreaterThan(3);
      const links = section!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links).toEqual([`/${lang}/data/${dataset}.json`, `/${lang}/data/${dataset}.csv`]);
      expect(json(lang, dataset).documentation).toBe(new URL(`/${lang}/data/#${dataset}`, SITE).href);
    }
    const licence = page.querySelector('[data-licence]');
    expect(licence?.getAttribute('data-licence')).toBe(siteConfig.licence ? siteConfig.licence.name : 'unset');
    expect(licence?.text.trim().length).toBeGreaterThan(10);
    expect(page.querySelector('[data-cite-example]')?.text).toContain(new URL(`/${lang}/data/milestones.csv`, SITE).href);
  });
});
