import { describe, expect, it } from 'vitest';
import { alternateLanguages, foldedWords, longestRun, matchesEveryWord, rankByPhrase, rankByTitle, withRun } from '../../src/lib/search-rank.ts';
import { indexText, queryText } from '../../src/lib/search-text.ts';

describe('phrase ranking', () => {
  it('finds the longest run of consecutive word positions', () => {
    expect(longestRun([])).toBe(0);
    expect(longestRun([7])).toBe(1);
    expect(longestRun([40, 3, 4, 5, 9, 10])).toBe(3);
    expect(longestRun([2, 2, 3])).toBe(2);
  });
  it('moves up a page where the words stand together', () => {
    const apart = { id: 'apart', score: 10, words: [1, 20, 40, 60] };
    const together = { id: 'together', score: 6, words: [5, 6, 7, 8] };
    const half = { id: 'half', score: 7, words: [5, 6, 30, 31] };
    expect(rankByPhrase([apart, half, together], 4).map((r) => r.id)).toEqual(['together', 'apart', 'half']);
  });
  it('puts a page holding the whole query as a phrase before any page without it', () => {
    const scattered = { id: 'scattered', score: 50, words: [1, 2, 3, 9] };
    const phrase = { id: 'phrase', score: 3, words: [70, 71, 72, 73] };
    expect(rankByPhrase([scattered, phrase], 4).map((r) => r.id)).toEqual(['phrase', 'scattered']);
  });
  it('keeps only pages where a Lao word\'s syllables stand side by side', () => {
    const word = { id: 'word', words: [10, 11] };
    const scattered = { id: 'scattered', words: [3, 40] };
    expect(withRun([scattered, word], 2).map((r) => r.id)).toEqual(['word']);
    expect(withRun([scattered, word], 0)).toHaveLength(2);
  });
  it('leaves a one-word query in Pagefind order', () => {
    const a = { score: 1, words: [1, 2, 3] };
    const b = { score: 2, words: [9] };
    expect(rankByPhrase([b, a], 1)).toEqual([b, a]);
  });
});

describe('title ranking of the results on screen', () => {
  it('compares words without case, diacritics, đ or punctuation', () => {
    expect(foldedWords('Sở Ngoại vụ tỉnh Tuyên Quang')).toEqual(['so', 'ngoai', 'vu', 'tinh', 'tuyen', 'quang']);
    expect(foldedWords(indexText('Đại học Nông - Lâm'))).toEqual(['dai', 'hoc', 'nong', 'lam']);
  });
  it('puts the shortest title holding every query word first, keeping the rest in order', () => {
    const titles = ['Sở Tư pháp tỉnh Champasak', 'Công đoàn tỉnh Champasak', 'tỉnh Champasak', 'Kế hoạch 592/KH-UBND'];
    expect(rankByTitle(titles, 'champasak', (t) => t)).toEqual(['tỉnh Champasak', 'Công đoàn tỉnh Champasak', 'Sở Tư pháp tỉnh Champasak', 'Kế hoạch 592/KH-UBND']);
    expect(rankByTitle(['a b', 'x y'], 'zzz', (t) => t)).toEqual(['a b', 'x y']);
  });
  it('works on Lao titles as indexed, with the query split the same way', () => {
    const titles = ['ອົງການປົກຄອງແຂວງຊຽງຂວາງ', 'ແຂວງຊຽງຂວາງ', 'ແຂວງຕວຽນກວາງ'].map(indexText);
    expect(rankByTitle(titles, queryText('ຊຽງຂວາງ'), (t) => t)).toEqual([titles[1], titles[0], titles[2]]);
  });
});

describe('telling real matches from Pagefind\'s nearest-word fallback', () => {
  const page = indexText('Kế hoạch 110/KH-UBND ngày 19/5/2023. Trường Đại học Tân Trào. ແຂວງຊຽງຂວາງໃຫ້ທຶນ');
  it('accepts every word found at the start of a word of the page, however it was typed', () => {
    for (const q of ['110/KH-UBND', 'ubnd', 'dai hoc tan trao', 'Đại học', 'tan tra', 'ຊຽງຂວາງ', 'ທຶນ', 'ທົນ']) {
      expect(matchesEveryWord(queryText(q), [page]), q).toBe(true);
    }
  });
  it('refuses a query with a word the page does not have', () => {
    for (const q of ['999/KH-UBND', 'dai hoc xyz', 'ພິຊຊ່າ', 'ຊຽງໃໝ່']) expect(matchesEveryWord(queryText(q), [page]), q).toBe(false);
  });
});

describe('both languages', () => {
  it('alternates the two indexes\' results, this page\'s language first, each in its own order', () => {
    const ids = ['vi_1', 'vi_2', 'vi_3', 'lo_1', 'vi_4', 'lo_2'].map((id) => ({ id }));
    expect(alternateLanguages(ids, 'lo').map((r) => r.id)).toEqual(['lo_1', 'vi_1', 'lo_2', 'vi_2', 'vi_3', 'vi_4']);
    expect(alternateLanguages(ids, 'vi').map((r) => r.id)).toEqual(['vi_1', 'lo_1', 'vi_2', 'lo_2', 'vi_3', 'vi_4']);
  });
});
