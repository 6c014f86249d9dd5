import { describe, expect, it } from 'vitest';
import { administrativeCitation, apaCitation, type CitationInput, type CitationWords } from '../../src/lib/citation.ts';

// Expected citations are written by hand from the two styles' rules.

const vi: CitationWords = {
  source: 'Nguồn',
  accessed: 'truy cập ngày {date}',
  retrieved: 'Truy cập ngày {date}, từ {url}',
  noYear: 'không rõ năm',
};
const lo: CitationWords = {
  source: 'ແຫຼ່ງຂໍ້ມູນ',
  accessed: 'ເຂົ້າເຖິງວັນທີ {date}',
  retrieved: 'ເຂົ້າເຖິງວັນທີ {date}, ຈາກ {url}',
  noYear: 'ບໍ່ລະບຸປີ',
};

const task: CitationInput = {
  authors: ['Ủy ban nhân dân tỉnh Tuyên Quang'],
  year: 2023,
  title: 'Tổ chức hội nghị sơ kết Biên bản hợp tác giai đoạn 2021-2025',
  source: { label: 'Kế hoạch 110/KH-UBND', dated: 'ngày 19/5/2023', at: ['mục II.5', 'ý 1'] },
  site: 'Hợp tác Việt – Lào',
  url: 'https://example.org/vi/milestones/x/ii-5-1/',
  accessed: '24/11/2026',
};

describe('administrativeCitation', () => {
  it('gives issuer (year), the quoted title, then document, section and bullet, then the online copy', () => {
    expect(administrativeCitation(task, vi)).toBe(
      'Ủy ban nhân dân tỉnh Tuyên Quang (2023), “Tổ chức hội nghị sơ kết Biên bản hợp tác giai đoạn 2021-2025”; ' +
        'Nguồn: Kế hoạch 110/KH-UBND ngày 19/5/2023, mục II.5, ý 1. ' +
        'Hợp tác Việt – Lào, https://example.org/vi/milestones/x/ii-5-1/, truy cập ngày 24/11/2026.',
    );
  });

  it('cites a document by its own number and date, with no source part', () => {
    const doc: CitationInput = { ...task, label: 'Kế hoạch 110/KH-UBND', dated: 'ngày 19/5/2023', title: 'Kế hoạch thực hiện Biên bản hợp tác.', source: undefined };
    expect(administrativeCitation(doc, vi)).toBe(
      'Ủy ban nhân dân tỉnh Tuyên Quang (2023), Kế hoạch 110/KH-UBND ngày 19/5/2023, “Kế hoạch thực hiện Biên bản hợp tác”. ' +
        'Hợp tác Việt – Lào, https://example.org/vi/milestones/x/ii-5-1/, truy cập ngày 24/11/2026.',
    );
  });

  it('joins several signing bodies and says when the year is unknown', () => {
    const text = administrativeCitation({ ...task, authors: ['A', 'B'], year: undefined }, vi);
    expect(text.startsWith('A, B (không rõ năm), ')).toBe(true);
    expect(text).not.toMatch(/undefined|\.\.|, ,/);
  });
});

describe('apaCitation', () => {
  it('gives authors. (year). title [document]. site. retrieval date and address', () => {
    expect(apaCitation(task, vi)).toBe(
      'Ủy ban nhân dân tỉnh Tuyên Quang. (2023). Tổ chức hội nghị sơ kết Biên bản hợp tác giai đoạn 2021-2025 ' +
        '[Kế hoạch 110/KH-UBND ngày 19/5/2023, mục II.5, ý 1]. Hợp tác Việt – Lào. ' +
        'Truy cập ngày 24/11/2026, từ https://example.org/vi/milestones/x/ii-5-1/',
    );
  });

  it('joins two authors with an ampersand and keeps the Lao words on a Lao page', () => {
    const source = { label: 'ແຜນການ ເລກທີ 110/KH-UBND', dated: 'ລົງວັນທີ 19 ພຶດສະພາ 2023', at: ['ມາດຕາ II.5'] };
    const text = apaCitation({ ...task, source, authors: ['ຄະນະກຳມະການປະຊາຊົນແຂວງຕວຽນກວາງ', 'ອົງການປົກຄອງແຂວງຊຽງຂວາງ'], year: undefined, accessed: '24 ພະຈິກ 2026' }, lo);
    expect(text.startsWith('ຄະນະກຳມະການປະຊາຊົນແຂວງຕວຽນກວາງ & ອົງການປົກຄອງແຂວງຊຽງຂວາງ. (ບໍ່ລະບຸປີ). ')).toBe(true);
    expect(text.endsWith('ເຂົ້າເຖິງວັນທີ 24 ພະຈິກ 2026, ຈາກ https://example.org/vi/milestones/x/ii-5-1/')).toBe(true);
    expect(text).toContain('[ແຜນການ ເລກທີ 110/KH-UBND ລົງວັນທີ 19 ພຶດສະພາ 2023, ມາດຕາ II.5]');
  });

  it('leaves out the bracket when there is neither a label nor a source', () => {
    const text = apaCitation({ ...task, source: undefined }, vi);
    expect(text).toContain('giai đoạn 2021-2025. Hợp tác Việt – Lào.');
    expect(text).not.toContain('[');
  });
});
