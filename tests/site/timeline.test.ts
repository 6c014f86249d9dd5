import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { parseFuzzyDate, toInterval } from '../../src/lib/fuzzy-date.ts';
import { builtPages } from '../support/built-site.ts';
import { agreements, milestones, periodOf, provinces, type RawMilestone } from '../support/content.ts';

/**
 * The timeline pages checked against the content files: which tasks each view lists, how they
 * are grouped and read, and what the embeds and filters link to. Expectations come from the
 * YAML (areas, agreements, places, dates as written), not from the pages' own code.
 */
const pages = builtPages();
const page = (path: string): HTMLElement => {
  const doc = pages.get(path);
  if (!doc) throw new Error(`no page ${path}`);
  return doc;
};
const langs = ['vi', 'lo'] as const;
const listed = (path: string) => page(path).querySelectorAll('li.tl-item').map((li) => li.getAttribute('data-milestone')!);
const idsOf = (list: RawMilestone[]) => list.map((m) => m.id).sort();
const today = page('/vi/timeline/').querySelector('[data-timeline]')!.getAttribute('data-today')!;
const year = (iso: string) => Number(iso.slice(0, 4));

/** The years of a rhythm counted in years ("Định kỳ hai năm một lần") within its own span, else the agreement's. */
function everyNYears(value: { every: number; period?: { from: number; to: number }; since?: number }, agreement: { from: number; to: number }): Set<number> {
  const from = value.period?.from ?? value.since ?? agreement.from;
  const to = value.period?.to ?? Math.max(from, agreement.to);
  const years = new Set<number>();
  for (let y = from; y <= to; y += value.every) years.add(y);
  return years;
}

/** The days a task's date covers, as written: a one-off deadline is its day; an undated task is its agreement's period. */
function covers(m: RawMilestone): { start: string; end: string; years: (y: number) => boolean } {
  const period = periodOf(m.agreement);
  if (!m.when) return { start: `${period.from}-01-01`, end: `${period.to}-12-31`, years: (y) => y >= period.from && y <= period.to };
  const parsed = parseFuzzyDate(m.when, { period });
  if (!parsed.ok) throw new Error(parsed.error);
  const value = parsed.value;
  const interval = toInterval(value);
  const start = value.kind === 'deadline' ? value.point.start : interval.start!;
  const end = interval.end ?? `${period.to}-12-31`;
  // A list of years ("2022 và 2024") covers those years only; "every two years" (from the first
  // year of its span, as the plan counts) every other year.
  const listed = value.kind === 'list' ? new Set(value.points.map((p) => p.year)) : value.kind === 'periodic' && value.unit === 'year' ? everyNYears(value, period) : undefined;
  return { start, end, years: (y) => (listed ? listed.has(y) : y >= year(start) && y <= year(end)) };
}

