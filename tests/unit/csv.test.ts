import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields bare and quotes those with a comma, quote or line break', () => {
    expect(csvField('Tuyên Quang')).toBe('Tuyên Quang');
    expect(csvField('Sở, ngành')).toBe('"Sở, ngành"');
    expect(csvField('nói "không"')).toBe('"nói ""không"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
  });

  it('separates records with CRLF, ends with one, and starts with a byte order mark', () => {
    const text = toCsv(['id', 'n'], [{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
    expect(text).toBe('\uFEFFid,n\r\na,1\r\nb,2\r\n');
  });

  it('round-trips through an independent parser, Lao and Vietnamese included', () => {
    const rows = [
      { id: 'x', title: 'ແຂວງຊຽງຂວາງ, "ລາວ"', note: 'dòng 1\r\ndòng 2', empty: null },
      { id: 'y', title: 'Kế hoạch 110/KH-UBND', note: ';', empty: '' },
    ];
    const parsed = parse(toCsv(['id', 'title', 'note', 'empty'], rows), { columns: true, bom: true, relax_column_count: false });
    expect(parsed).toEqual([
      { id: 'x', title: 'ແຂວງຊຽງຂວາງ, "ລາວ"', note: 'dòng 1\r\ndòng 2', empty: '' },
      { id: 'y', title: 'Kế hoạch 110/KH-UBND', note: ';', empty: '' },
    ]);
  });
});
