// Real searches on the built site, in Chromium, through the search page as a reader uses it.
// Expected pages are real pages of the content; each must be among the first three results.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from '../support/browser-session.ts';
import { openSearch, typeQuery } from '../support/search-page.ts';

let session: Awaited<ReturnType<typeof openSession>>;
const pages: Partial<Record<'vi' | 'lo', Page>> = {};
beforeAll(async () => {
  session = await openSession();
  for (const lang of ['vi', 'lo'] as const) {
    pages[lang] = await session.page();
    await openSearch(pages[lang]!, session.url, lang);
  }
});
afterAll(() => session?.close());

const vietnamese: [query: string, expected: string][] = [
  // Without and with diacritics: the same page.
  ['hop tac giao duc', '/vi/documents/khanh-hoa-592-kh-ubnd-2022/'],
  ['hợp tác giáo dục', '/vi/documents/khanh-hoa-592-kh-ubnd-2022/'],
  ['dai hoc tan trao', '/vi/agencies/truong-dai-hoc-tan-trao/'],
  ['Đại học Tân Trào', '/vi/agencies/truong-dai-hoc-tan-trao/'],
  ['xieng khoang', '/vi/provinces/xiangkhouang/'],
  ['Xiêng Khoảng', '/vi/provinces/xiangkhouang/'],
  ['so ngoai vu tuyen quang', '/vi/agencies/so-ngoai-vu-tuyen-quang/'],
  ['Sở Ngoại vụ Tuyên Quang', '/vi/agencies/so-ngoai-vu-tuyen-quang/'],
  ['dao tao thac si', '/vi/milestones/bac-giang-xaisomboun-2021-2025/ii-5-2/'],
  ['ban chi dao', '/vi/news/2024-06-21-bac-giang-ban-chi-dao/'],
  ['thong bao ket luan ban chi dao', '/vi/documents/bac-giang-steering-conclusions-2024/'],
  ['dai hoc quoc gia lao', '/vi/agencies/dai-hoc-quoc-gia-lao/'],
  ['khanh hoa', '/vi/provinces/khanh-hoa/'],
  // Document numbers.
  ['110/KH-UBND', '/vi/documents/tuyen-quang-110-kh-ubnd-2023/'],
  ['592/KH-UBND', '/vi/documents/khanh-hoa-592-kh-ubnd-2022/'],
  // Signers (content/documents front matter).
  ['Hoàng Việt Phương', '/vi/documents/tuyen-quang-110-kh-ubnd-2023/'],
  ['hoang viet phuong', '/vi/documents/tuyen-quang-110-kh-ubnd-2023/'],
  ['Lê Tuấn Phú', '/vi/documents/bac-giang-steering-conclusions-2024/'],
  ['Nguyễn Thị Thanh Lịch', '/vi/documents/gia-lai-plan-southern-laos-2026/'],
  ['Lê Hữu Hoàng', '/vi/documents/khanh-hoa-592-kh-ubnd-2022/'],
  ['Mai Sơn', '/vi/documents/bac-giang-plan-xaisomboun-2022/'],
  // Places.
  ['Champasak', '/vi/provinces/champasak/'],
  ['Attapeu', '/vi/provinces/attapeu/'],
  ['Bắc Giang', '/vi/provinces/bac-giang/'],
  ['Phonsavan', '/vi/provinces/xiangkhouang/'],
  // Agencies, tasks, news.
  ['Nông - Lâm Bắc Giang', '/vi/agencies/truong-dai-hoc-nong-lam-bac-giang/'],
  ['Báo Tuyên Quang', '/vi/agencies/bao-tuyen-quang/'],
  ['Bộ Giáo dục và Đào tạo', '/vi/agencies/bo-giao-duc-dao-tao/'],
  ['yến sào', '/vi/agencies/cong-ty-yen-sao-khanh-hoa/'],
  ['Hội nghị sơ kết', '/vi/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/'],
  ['Tuyên Quang ban hành kế hoạch', '/vi/news/2023-05-19-tuyen-quang-ke-hoach-110/'],
];