describe('the timeline of all cooperation', () => {
  it.each(langs)('lists every task exactly once (%s)', (lang) => {
    const ids = listed(`/${lang}/timeline/`);
    expect(ids.length).toBe(milestones.length);
    expect(ids.sort()).toEqual(idsOf(milestones));
  });

  it('groups by year: a one-year group holds only tasks within that year, a span group the tasks running over it', () => {
    const groups = page('/vi/timeline/').querySelectorAll('li.tl-group');
    expect(groups.length).toBeGreaterThan(5);
    for (const group of groups) {
      const [from, to] = group.getAttribute('data-group')!.split('-').map(Number) as [number, number];
      const heading = group.querySelector('h2')!.text;
      expect(heading, `${from}-${to}`).toContain(from === to ? String(from) : `${from}–${to}`);
      for (const li of group.querySelectorAll('li.tl-item')) {
        const m = milestones.find((x) => x.id === li.getAttribute('data-milestone'))!;
        const c = covers(m);
        expect([year(c.start), year(c.end)], `${m.id} (${m.when ?? 'undated'}) in ${from}–${to}`).toEqual([from, to]);
      }
    }
  });

  it('reads in order: date with its precision, title, agencies, status; the bar is hidden from screen readers', () => {
    for (const li of page('/vi/timeline/').querySelectorAll('li.tl-item')) {
      const children = li.childNodes.filter((n) => (n as HTMLElement).tagName).map((n) => n as HTMLElement);
      expect(children.map((c) => c.getAttribute('class')!.split(' ')[0])).toEqual(['tl-when', 'tl-title', 'tl-agencies', 'tl-status', 'tl-track']);
      expect(children[0]!.text).toMatch(/\(độ chính xác: (ngày|tháng|quý|nửa năm|năm|cả giai đoạn của thỏa thuận)\)/);
      expect(children[1]!.querySelector('a')?.getAttribute('href')).toBe(`/vi/milestones/${li.getAttribute('data-milestone')}/`);
      expect(children[2]!.text).toMatch(/^Chủ trì: /);
      expect(children[4]!.tagName).toBe('SVG');
      expect(children[4]!.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('names the lead agency from the content, or says the source does not name one', () => {
    const doc = page('/vi/timeline/');
    for (const m of milestones) {
      const agencies = doc.querySelector(`li[data-milestone="${m.id}"] [data-agencies]`)!.text;
      if (m.lead.length === 0) expect(agencies, m.id).toMatch(/^Chủ trì: Văn bản nguồn không nêu/);
      else expect(agencies, m.id).not.toMatch(/^Chủ trì: Văn bản nguồn không nêu/);
    }
  });

  it('draws the build date ("today") in every task of the groups that span it, and nowhere else', () => {
    let drawn = 0;
    for (const group of page('/vi/timeline/').querySelectorAll('li.tl-group')) {
      const [from, to] = group.getAttribute('data-group')!.split('-').map(Number) as [number, number];
      const spans = from <= year(today) && year(today) <= to;
      for (const li of group.querySelectorAll('li.tl-item')) {
        expect(li.querySelectorAll('[data-today]').length, `${li.getAttribute('data-milestone')} in ${from}–${to}`).toBe(spans ? 1 : 0);
        if (spans) drawn++;
      }
    }
    expect(drawn).toBeGreaterThan(0);
  });

  it('calls a task done only on a report, and a past task without one "no report"', () => {
    const doc = page('/vi/timeline/');
    const counts: Record<string, number> = {};
    for (const m of milestones) {
      const status = doc.querySelector(`li[data-milestone="${m.id}"]`)!.getAttribute('data-status')!;
      counts[status] = (counts[status] ?? 0) + 1;
      const reported = m.status.filter((s) => s.date <= today).at(-1)?.status;
      const expected = reported ?? (covers(m).end < today ? 'no-report' : 'planned');
      expect(status, `${m.id} (${m.when ?? 'undated'})`).toBe(expected);
    }
    // The content has all three kinds today, so the distinction is exercised.
    expect(Object.keys(counts).sort()).toEqual(expect.arrayContaining(['completed', 'no-report', 'planned']));
  });
});

describe('filtered timelines: one page per value', () => {
  const lineage = (id: string) => new Set([id, ...provinces.filter((p) => p.successor === id).map((p) => p.id)]);

  it.each(langs)('agreement (%s): exactly the tasks of that agreement', (lang) => {
    for (const a of agreements) {
      expect(listed(`/${lang}/timeline/agreement/${a.id}/`).sort(), a.id).toEqual(idsOf(milestones.filter((m) => m.agreement === a.id)));
    }
  });

  it.each(langs)('area (%s): the tasks listing that area, for every area that has any', (lang) => {
    const areas = new Set(milestones.flatMap((m) => m.areas));
    for (const area of areas) {
      expect(listed(`/${lang}/timeline/area/${area}/`).sort(), area).toEqual(idsOf(milestones.filter((m) => m.areas.includes(area))));
    }
    expect([...pages.keys()].filter((p) => p.startsWith(`/${lang}/timeline/area/`)).length).toBe(areas.size);
  });

  it.each(langs)('province (%s): its agreements (also through the province it replaced) and tasks placed in it or its districts', (lang) => {
    let checked = 0;
    for (const province of provinces.filter((p) => p.level === 'province')) {
      const ids = lineage(province.id);
      const parentOf = (place: string) => provinces.find((p) => p.id === place)?.parent ?? '';
      const expected = milestones.filter((m) => {
        const parties = agreements.find((a) => a.id === m.agreement)!.parties;
        return parties.some((p) => ids.has(p.province)) || m.places.some((place) => ids.has(place) || ids.has(parentOf(place)));
      });
      const path = `/${lang}/timeline/province/${province.id}/`;
      if (expected.length === 0) {
        expect(pages.has(path), path).toBe(false);
        continue;
      }
      expect(listed(path).sort(), province.id).toEqual(idsOf(expected));
      checked++;
    }
    // Both countries: e.g. Xaisomboun's page holds Bắc Giang's agreement.
    expect(checked).toBeGreaterThan(8);
    expect(listed(`/${lang}/timeline/province/xaisomboun/`).some((id) => id.startsWith('bac-giang-xaisomboun-2021-2025/'))).toBe(true);
  });

  it.each(langs)('status (%s): the tasks whose own page shows that status', (lang) => {
    const statusOf = (id: string) => page(`/${lang}/milestones/${id}/`).querySelector('[data-status]')!.getAttribute('data-status');
    const paths = [...pages.keys()].filter((p) => p.startsWith(`/${lang}/timeline/status/`));
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      const status = path.split('/')[4]!;
      expect(listed(path).sort(), path).toEqual(idsOf(milestones.filter((m) => statusOf(m.id) === status)));
    }
  });

  it('year: the tasks whose date covers that year, and a list of years leaves out the years between', () => {
    const paths = [...pages.keys()].filter((p) => p.startsWith('/vi/timeline/year/'));
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      const y = Number(path.split('/')[4]);
      expect(listed(path).sort(), path).toEqual(idsOf(milestones.filter((m) => covers(m).years(y))));
    }
    const gapped = milestones.find((m) => /^Năm 2022 và năm 2024$/.test(m.when ?? ''));
    expect(gapped).toBeDefined();
    expect(listed('/vi/timeline/year/2023/')).not.toContain(gapped!.id);
    expect(listed('/vi/timeline/year/2024/')).toContain(gapped!.id);
  });

  it('links every value from the filters of every timeline page, marking the current one', () => {
    const timelinePaths = [...pages.keys()].filter((p) => /^\/vi\/timeline\//.test(p));
    const filterPaths = timelinePaths.filter((p) => p !== '/vi/timeline/');
    for (const path of timelinePaths) {
      const links = page(path).querySelectorAll('[data-filters] a');
      expect(links.map((a) => a.getAttribute('href')).sort(), path).toEqual(['/vi/timeline/', ...filterPaths].sort());
      expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href')), path).toEqual([path]);
    }
  });

  it('has the same pages in both languages', () => {
    const vi = [...pages.keys()].filter((p) => p.startsWith('/vi/timeline/')).map((p) => p.slice(3));
    const lo = [...pages.keys()].filter((p) => p.startsWith('/lo/timeline/')).map((p) => p.slice(3));
    expect(lo.sort()).toEqual(vi.sort());
  });
});

describe('embeds', () => {
  const timelinePaths = [...pages.keys()].filter((p) => /^\/(vi|lo)\/timeline\//.test(p));

  it('exist for every timeline, with the same tasks, no site header, and links that open the full site', () => {
    for (const path of timelinePaths) {
      const embedPath = path.replace(/^\/(vi|lo)\/timeline\//, '/$1/embed/timeline/');
      const embed = page(embedPath);
      expect(listed(embedPath), embedPath).toEqual(listed(path));
      expect(embed.querySelector('body > header'), embedPath).toBeNull();
      expect(embed.querySelector('nav'), embedPath).toBeNull();
      const links = embed.querySelectorAll('a[href]').filter((a) => !a.hasAttribute('data-lang-switch'));
      expect(links.length).toBeGreaterThan(1);
      expect(links.filter((a) => a.getAttribute('target') !== '_top').map((a) => a.getAttribute('href')), embedPath).toEqual([]);
      // …and one of them is the full page it stands for.
      expect(embed.querySelector('a[data-full-page]')?.getAttribute('href'), embedPath).toBe(path);
    }
  });

  it('are offered on their timeline page as iframe code pointing at the embed', () => {
    const site = new URL(page('/vi/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    for (const path of timelinePaths) {
      const code = page(path).querySelector('textarea[data-embed-code]')?.text ?? '';
      const src = /<iframe src="([^"]+)" title="([^"]+)"/.exec(code);
      expect(src?.[1], path).toBe(`${site}${path.replace(/^\/(vi|lo)\/timeline\//, '/$1/embed/timeline/')}`);
      expect(src?.[2].length, path).toBeGreaterThan(10);
    }
  });
});
