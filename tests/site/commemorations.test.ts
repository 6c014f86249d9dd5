import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { commemorations } from '../support/content.ts';

/** The commemorations page against content/commemorations: every day, both names, in calendar order. */
const pages = builtPages();

describe('the commemorations page', () => {
  it.each(['vi', 'lo'] as const)('lists every day with both its names, in calendar order (%s)', (lang) => {
    const doc = pages.get(`/${lang}/commemorations/`)!;
    const items = doc.querySelectorAll('[data-commemoration]');
    expect(items.map((li) => li.getAttribute('data-commemoration')).sort()).toEqual(commemorations.map((c) => c.id).sort());
    const months = items.map((li) => {
      const c = commemorations.find((x) => x.id === li.getAttribute('data-commemoration'))!;
      return c.date?.month ?? c.movable!.months[0]!;
    });
    expect(months).toEqual([...months].sort((a, b) => a - b));
    for (const li of items) {
      const c = commemorations.find((x) => x.id === li.getAttribute('data-commemoration'))!;
      const other = lang === 'vi' ? 'lo' : 'vi';
      expect(li.querySelector('h2')!.text, c.id).toBe(c.name[lang]);
      expect(li.querySelector(`[lang="${other}"]`)?.text, c.id).toBe(c.name[other]);
      const day = li.querySelector('[data-day-text]')!.text.trim();
      if (c.date) expect(day, c.id).toMatch(new RegExp(`^${c.date.day}[/ ]`));
      else expect(day, c.id).not.toMatch(/\d/);
    }
  });

  it('says Lao New Year has no fixed day and why, and links the calendar file', () => {
    const doc = pages.get('/vi/commemorations/')!;
    const newYear = doc.querySelector('[data-commemoration="lao-new-year"]')!;
    expect(newYear.text).toContain('Ngày thay đổi mỗi năm');
    expect(newYear.text).toContain('ngày nghỉ chính thức do Chính phủ Lào công bố mỗi năm');
    expect(doc.querySelector('[data-calendar] a')?.getAttribute('href')).toBe('/vi/calendar/commemorations.ics');
  });
});
