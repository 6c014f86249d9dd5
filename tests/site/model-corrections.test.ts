import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';

/**
 * The corrections of issue 12, point 6, as readers see them in the built pages: every co-lead,
 * periodic dates, a deadline from a plan's closing paragraph, and an outside fact with its basis.
 */
const pages = builtPages();
const page = (path: string) => {
  const doc = pages.get(path);
  if (!doc) throw new Error(`no page ${path}`);
  return doc;
};
const langs = ['vi', 'lo'] as const;

describe('a task with several lead bodies', () => {
  it.each(langs)('links every lead body of Khánh Hòa row 19 (%s), and neither as coordinating', (lang) => {
    const doc = page(`/${lang}/milestones/khanh-hoa-lao-localities-2022/iii-19/`);
    expect(doc.querySelectorAll('[data-lead] a').map((a) => a.getAttribute('href'))).toEqual([
      `/${lang}/agencies/so-noi-vu-khanh-hoa/`,
      `/${lang}/agencies/so-ngoai-vu-khanh-hoa/`,
    ]);
    const labels = doc.querySelectorAll('dl.dl-facts dt').map((dt) => dt.text.trim());
    expect(labels).not.toContain(lang === 'vi' ? 'Cơ quan phối hợp' : 'ພາກສ່ວນປະສານສົມທົບ');
  });

  it('lists the task under "lead" on each co-lead\'s agency page', () => {
    for (const agency of ['so-noi-vu-khanh-hoa', 'so-ngoai-vu-khanh-hoa']) {
      const links = page(`/vi/agencies/${agency}/`).querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links, agency).toContain('/vi/milestones/khanh-hoa-lao-localities-2022/iii-19/');
    }
  });
});

describe('periodic schedules', () => {
  it('show the rhythm and the period instead of "no separate date"', () => {
    const vi = page('/vi/milestones/gia-lai-southern-laos-2026-2030/ii-1-1/').querySelector('[data-when]')!;
    expect(vi.text.trim()).toBe('Định kỳ 2 năm một lần, 2026–2030');
    expect(vi.getAttribute('data-edtf')).toBe('2026/2030');
    expect(page('/lo/milestones/gia-lai-southern-laos-2026-2030/ii-1-1/').querySelector('[data-when]')!.text.trim()).toBe('2 ປີຕໍ່ຄັ້ງ, 2026–2030');
    expect(page('/vi/milestones/gia-lai-southern-laos-2026-2030/ii-9-4/').querySelector('[data-when]')!.text.trim()).toBe('Hằng quý, 2026–2030');
  });
});

describe('a deadline set in the plan\'s closing paragraph', () => {
  it.each(langs)('cites that paragraph beside the date, and the document has it in its closing section (%s)', (lang) => {
    const when = page(`/${lang}/milestones/khanh-hoa-lao-localities-2022/iv-1/`).querySelector('[data-when]')!;
    const link = when.querySelector('[data-when-source] a')!;
    expect(link.getAttribute('href')).toBe(`/${lang}/documents/khanh-hoa-592-kh-ubnd-2022/#s-closing`);
    expect(link.text).toContain(lang === 'vi' ? 'phần kết' : 'ພາກທ້າຍ');
    const closing = page(`/${lang}/documents/khanh-hoa-592-kh-ubnd-2022/`).querySelector('[id="s-closing"]')!;
    expect(closing.text).toContain('báo cáo kết quả triển khai Kế hoạch trước ngày 15/11/2022');
  });
});

describe('facts from outside the hosted documents', () => {
  it.each(langs)('the Bắc Giang signing month shows its basis and confidence, not a citation of the plan (%s)', (lang) => {
    const doc = page(`/${lang}/agreements/bac-giang-xaisomboun-2021-2025/`);
    const basis = doc.querySelector('[data-outside-basis]')!;
    expect(basis.getAttribute('data-outside-basis')).toBe('M');
    expect(basis.text).toContain('Thỏa thuận được ký tháng 8/2021');
    const signedRow = basis.parentNode!;
    expect(signedRow.querySelector('[data-source-link]')).toBeNull();
  });

  it('the news article dated from another publication says so', () => {
    const doc = page('/vi/news/2022-08-bac-giang-ke-hoach-xaisomboun/');
    expect(doc.querySelector('[data-outside-basis]')!.text).toContain('481/KH-UBND ngày 25/8/2022');
  });

  it('the agreement lists the steering committee notice its milestones cite', () => {
    const links = page('/vi/agreements/bac-giang-xaisomboun-2021-2025/').querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/vi/documents/bac-giang-steering-conclusions-2024/');
  });
});

describe('2025 end dates', () => {
  it('Tuyên Quang\'s People\'s Committee page names its end and its successor', () => {
    const doc = page('/vi/agencies/ubnd-tuyen-quang/');
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/vi/agencies/ubnd-tuyen-quang-2025/');
    expect(doc.text).toContain('30/6/2025');
  });
});
