import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { agreements, milestones } from '../support/content.ts';

/**
 * "Cite this" on every agreement, task and document page, in the page's language: both styles
 * name the page's stable address (its canonical URL), the day it was read (the build date) and,
 * for a task, the section and bullet of the plan it comes from.
 */
const pages = builtPages();
const citable = [...pages.keys()].filter((p) => /^\/(vi|lo)\/(agreements\/[^/]+|milestones\/[^/]+\/[^/]+|documents\/[^/]+)\/$/.test(p));
const buildDate = pages.get('/vi/timeline/')!.querySelector('[data-timeline]')!.getAttribute('data-today')!;
const [y, m, d] = buildDate.split('-').map(Number);
const LAO_MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'];
const accessed = { vi: `truy cập ngày ${d}/${m}/${y}`, lo: `ເຂົ້າເຖິງວັນທີ ${d} ${LAO_MONTHS[m! - 1]} ${y}` };

describe('cite this', () => {
  it('is on every agreement, task and document page, in both styles', () => {
    const documents = readdirSync('content/documents').filter((f) => f.endsWith('.md')).length;
    expect(citable.length).toBe(2 * (agreements.length + milestones.length + documents));
    for (const path of citable) {
      const doc = pages.get(path)!;
      const lang = path.slice(1, 3) as 'vi' | 'lo';
      const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      const styles = doc.querySelectorAll('[data-cite] [data-cite-style]').map((dd) => [dd.getAttribute('data-cite-style'), dd.text]);
      expect(styles.map(([s]) => s), path).toEqual(['administrative', 'apa']);
      for (const [, text] of styles) {
        expect(text, path).toContain(canonical);
        expect(text, path).toContain(lang === 'vi' ? 'Hợp tác Việt – Lào' : 'ການຮ່ວມມື ຫວຽດນາມ – ລາວ');
        expect(text, path).not.toMatch(/undefined|\{\w+\}|\.\.(?!\.)| ,/);
      }
      expect(styles[0]![1], path).toContain(accessed[lang]);
    }
  });

  it('cites a task by the section and bullet of its plan', () => {
    for (const task of milestones) {
      const text = pages.get(`/vi/milestones/${task.id}/`)!.querySelector('[data-cite-style="administrative"]')!.text;
      const where = task.source.section === 'preamble' ? 'phần mở đầu' : `mục ${task.source.section}${task.source.item ? `, ý ${task.source.item}` : ''}`;
      expect(text, task.id).toContain(where);
      expect(text, task.id).toContain(`“${task.title.vi.replace(/[\s.]+$/, '')}”`);
    }
  });

  it('dates a document by day only when the copy gives a day', () => {
    const months = pages.get('/vi/documents/bac-giang-plan-xaisomboun-2022/')!.querySelector('[data-cite-style="administrative"]')!.text;
    expect(months).toContain('tháng 8/2022');
    expect(months).not.toContain('ngày tháng');
    const day = pages.get('/vi/documents/tuyen-quang-110-kh-ubnd-2023/')!.querySelector('[data-cite-style="administrative"]')!.text;
    expect(day).toMatch(/^Ủy ban nhân dân tỉnh Tuyên Quang \(2023\), Kế hoạch 110\/KH-UBND ngày 19\/5\/2023, “/);
  });
});
