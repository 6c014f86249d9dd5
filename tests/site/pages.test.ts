import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { rawContent } from '../support/raw-content.ts';

const pages = builtPages();
const page = (path: string) => {
  const doc = pages.get(path);
  if (!doc) throw new Error(`no page ${path}`);
  return doc;
};
const AGREEMENT = 'tuyen-quang-xiangkhouang-2021-2025';
const PLAN = 'tuyen-quang-110-kh-ubnd-2023';
const milestoneIds = [...rawContent().milestones.keys()].filter((id) => id.startsWith(`${AGREEMENT}/`)).map((id) => id.slice(AGREEMENT.length + 1));

describe('the bilingual landing page', () => {
  it('shows both languages side by side and redirects nowhere', () => {
    const doc = page('/');
    expect(doc.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    const sections = doc.querySelectorAll('main section[lang]');
    expect(sections.map((s) => s.getAttribute('lang'))).toEqual(['vi', 'lo']);
    expect(sections.map((s) => s.querySelector('a')?.getAttribute('href'))).toEqual(['/vi/', '/lo/']);
  });
});

describe('the agreement page', () => {
  it.each(['vi', 'lo'])('lists every milestone of the plan, grouped by area (%s)', (lang) => {
    const doc = page(`/${lang}/agreements/${AGREEMENT}/`);
    const listed = doc.querySelectorAll('#milestones-by-area ~ section [data-milestone], section [data-milestone]').map((li) => li.getAttribute('data-milestone'));
    expect(new Set(listed)).toEqual(new Set(milestoneIds.map((id) => `${AGREEMENT}/${id}`)));
    expect(doc.querySelectorAll('section[aria-labelledby^="area-"]').length).toBe(6);
  });

  it('gives the parties, period, signing date and place', () => {
    const text = page(`/vi/agreements/${AGREEMENT}/`).querySelector('dl')!.text;
    expect(text).toContain('tỉnh Tuyên Quang');
    expect(text).toContain('tỉnh Xiêng Khoảng');
    expect(text).toContain('2021–2025');
    expect(text).toContain('29/6/2022');
    const lao = page(`/lo/agreements/${AGREEMENT}/`).querySelector('dl')!.text;
    expect(lao).toContain('ແຂວງຕວຽນກວາງ');
    expect(lao).toContain('29 ມິຖຸນາ 2022');
  });
});

describe('milestone pages', () => {
  it('give the review conferences their quarter, in both languages, with no outcome claimed', () => {
    const vi = page(`/vi/milestones/${AGREEMENT}/ii-5-1/`);
    expect(vi.querySelector('[data-when]')?.text).toBe('Quý IV/2023');
    expect(vi.querySelector('[data-when]')?.getAttribute('data-edtf')).toBe('2023-36');
    expect(page(`/lo/milestones/${AGREEMENT}/ii-5-2/`).querySelector('[data-when]')?.text).toBe('ໄຕມາດ I/2026');
    // Built after the end of 2023 with no report in the sources: "no report yet", never "completed".
    expect(vi.querySelector('[data-status]')?.getAttribute('data-status')).toBe('no-report');
    expect(vi.querySelector('[data-status]')?.text.trim()).toBe('Chưa có báo cáo');
  });

  it.each(milestoneIds)('%s cites its section of the plan, quoting it', (id) => {
    for (const lang of ['vi', 'lo']) {
      const doc = page(`/${lang}/milestones/${AGREEMENT}/${id}/`);
      const href = doc.querySelector('a[data-source-link]')?.getAttribute('href') ?? '';
      expect(href, `${lang}/${id}`).toMatch(new RegExp(`^/${lang}/documents/${PLAN}/#s-(II|IV)\\.`));
      const anchor = href.split('#')[1];
      const target = page(`/${lang}/documents/${PLAN}/`).querySelector(`[id="${anchor}"]`);
      // The document links back to the milestone from the cited passage.
      expect(target?.querySelectorAll('[data-citing] a').some((a) => a.getAttribute('href') === `/${lang}/milestones/${AGREEMENT}/${id}/`)).toBe(true);
      expect(doc.querySelector('blockquote[lang="vi"]')?.text.length).toBeGreaterThan(10);
      expect(doc.querySelector('h1')?.text.trim().length).toBeGreaterThan(0);
    }
  });

  it('say so when the source names no lead agency instead of guessing', () => {
    expect(page(`/vi/milestones/${AGREEMENT}/ii-2-1/`).querySelector('[data-lead]')?.text.trim()).toBe('Văn bản nguồn không nêu');
    expect(page(`/vi/milestones/${AGREEMENT}/iv-2/`).querySelector('[data-lead] a')?.getAttribute('href')).toBe('/vi/agencies/so-ngoai-vu-tuyen-quang/');
  });

  it('show structured quantities', () => {
    const values = page(`/vi/milestones/${AGREEMENT}/ii-2-1/`).querySelectorAll('[data-quantity]').map((q) => q.getAttribute('data-quantity'));
    expect(values).toEqual(['50', '50']);
  });

  it('are written in Lao on the Lao side', () => {
    for (const id of milestoneIds) {
      expect(page(`/lo/milestones/${AGREEMENT}/${id}/`).querySelector('h1')?.text, id).toMatch(/[\u0E80-\u0EFF]/);
    }
  });
});

describe('the source document page', () => {
  it('hosts the full text with an anchor for every numbered section', () => {
    const doc = page(`/vi/documents/${PLAN}/`);
    for (const id of ['I', 'II', 'II.1.1', 'II.1.2', 'II.2', 'II.3', 'II.4.1', 'II.4.2', 'II.5', 'III', 'IV.2']) {
      expect(doc.querySelector(`[id="s-${id}"]`), id).not.toBeNull();
    }
    expect(doc.querySelector('[lang="vi"].prose-doc')?.text).toContain('Hoàng Việt Phương');
  });

  it('on the Lao side keeps the original Vietnamese text, marked as such', () => {
    const doc = page(`/lo/documents/${PLAN}/`);
    expect(doc.querySelector('.prose-doc')?.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('#full-text ~ [role="note"]')?.text).toMatch(/ຕົ້ນສະບັບທາງການເປັນພາສາຫວຽດນາມ/);
  });
});

describe('province pages', () => {
  it('record the 2025 merger as history with its successor', () => {
    const doc = page('/vi/provinces/tuyen-quang/');
    expect(doc.querySelector('#history ~ ul')?.text).toContain('30/6/2025');
    expect(doc.querySelector('#history ~ ul a')?.getAttribute('href')).toBe('/vi/provinces/tuyen-quang-2025/');
    const successor = page('/vi/provinces/tuyen-quang-2025/').querySelector('#history ~ ul')!;
    expect(successor.querySelectorAll('a').map((a) => a.getAttribute('href')).sort()).toEqual(['/vi/provinces/ha-giang/', '/vi/provinces/tuyen-quang/']);
  });
});
