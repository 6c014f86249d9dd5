import { describe, expect, it } from 'vitest';
import { interpolate, isLang, otherLang, pick } from '../../src/lib/i18n.ts';
import { missingKeys, t } from '../../src/i18n/index.ts';
import vi from '../../src/i18n/vi.ts';
import lo from '../../src/i18n/lo.ts';

describe('pick', () => {
  it('returns the Lao text on a Lao page when it exists', () => {
    expect(pick({ vi: 'Giáo dục', lo: 'ການສຶກສາ' }, 'lo')).toEqual({ text: 'ການສຶກສາ', lang: 'lo', fallback: false });
  });
  it('falls back to Vietnamese, marked as such, when Lao is missing', () => {
    expect(pick({ vi: 'Giáo dục' }, 'lo')).toEqual({ text: 'Giáo dục', lang: 'vi', fallback: true });
  });
  it('never marks Vietnamese on a Vietnamese page as a fallback', () => {
    expect(pick({ vi: 'Giáo dục', lo: 'ການສຶກສາ' }, 'vi')).toEqual({ text: 'Giáo dục', lang: 'vi', fallback: false });
  });
});

describe('interpolate', () => {
  it('fills named placeholders', () => {
    expect(interpolate('{count} nhiệm vụ, {from}–{to}', { count: 25, from: 2021, to: 2025 })).toBe('25 nhiệm vụ, 2021–2025');
  });
  it('refuses to leave a hole in a string', () => {
    expect(() => interpolate('Ngày {date}', {})).toThrow('Missing value for "{date}"');
  });
});

describe('languages', () => {
  it('knows exactly vi and lo', () => {
    expect(isLang('vi')).toBe(true);
    expect(isLang('lo')).toBe(true);
    expect(isLang('en')).toBe(false);
    expect(isLang(undefined)).toBe(false);
    expect(otherLang('vi')).toBe('lo');
    expect(otherLang('lo')).toBe('vi');
  });
});

describe('interface strings', () => {
  it('has every Vietnamese key in Lao', () => {
    expect(missingKeys('lo')).toEqual([]);
  });
  it('writes every Lao string in Lao script, except the switch back to Vietnamese', () => {
    const notLao = Object.entries(lo).filter(([key, value]) => value !== '' && !/[\u0E80-\u0EFF]/.test(value) && key !== 'lang.switch');
    expect(notLao).toEqual([]);
    // The switch names the language it leads to, in that language.
    expect(lo['lang.switch']).toBe('Tiếng Việt');
    expect(vi['lang.switch']).toBe('ພາສາລາວ');
  });
  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(lo)) {
      expect(names(value), key).toEqual(names(vi[key as keyof typeof vi]));
    }
  });
  it('looks up in the page language and fills values', () => {
    expect(t('vi', 'agreement.milestoneCount', { count: 3 })).toBe('3 nhiệm vụ');
    expect(t('lo', 'agreement.milestoneCount', { count: 3 })).toBe('3 ໜ້າວຽກ');
  });
});