const lao: [query: string, expected: string][] = [
  // Province names, alone and found inside ແຂວງ… in the text.
  ['ຊຽງຂວາງ', '/lo/provinces/xiangkhouang/'],
  ['ໄຊສົມບູນ', '/lo/provinces/xaisomboun/'],
  ['ຈຳປາສັກ', '/lo/provinces/champasak/'],
  ['ອັດຕະປື', '/lo/provinces/attapeu/'],
  ['ຕວຽນກວາງ', '/lo/provinces/tuyen-quang/'],
  ['ບັກຢາງ', '/lo/provinces/bac-giang/'],
  ['ຄັ໋ງຮວ່າ', '/lo/provinces/khanh-hoa/'],
  ['ຢາລາຍ', '/lo/provinces/gia-lai/'],
  // Places inside longer phrases: ສູນກາງການປົກຄອງໂພນສະຫວັນ, ເມືອງຄູນ, ເມືອງພູກູດ.
  ['ໂພນສະຫວັນ', '/lo/provinces/xiangkhouang/'],
  ['ເມືອງຄູນ', '/lo/provinces/khoun/'],
  ['ພູກູດ', '/lo/provinces/phoukout/'],
  // Agencies, and words from inside their names.
  ['ມະຫາວິທະຍາໄລເຕິນເຈົ່າ', '/lo/agencies/truong-dai-hoc-tan-trao/'],
  ['ເຕິນເຈົ່າ', '/lo/agencies/truong-dai-hoc-tan-trao/'],
  ['ພະແນກການຕ່າງປະເທດແຂວງຕວຽນກວາງ', '/lo/agencies/so-ngoai-vu-tuyen-quang/'],
  ['ໜັງສືພິມຕວຽນກວາງ', '/lo/agencies/bao-tuyen-quang/'],
  ['ສູນສົ່ງເສີມການລົງທຶນ', '/lo/agencies/trung-tam-xuc-tien-dau-tu-tuyen-quang/'],
  ['ສະຫະພັນແມ່ຍິງແຂວງໄຊສົມບູນ', '/lo/agencies/hoi-lien-hiep-phu-nu-xaisomboun/'],
  ['ຮັງນົກ', '/lo/agencies/cong-ty-yen-sao-khanh-hoa/'],
  // Words from inside task titles (ມອບທຶນການສຶກສາເຕັມຮູບແບບ, ສະໜັບສະໜູນທຶນຮຽນປະລິນຍາໂທ, …).
  ['ທຶນການສຶກສາ', '/lo/milestones/gia-lai-southern-laos-2026-2030/ii-2-1/'],
  ['ປະລິນຍາໂທ', '/lo/milestones/bac-giang-xaisomboun-2021-2025/ii-5-2/'],
  ['ກະສິກຳ-ປ່າໄມ້', '/lo/milestones/bac-giang-xaisomboun-2021-2025/ii-5-2/'],
  ['ອຸປະກອນຜ່າຕັດ', '/lo/milestones/bac-giang-xaisomboun-2021-2025/ii-6-2/'],
  ['ກອງປະຊຸມສະຫຼຸບ', '/lo/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/'],
  ['ນັກສຶກສາແຂວງຊຽງຂວາງ', '/lo/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-2-1/'],
  // Document numbers and signers, as printed (Latin script) on the Lao pages.
  ['110/KH-UBND', '/lo/documents/tuyen-quang-110-kh-ubnd-2023/'],
  ['592/KH-UBND', '/lo/documents/khanh-hoa-592-kh-ubnd-2022/'],
  ['Hoàng Việt Phương', '/lo/documents/tuyen-quang-110-kh-ubnd-2023/'],
  ['hoang viet phuong', '/lo/documents/tuyen-quang-110-kh-ubnd-2023/'],
  ['Lê Tuấn Phú', '/lo/documents/bac-giang-steering-conclusions-2024/'],
  ['Nguyễn Thị Thanh Lịch', '/lo/documents/gia-lai-plan-southern-laos-2026/'],
];

const nothing: Record<'vi' | 'lo', string[]> = {
  // A number no document has, a name nobody has, words the site never uses.
  vi: ['999/KH-UBND', 'Nguyễn Văn Xyz', 'blockchain', 'bóng chày', 'tàu vũ trụ'],
  // Computer, mobile phone, Chiang Mai (ຊຽງ and ໃໝ່ each occur, never together), ice cream, spaceship.
  lo: ['ຄອມພິວເຕີ', 'ໂທລະສັບມືຖື', 'ຊຽງໃໝ່', 'ໄອສະກຣີມ', 'ຍານອະວະກາດ', '999/KH-UBND'],
};

describe('search in Vietnamese finds the page among the first three', () => {
  it('has at least 25 real queries', () => expect(vietnamese.length).toBeGreaterThanOrEqual(25));
  it.each(vietnamese)('%s → %s', async (query, expected) => {
    const { urls, status } = await typeQuery(pages.vi!, query);
    expect(urls.slice(0, 3), status).toContain(expected);
    // Per language: a Vietnamese page searches the Vietnamese pages.
    expect(urls.filter((u) => !u.startsWith('/vi/'))).toEqual([]);
  });
});

describe('search in Lao finds the page among the first three, Lao words inside unspaced text included', () => {
  it('has at least 25 real queries', () => expect(lao.length).toBeGreaterThanOrEqual(25));
  it.each(lao)('%s → %s', async (query, expected) => {
    const { urls, status } = await typeQuery(pages.lo!, query);
    expect(urls.slice(0, 3), status).toContain(expected);
    expect(urls.filter((u) => !u.startsWith('/lo/'))).toEqual([]);
  });
});

describe('queries that must find nothing', () => {
  it.each([...nothing.vi.map((q) => ['vi', q]), ...nothing.lo.map((q) => ['lo', q])] as ['vi' | 'lo', string][])('%s: %s', async (lang, query) => {
    const { urls, status, kind } = await typeQuery(pages[lang]!, query);
    expect(urls).toEqual([]);
    expect(kind).toBe('info');
    expect(status).toContain(query);
    expect(status).toMatch(lang === 'vi' ? /^Không có kết quả nào/ : /^ບໍ່ພົບຜົນ/);
  });
});

describe('Vietnamese with and without diacritics', () => {
  it('"d" finds "đ", and a title with "Đại học" is found by "dai hoc"', async () => {
    const { urls } = await typeQuery(pages.vi!, 'dai hoc nong lam');
    expect(urls[0]).toBe('/vi/agencies/truong-dai-hoc-nong-lam-bac-giang/');
    const marks = await pages.vi!.$$eval('#search-results > li:first-child mark', (m) => m.map((x) => x.textContent));
    expect(marks).toEqual(expect.arrayContaining(['Đại']));
  });

  it('ranks the exact spelling first: "Lào" (Laos) before "lao động" (labour), and the other way round', async () => {
    const laos = await typeQuery(pages.vi!, 'Lào');
    const labour = await typeQuery(pages.vi!, 'lao');
    // The same pages match both ways …
    const count = (status: string) => Number(/\d+/.exec(status)?.[0]);
    expect(count(laos.status)).toBeGreaterThan(50);
    expect(count(labour.status)).toBe(count(laos.status));
    // … but the top differs with the diacritics typed.
    expect(laos.urls.slice(0, 5).filter((u) => /lao-dong/.test(u))).toEqual([]);
    expect(labour.urls[0]).toMatch(/lao-dong/);
  });
});
