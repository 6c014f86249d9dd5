import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayText, indexText, MARKUP, queryText } from '../../src/lib/search-text.ts';

describe('text in the search index', () => {
  it('splits Lao into syllables and marks the spaces the text really had', () => {
    expect(indexText('ແຂວງຊຽງຂວາງ ແລະ ລາວ')).toBe('ແຂວງ\u0EDF ຊຽງ\u0EDF ຂວາງ\u0EDF \u2060 ແລະ\u0EDF \u2060 ລາວ\u0EDF');
  });

  it('splits Lao that runs across markup, and keeps the markup in place', () => {
    const indexed = indexText(`ແຂວງ${MARKUP}ຊຽງຂວາງ${MARKUP}${MARKUP} Đà Nẵng`);
    expect(indexed.split(MARKUP)).toEqual(['ແຂວງ\u0EDF', ' ຊຽງ\u0EDF ຂວາງ\u0EDF', '', ' D\u0345à Nẵng']);
  });

  it('ends each Lao syllable with a letter Pagefind keeps, so that a short syllable does not start longer ones', () => {
    // Pagefind folds by dropping combining marks, Lao vowel and tone marks included, and matches
    // every query word as a prefix: without the end letter "ສິ" would be "ສ" and load every word in ສ.
    const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    const [short, long] = folded(indexText('ສິ ສວນ')).split(/\s+/).filter((w) => w !== '\u2060');
    expect(short).toBe('ສ\u0EDF');
    expect(long!.startsWith(short!)).toBe(false);
    expect(folded(queryText('ສິ'))).toBe(short);
  });

  it('folds đ so that "d" finds it, with a mark that keeps the exact form', () => {
    expect(indexText('Đại học đào tạo')).toBe('D\u0345ại học d\u0345ào tạo');
    // Pagefind folds diacritics by dropping combining marks (NFD, \p{M}): both give "dai hoc dao tao".
    const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(folded(indexText('Đại học đào tạo'))).toBe('dai hoc dao tao');
    expect(folded(queryText('dai hoc dao tao'))).toBe('dai hoc dao tao');
  });

  it('turns a query into the same form as the page text', () => {
    expect(queryText('  ຊຽງຂວາງ   ')).toBe('ຊຽງ\u0EDF ຂວາງ\u0EDF');
    expect(queryText('Đại học Tân Trào')).toBe('D\u0345ại học Tân Trào');
    expect(queryText('110/KH-UBND')).toBe('110/KH-UBND');
    // A query typed in decomposed form (some keyboards) becomes the composed form the index holds.
    expect(queryText('ho\u0323\u0302p ta\u0301c')).toBe('hộp tác');
  });

  it('shows excerpts as the page does: no inserted spaces in Lao, marks kept, đ restored', () => {
    const excerpt = 'ແຂວງ\u0EDF <mark>ຊຽງ\u0EDF</mark> <mark>ຂວາງ\u0EDF.</mark> ໃຫ້\u0EDF ທຶນ\u0EDF \u2060 ແລະ\u0EDF \u2060 ລາວ\u0EDF. <mark>D\u0345ại</mark> học';
    expect(displayText(excerpt)).toBe('ແຂວງ<mark>ຊຽງ</mark><mark>ຂວາງ.</mark> ໃຫ້ທຶນ ແລະ ລາວ. <mark>Đại</mark> học');
  });

  it('gives back every Lao sentence of the content exactly', () => {
    const lines = ['content/news/2023-05-19-tuyen-quang-ke-hoach-110.lo.mdx', 'content/glossary.yaml', 'content/agreements/khanh-hoa-lao-localities-2022.vi.mdx', 'content/agreements/khanh-hoa-lao-localities-2022.lo.mdx']
      .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
      .filter((l) => /[\u0E80-\u0EFF]/.test(l))
      .map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.filter((l) => displayText(indexText(l)) !== l)).toEqual([]);
  });
});
