import { describe, expect, it } from 'vitest';
import { bibliographyEntry } from '../../src/lib/citation.ts';
import { engineCount, formatCitation } from '../../src/data/citation-styles.ts';
import type { CslItem } from '../../src/data/citation-formats.ts';

// Expected citations are written from each style's rules, not from the processor's output:
// APA 7 (apastyle.apa.org, references: group author, "(Year)" for a report, "(Year, Month Day)"
// for a dated document, title in italics for a work that stands alone, a description in
// parentheses (report number) or square brackets (unusual work), "In" before the work a part
// belongs to, the URL last, "Retrieved Month Day, Year, from URL" for an undated page, the
// publisher left out when it is the author); the Vietnam Ministry of Education and Training style
// (its CSL file: "Author (Year), *Title*, Genre, Publisher, Place." for a report, "Author (Year).
// Title. Container, <URL>, accessed: date." otherwise, authors joined by "and").
// Month names and terms come from the CSL locales (vi-VN published, lo-LA ours).

const url = 'https://example.org/vi/documents/tq-110/';
const accessed = { 'date-parts': [[2026, 12, 3]] };
const report: CslItem = {
  id: 'doc', type: 'report', language: 'vi', URL: url, accessed,
  title: 'Kế hoạch thực hiện Biên bản hợp tác',
  author: [{ literal: 'Ủy ban nhân dân tỉnh Tuyên Quang' }],
  issued: { 'date-parts': [[2023, 5, 19]] },
  number: '110/KH-UBND', genre: 'Kế hoạch', 'publisher-place': 'Tuyên Quang',
};
const task: CslItem = {
  id: 'task', type: 'document', language: 'vi', URL: 'https://example.org/vi/milestones/x/ii-5-1/', accessed,
  title: 'Tổ chức hội nghị sơ kết',
  author: [{ literal: 'Ủy ban nhân dân tỉnh Tuyên Quang' }],
  issued: { 'date-parts': [[2023, 5, 19]] },
  'container-title': 'Kế hoạch 110/KH-UBND: Kế hoạch thực hiện Biên bản hợp tác',
};
const agreement: CslItem = {
  id: 'agreement', type: 'document', language: 'lo', URL: 'https://example.org/lo/agreements/x/', accessed,
  title: 'ບົດບັນທຶກການຮ່ວມມື',
  author: [{ literal: 'ຄະນະກຳມະການປະຊາຊົນແຂວງຕວຽນກວາງ' }, { literal: 'ອົງການປົກຄອງແຂວງຊຽງຂວາງ' }],
  issued: { 'date-parts': [[2021, 3, 9]] },
  genre: 'ບົດບັນທຶກຄວາມເຂົ້າໃຈວ່າດ້ວຍການຮ່ວມມື',
};

describe('APA 7', () => {
  it('cites a numbered report by its group author and year, the number in parentheses', () => {
    expect(formatCitation(report, 'apa', 'vi')).toBe(
      `Ủy ban nhân dân tỉnh Tuyên Quang. (2023). <i>Kế hoạch thực hiện Biên bản hợp tác</i> (Kế hoạch 110/KH-UBND). ${url}`,
    );
  });

  it('cites a task as part of its plan: full date, "In" (vi-VN "Trong") and the plan in italics', () => {
    expect(formatCitation(task, 'apa', 'vi')).toBe(
      'Ủy ban nhân dân tỉnh Tuyên Quang. (2023, Tháng Năm 19). Tổ chức hội nghị sơ kết. ' +
        'Trong <i>Kế hoạch 110/KH-UBND: Kế hoạch thực hiện Biên bản hợp tác</i>. https://example.org/vi/milestones/x/ii-5-1/',
    );
  });

  it('joins two group authors with "&", describes the agreement in square brackets, months in Lao', () => {
    expect(formatCitation(agreement, 'apa', 'lo')).toBe(
      'ຄະນະກຳມະການປະຊາຊົນແຂວງຕວຽນກວາງ &#38; ອົງການປົກຄອງແຂວງຊຽງຂວາງ. (2021, ມີນາ 9). ' +
        '<i>ບົດບັນທຶກການຮ່ວມມື</i> [ບົດບັນທຶກຄວາມເຂົ້າໃຈວ່າດ້ວຍການຮ່ວມມື]. https://example.org/lo/agreements/x/',
    );
  });

  it('says "no date" and gives the retrieval date for an undated entry, in the page language', () => {
    const undated = { ...agreement, issued: undefined, genre: undefined };
    expect(formatCitation(undated, 'apa', 'lo')).toBe(
      'ຄະນະກຳມະການປະຊາຊົນແຂວງຕວຽນກວາງ &#38; ອົງການປົກຄອງແຂວງຊຽງຂວາງ. (ບໍ່ລະບຸປີ). <i>ບົດບັນທຶກການຮ່ວມມື</i>. ' +
        'ເຂົ້າເຖິງວັນທີ 3 ທັນວາ 2026, ຈາກ https://example.org/lo/agreements/x/',
    );
  });
});

