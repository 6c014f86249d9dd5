import { describe, expect, it } from 'vitest';
import { localePath, pagePath, stripLang } from '../../src/lib/paths.ts';

describe('paths', () => {
  it('gives one slug for both languages', () => {
    const path = pagePath('milestones', 'tuyen-quang-xiangkhouang-2021-2025/ii-5-1');
    expect(localePath('vi', path)).toBe('/vi/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/');
    expect(localePath('lo', path)).toBe('/lo/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/');
  });
  it('builds list and home paths', () => {
    expect(pagePath('areas')).toBe('/areas/');
    expect(pagePath()).toBe('/');
    expect(localePath('lo')).toBe('/lo/');
  });
  it('takes the language back out, so the switch keeps the reader on the same page', () => {
    expect(stripLang('/lo/areas/education/')).toBe('/areas/education/');
    expect(stripLang('/vi/')).toBe('/');
    expect(stripLang('/vi')).toBe('/');
    expect(stripLang('/en/areas/')).toBe('/en/areas/');
  });
});
