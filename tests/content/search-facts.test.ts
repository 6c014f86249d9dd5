import { describe, expect, it } from 'vitest';
import { readSearchContent } from '../../scripts/search/read-content.ts';
import { searchFacts } from '../../src/lib/search-facts.ts';

const content = readSearchContent('content');
const facts = searchFacts(content);
const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));

describe('what search results show and filter on, from the real content', () => {
  it('covers every agreement, milestone, news article, document, province and agency', () => {
    const total = Object.values(content).reduce((n, list) => n + list.length, 0);
    expect(facts.size).toBe(total);
    expect([...facts.values()].filter((f) => f.type === 'milestone').length).toBe(content.milestones.length);
  });

  it('gives every dated result its precision, as the documents write the date', () => {
    expect(facts.get('/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/')?.date).toEqual({ text: { vi: 'Quý IV/2023', lo: 'ໄຕມາດ IV/2023' }, precision: 'quarter' });
    expect(facts.get('/documents/tuyen-quang-110-kh-ubnd-2023/')?.date).toEqual({ text: { vi: '19/5/2023', lo: '19 ພຶດສະພາ 2023' }, precision: 'day' });
    // A task without a date of its own: the agreement's period, said to be a period.
    expect(facts.get('/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-2-1/')?.date?.precision).toBe('period');
    for (const f of facts.values()) if (['milestone', 'news', 'document', 'agreement'].includes(f.type)) expect(f.date, f.path).toBeDefined();
  });

  it('names the agreement of a task, a plan and a news article', () => {
    expect(facts.get('/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/')?.agreement?.id).toBe('tuyen-quang-xiangkhouang-2021-2025');
    expect(facts.get('/documents/khanh-hoa-592-kh-ubnd-2022/')?.agreement?.id).toBe('khanh-hoa-lao-localities-2022');
    expect(facts.get('/documents/tuyen-quang-110-kh-ubnd-2023/')).toMatchObject({ number: '110/KH-UBND', signer: 'Hoàng Việt Phương' });
  });

  it('filters only on ids that exist, a district counting for its province', () => {
    const provinces = ids(content.provinces);
    const areas = new Set(content.milestones.flatMap((m) => m.data.areas));
    for (const f of facts.values()) {
      for (const p of f.provinces) expect(provinces.has(p), `${f.path}: ${p}`).toBe(true);
      for (const a of f.areas) expect(areas.has(a), `${f.path}: ${a}`).toBe(true);
      for (const y of f.years) expect(y, f.path).toMatch(/^(19|20)\d\d$/);
    }
    const withDistrict = content.milestones.find((m) => m.data.places.some((p) => content.provinces.find((x) => x.id === p)?.data.parent));
    expect(withDistrict).toBeDefined();
    const district = withDistrict!.data.places.find((p) => content.provinces.find((x) => x.id === p)?.data.parent)!;
    const parent = content.provinces.find((x) => x.id === district)!.data.parent!;
    expect(facts.get(`/milestones/${withDistrict!.id}/`)?.provinces).toEqual(expect.arrayContaining([district, parent]));
  });

  it('spreads a multi-year task over each of its years', () => {
    expect(facts.get('/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-2-1/')?.years).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(facts.get('/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/')?.years).toEqual(['2023']);
  });

  it('files a periodic task under the years it falls in, as recurring', () => {
    const biennial = facts.get('/milestones/gia-lai-southern-laos-2026-2030/ii-1-1/');
    expect(biennial?.years).toEqual(['2026', '2028', '2030']);
    expect(biennial?.date).toEqual({ text: { vi: 'Định kỳ 2 năm một lần, 2026–2030', lo: '2 ປີຕໍ່ຄັ້ງ, 2026–2030' }, precision: 'recurring' });
    expect(facts.get('/milestones/gia-lai-southern-laos-2026-2030/ii-9-4/')?.years).toEqual(['2026', '2027', '2028', '2029', '2030']);
  });
});