describe('Vietnam Ministry of Education and Training style', () => {
  it('cites a report as author (year), italic title, genre, place; no list number', () => {
    expect(formatCitation(report, 'moet', 'vi')).toBe('Ủy ban nhân dân tỉnh Tuyên Quang (2023), <i>Kế hoạch thực hiện Biên bản hợp tác</i>, Kế hoạch, Tuyên Quang.');
  });

  it('cites a task with its plan, the address in angle brackets and the access date (vi-VN numeric date)', () => {
    expect(formatCitation(task, 'moet', 'vi')).toBe(
      'Ủy ban nhân dân tỉnh Tuyên Quang (2023). Tổ chức hội nghị sơ kết. Kế hoạch 110/KH-UBND: Kế hoạch thực hiện Biên bản hợp tác, ' +
        '&#60;https://example.org/vi/milestones/x/ii-5-1/&#62;, truy cập: 03/12/2026.',
    );
  });

  it('joins Lao authors with a spaced "ແລະ" and writes the access date as the site writes Lao dates', () => {
    expect(formatCitation(agreement, 'moet', 'lo')).toBe(
      'ຄະນະກຳມະການປະຊາຊົນແຂວງຕວຽນກວາງ ແລະ ອົງການປົກຄອງແຂວງຊຽງຂວາງ (2021). ບົດບັນທຶກການຮ່ວມມື. ' +
        '&#60;https://example.org/lo/agreements/x/&#62;, ເຂົ້າເຖິງ: 3 ທັນວາ 2026.',
    );
  });
});

describe('formatCitation', () => {
  it('escapes text that is not CSL-JSON rich-text markup', () => {
    const html = formatCitation({ ...task, title: '<script>x()</script> a < b & c' }, 'moet', 'vi');
    expect(html).toContain('. &#60;script&#62;x()&#60;/script&#62; a &#60; b &#38; c. ');
    expect(html).not.toContain('<script');
  });

  it('refuses, naming the entry, rich-text markup the page could only show with a style attribute', () => {
    expect(() => formatCitation({ ...task, title: 'a <sc>b</sc>' }, 'moet', 'vi')).toThrow(/task.*moet|moet.*task/);
  });

  it('formats an entry again with new data under the same id', () => {
    expect(formatCitation({ ...report, title: 'Khác' }, 'moet', 'vi')).toContain('<i>Khác</i>');
    expect(formatCitation(report, 'moet', 'vi')).toContain('<i>Kế hoạch thực hiện Biên bản hợp tác</i>');
  });

  it('keeps one processor per style and language', () => {
    for (const lang of ['vi', 'lo'] as const) for (const style of ['apa', 'moet'] as const) formatCitation(report, style, lang);
    expect(engineCount()).toBe(4);
  });
});

describe('bibliographyEntry', () => {
  it('takes the entry out of its wrapper, and the number out of a numbered entry', () => {
    expect(bibliographyEntry('  <div class="csl-entry">A. (2023). <i>T</i>.</div>\n')).toBe('A. (2023). <i>T</i>.');
    expect(bibliographyEntry('  <div class="csl-entry">\n    <div class="csl-left-margin">1.</div><div class="csl-right-inline">A (2023), <i>T</i>.</div>\n  </div>\n')).toBe('A (2023), <i>T</i>.');
  });

  it('refuses markup the page cannot show under its Content-Security-Policy, or an unknown shape', () => {
    expect(() => bibliographyEntry('<div class="csl-entry"><span style="font-variant:small-caps;">A</span></div>')).toThrow(/styled markup/);
    expect(() => bibliographyEntry('<p>A</p>')).toThrow(/csl-entry/);
  });
});
