import { describe, expect, it } from 'vitest';
import { searchFacts } from '../../src/lib/search-facts.ts';
import { rawContent, searchContent } from '../support/raw-content.ts';

/**
 * The facts search results show and filter on, from the real content as the catalog gives it
 * (MDX pairs joined: prose as { vi, lo }). The build writes the same facts to search-facts.json
 * (tests/site/search-index.test.ts compares the two).
 */
const loaded = rawContent();
const content = searchContent(loaded);
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

  it('names the agreement of a task, a plan and a news article, in both languages', () => {
    expect(facts.get('/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/')?.agreement).toEqual({
      id: 'tuyen-quang-xiangkhouang-2021-2025',
      title: { vi: loaded.agreements.get('tuyen-quang-xiangkhouang-2021-2025')!.title.vi, lo: expect.stringMatching(/[\u0E80-\u0EFF]/) },
    });
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
});
