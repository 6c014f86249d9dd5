import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages } from '../support/built-site.ts';
import { rawContent } from '../support/raw-content.ts';

/** The partner map and the agreement charts: drawn at build time, linked, with text alternatives. */
const pages = builtPages();
const content = rawContent();
const page = (path: string) => {
  const doc = pages.get(path);
  if (!doc) throw new Error(`no page ${path}`);
  return doc;
};
const LAO = /[\u0E80-\u0EFF]/;

// What the content says the map must show: each agreement's Vietnamese parties paired with its Lao parties.
const pairs = [...content.agreements.values()].flatMap((a) => {
  const parties = a.parties.map((p: { province: string }) => p.province) as string[];
  const of = (country: string) => parties.filter((id) => content.provinces.get(id)!.country === country);
  return of('vn').flatMap((vn) => of('la').map((la) => `${vn} ${la}`));
});
const partners = new Set(pairs.flatMap((p) => p.split(' ')));
const located = [...partners].filter((id) => content.provinces.get(id)!.capital?.coordinates);

/** The element an aria-labelledby id list points at, inside `root`. */
const labelled = (root: HTMLElement, svg: HTMLElement) => svg.getAttribute('aria-labelledby')!.split(' ').map((id) => root.querySelector(`[id="${id}"]`));

describe.each(['vi', 'lo'])('the partner map (%s)', (lang) => {
  const doc = page(`/${lang}/map/`);
  const svg = doc.querySelector('svg[data-map]')!;

  it('is an SVG in the page, with no script, no image tiles and no external resource', () => {
    expect(svg).not.toBeNull();
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(svg.querySelectorAll('image, foreignObject, script')).toHaveLength(0);
    expect(svg.querySelectorAll('path[data-area]').length).toBeGreaterThanOrEqual(2);
  });

  it('is named by its title and description', () => {
    const [title, desc] = labelled(doc, svg);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(desc?.tagName.toLowerCase()).toBe('desc');
    expect(title!.text.trim().length).toBeGreaterThan(3);
    expect(desc!.text).toContain(String(located.length));
  });

  it('marks every partner province at its centre, linked to its page, labelled in the page language', () => {
    const links = svg.querySelectorAll('a[data-province]');
    expect(new Set(links.map((a) => a.getAttribute('data-province')))).toEqual(new Set(located));
    for (const a of links) {
      const id = a.getAttribute('data-province')!;
      expect(a.getAttribute('href')).toBe(`/${lang}/provinces/${id}/`);
      expect(pages.has(a.getAttribute('href')!)).toBe(true);
      const name = content.provinces.get(id)!.name;
      const label = a.querySelector('text')!;
      expect(label.text).toBe(lang === 'lo' && name.lo ? name.lo : name.vi);
      if (lang === 'lo' && name.lo) expect(label.text).toMatch(LAO);
    }
  });

  it('draws a line for every partnership in the agreements', () => {
    const lines = svg.querySelectorAll('line[data-link]').map((l) => l.getAttribute('data-link'));
    const drawable = pairs.filter((p) => p.split(' ').every((id) => located.includes(id)));
    expect(lines.sort()).toEqual([...drawable].sort());
    expect(lines.length).toBeGreaterThan(0);
  });

  it('lists the same provinces and partnerships as text, with the same links', () => {
    const list = doc.querySelector('[data-map-list]')!;
    expect(list.querySelectorAll('li[data-pair]').map((li) => li.getAttribute('data-pair')).sort()).toEqual([...pairs].sort());
    const textLinks = new Set(list.querySelectorAll('li[data-pair] a').map((a) => a.getAttribute('href')));
    const mapLinks = new Set(svg.querySelectorAll('a[data-province]').map((a) => a.getAttribute('href')));
    for (const href of mapLinks) expect(textLinks.has(href), href!).toBe(true);
    for (const id of content.agreements.keys()) expect(list.querySelector(`a[href="/${lang}/agreements/${id}/"]`), id).not.toBeNull();
  });
});

describe.each(['vi', 'lo'])('the charts on agreement pages (%s)', (lang) => {
  for (const [id] of content.agreements) {
    const milestones = [...content.milestones.values()].filter((m) => m.agreement === id);
    const doc = page(`/${lang}/agreements/${id}/`);
    const section = doc.querySelector('[data-agreement-charts]');

    it(`${id}: every chart is an image named by its title and description, with a table of the same numbers`, () => {
      expect(section).not.toBeNull();
      const charts = section!.querySelectorAll('svg[data-chart]');
      expect(charts.length).toBeGreaterThanOrEqual(2);
      for (const svg of charts) {
        expect(svg.getAttribute('role')).toBe('img');
        const [title, desc] = labelled(doc, svg);
        expect(title?.text.trim().length).toBeGreaterThan(3);
        expect(desc?.text.trim().length).toBeGreaterThan(3);
        const bars = svg.querySelectorAll('g[data-value]').map((g) => Number(g.getAttribute('data-value')));
        const table = section!.querySelector(`table[data-chart-table="${svg.getAttribute('data-chart')}"]`)!;
        expect(table.querySelector('caption')?.text.trim().length).toBeGreaterThan(3);
        expect(table.querySelectorAll('td[data-value]').map((td) => Number(td.getAttribute('data-value')))).toEqual(bars);
        // Every bar's label in the chart is the row header in the table.
        expect(table.querySelectorAll('tbody th').map((th) => th.text.trim())).toEqual(svg.querySelectorAll('g[data-value] text:first-child').map((t) => t.text.trim()));
      }
      expect(section!.querySelectorAll('[data-chart-source] a').every((a) => pages.has(a.getAttribute('href')!))).toBe(true);
    });

    it(`${id}: counts each task once by its main area, as the content gives them`, () => {
      const svg = section!.querySelector(`svg[data-chart="chart-area-${id}"]`)!;
      const counted = svg.querySelectorAll('g[data-value]').map((g) => Number(g.getAttribute('data-value')));
      const expected = [...content.areas.entries()]
        .sort(([, a], [, b]) => a.order - b.order)
        .map(([area]) => milestones.filter((m) => m.areas[0] === area).length)
        .filter((n) => n > 0);
      expect(counted).toEqual(expected);
      const byYear = section!.querySelector(`svg[data-chart="chart-year-${id}"]`)!.querySelectorAll('g[data-value]').map((g) => Number(g.getAttribute('data-value')));
      expect(byYear.reduce((a, b) => a + b, 0)).toBe(milestones.length);
    });

    it(`${id}: charts the planned quantities per year that the content schedules, per unit`, () => {
      const expected = new Map<string, Map<number, number>>();
      for (const m of milestones) {
        for (const q of m.quantities ?? []) {
          if (q.year === undefined) continue;
          const years = expected.get(q.unit) ?? new Map<number, number>();
          years.set(q.year, (years.get(q.year) ?? 0) + q.value);
          expected.set(q.unit, years);
        }
      }
      const charts = section!.querySelectorAll('svg[data-chart^="chart-quantity-"]');
      expect(charts).toHaveLength(expected.size);
      for (const [unit, years] of expected) {
        const svg = section!.querySelector(`svg[data-chart="chart-quantity-${id}-${unit.toLowerCase()}"]`)!;
        const drawn = svg.querySelectorAll('g[data-value]').map((g) => [Number(g.querySelector('text')!.text), Number(g.getAttribute('data-value'))]);
        expect(drawn).toEqual([...years].sort(([a], [b]) => a - b));
      }
    });
  }
});
