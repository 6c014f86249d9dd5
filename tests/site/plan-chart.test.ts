import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { parseFuzzyDate } from '../../src/lib/fuzzy-date.ts';
import { builtPages } from '../support/built-site.ts';
import { agreements, milestones, periodOf, type RawMilestone } from '../support/content.ts';

/**
 * "Plans at a glance" in the built pages, checked against the content files: which tasks each
 * chart draws, how each date is drawn, where the marks link and what the table says.
 */
const pages = builtPages();
const page = (path: string): HTMLElement => {
  const doc = pages.get(path);
  if (!doc) throw new Error(`no page ${path}`);
  return doc;
};
const chart = (path: string) => page(path).querySelector('[data-plan-chart]')!;
const marks = (path: string) => chart(path).querySelectorAll('a.pc-m');
const kindOf = (m: RawMilestone) => (m.when ? parseFuzzyDate(m.when, { period: periodOf(m.agreement) }) : undefined);

describe('plan chart on agreement pages', () => {
  it.each(agreements.flatMap((a) => (['vi', 'lo'] as const).map((lang) => ({ lang, id: a.id }))))('$lang $id: one mark per dated task, every task in the table', ({ lang, id }) => {
    const path = `/${lang}/agreements/${id}/`;
    const own = milestones.filter((m) => m.agreement === id);
    const dated = own.filter((m) => m.when).map((m) => m.id).sort();
    expect(marks(path).map((a) => a.getAttribute('data-milestone')).sort()).toEqual(dated);
    expect(chart(path).getAttribute('data-tasks')).toBe(String(own.length));
    // Undated tasks are counted beside their area's name: the counts add up.
    const undated = chart(path).querySelectorAll('.pc-undated').reduce((n, s) => n + Number(s.text.match(/\+(\d+)/)![1]), 0);
    expect(undated).toBe(own.length - dated.length);
    expect(chart(path).querySelectorAll('[data-plan-table] tbody tr').map((tr) => tr.getAttribute('data-milestone')).sort()).toEqual(own.map((m) => m.id).sort());
    for (const a of marks(path)) {
      const m = own.find((x) => x.id === a.getAttribute('data-milestone'))!;
      expect(a.getAttribute('href')).toBe(`/${lang}/milestones/${m.id}/`);
      const title = (lang === 'lo' ? m.title.lo ?? m.title.vi : m.title.vi).trim();
      expect(a.getAttribute('aria-label')).toContain(title);
      // Status by pattern and colour: the mark's class is the status the page's list shows.
      const status = page(path).querySelector(`li[data-milestone="${m.id}"] [data-status]`)!.getAttribute('data-status');
      expect(a.getAttribute('class')).toContain(`s-${status}`);
    }
  });

  it('draws each date at its precision: a yearly task a bar each year, a deadline a marker, a known day a diamond, ongoing an arrow', () => {
    let checked = 0;
    for (const m of milestones.filter((x) => x.when)) {
      const parsed = kindOf(m)!;
      if (!parsed.ok) throw new Error(parsed.error);
      const a = marks(`/vi/agreements/${m.agreement}/`).find((x) => x.getAttribute('data-milestone') === m.id)!;
      const bars = a.querySelectorAll('rect.pc-bar').length;
      const v = parsed.value;
      if (v.kind === 'yearly' && !v.deadlines) {
        const period = v.period ?? periodOf(m.agreement);
        expect(bars, m.id).toBe(period.to - period.from + 1);
        checked++;
      } else if (v.kind === 'deadline' || (v.kind === 'yearly' && v.deadlines)) {
        expect(a.querySelectorAll('path.pc-deadline').length, m.id).toBeGreaterThan(0);
        checked++;
      } else if (v.kind === 'point' && v.point.precision === 'day') {
        expect(a.querySelectorAll('path.pc-day').length, m.id).toBe(1);
        checked++;
      } else if (v.kind === 'ongoing' || v.kind === 'from') {
        expect(a.querySelectorAll('path.pc-arrow').length, m.id).toBe(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('heads the agreement page, before its facts', () => {
    const html = page('/vi/agreements/bac-giang-xaisomboun-2021-2025/').toString();
    expect(html.indexOf('data-plan-chart')).toBeLessThan(html.indexOf('class="dl-facts'));
  });
});

describe('plan chart on timeline pages', () => {
  it.each(['vi', 'lo'])('the full timeline (%s) charts every dated task and points to its list as the text alternative', (lang) => {
    const path = `/${lang}/timeline/`;
    expect(marks(path).length).toBe(milestones.filter((m) => m.when).length);
    expect(chart(path).getAttribute('data-tasks')).toBe(String(milestones.length));
    const alternative = chart(path).querySelector('[data-plan-alternative] a')!.getAttribute('href')!;
    expect(page(path).querySelector(alternative)).not.toBeNull();
    // The build date's line is drawn when it falls inside the axis (2021–2031).
    expect(chart(path).querySelectorAll('line.pc-today').length).toBeGreaterThan(1);
  });

  it('every filtered timeline page is headed by the chart of its own tasks', () => {
    const filtered = [...pages.keys()].filter((p) => /^\/(vi|lo)\/timeline\/[^/]+\/[^/]+\/$/.test(p));
    expect(filtered.length).toBeGreaterThan(20);
    for (const path of filtered) {
      const listed = page(path).querySelectorAll('li.tl-item').length;
      expect(chart(path).getAttribute('data-tasks'), path).toBe(String(listed));
    }
  });
});

describe('plan chart marks have an equivalent link on their page (WCAG 2.5.8 "Equivalent")', () => {
  // Marks are smaller than 24 px; every one must also be linked from the page's list of tasks,
  // outside the chart and outside anything folded (tests/browser/plan-chart.test.ts measures that link).
  it('on every page with a chart', () => {
    const withChart = [...pages.keys()].filter((p) => pages.get(p)!.querySelector('[data-plan-chart]'));
    expect(withChart.length).toBeGreaterThan(50);
    for (const path of withChart) {
      const doc = page(path);
      const figure = chart(path);
      const elsewhere = new Set(doc.querySelectorAll('a[href]').filter((a) => !a.closest('[data-plan-chart]') && !a.closest('details')).map((a) => a.getAttribute('href')));
      const missing = figure.querySelectorAll('a.pc-m').map((a) => a.getAttribute('href')).filter((href) => !elsewhere.has(href));
      expect(missing, path).toEqual([]);
    }
  });
});
