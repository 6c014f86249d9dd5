import { describe, expect, it } from 'vitest';
import { checkQuery, MAX_QUERY_LENGTH } from '../../src/lib/search-query.ts';

describe('checking a query before searching', () => {
  it('refuses an empty query', () => {
    expect(checkQuery('')).toEqual({ ok: false, reason: 'empty', length: 0 });
    expect(checkQuery('   \t ')).toMatchObject({ ok: false, reason: 'empty' });
  });
  it('refuses punctuation and symbols alone, which Pagefind would drop', () => {
    for (const q of ['!!!', '…', '/-', '“”', '· · ·', '%$#']) expect(checkQuery(q), q).toMatchObject({ ok: false, reason: 'punctuation' });
  });
  it('refuses a very long query, saying how long it is', () => {
    const long = 'hợp tác '.repeat(30);
    expect(checkQuery(long)).toEqual({ ok: false, reason: 'too-long', length: long.trim().length });
    expect(checkQuery('a'.repeat(MAX_QUERY_LENGTH)).ok).toBe(true);
  });
  it('counts the words searched: Lao syllables, numbers, names', () => {
    expect(checkQuery('ຊຽງຂວາງ')).toEqual({ ok: true, query: 'ຊຽງ\u0EDF ຂວາງ\u0EDF', terms: 2, laoWord: 2 });
    expect(checkQuery('Hoàng Việt Phương')).toMatchObject({ ok: true, terms: 3 });
    expect(checkQuery('110/KH-UBND')).toMatchObject({ ok: true, terms: 1 });
    expect(checkQuery('ທຶນ - ຊຽງຂວາງ')).toMatchObject({ ok: true, terms: 3, laoWord: 2 });
    expect(checkQuery('ມະຫາວິທະຍາໄລເຕິນເຈົ່າ Tân Trào')).toMatchObject({ ok: true, terms: 10, laoWord: 8 });
    expect(checkQuery('Tân Trào')).toMatchObject({ laoWord: 0 });
    // As indexed: a hyphenated pair is one word (ກຳ-ປ່າ).
    expect(checkQuery('ກະສິກຳ-ປ່າໄມ້')).toMatchObject({ query: 'ກະ\u0EDF ສິ\u0EDF ກຳ\u0EDF-ປ່າ\u0EDF ໄມ້\u0EDF', laoWord: 4 });
  });
});
