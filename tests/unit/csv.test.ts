import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv } from '../../src/lib/csv.ts';

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

  describe('formula injection (OWASP CSV Injection)', () => {
    const title = '=HYPERLINK("http://example.com","x")';

    it('writes a milestone title that is a formula as text: apostrophe first, in quotes', () => {
      const text = toCsv(['id', 'title'], [{ id: 'ii-1', title }]);
      expect(text).toBe('\uFEFFid,title\r\nii-1,"\'=HYPERLINK(""http://example.com"",""x"")"\r\n');
      const [row] = parse(text, { columns: true, bom: true }) as Record<string, string>[];
      expect(row.title).toBe(`'${title}`);
    });

    it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\0=1', '-', '+84 24 3825 4331'])('neutralises text starting %j', (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
      expect(csvField(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
    });

    it('leaves other text alone, and real numbers as numbers (a negative one keeps its sign)', () => {
      for (const value of ['Kế hoạch', 'a=b', ' =1', "'quoted", 'ແຂວງ']) expect(neutraliseFormula(value)).toBe(value);
      expect(csvField(-3)).toBe('-3');
      expect(csvField(-0.5)).toBe('-0.5');
      expect(csvField('-3')).toBe('"\'-3"');
    });

    it('quotes a field with ";" or a tab, so a ";"-separated spreadsheet cannot start a cell inside it', () => {
      expect(csvField('a;=1+1')).toBe('"a;=1+1"');
      expect(csvField('a\t=1')).toBe('"a\t=1"');
      const [row] = parse(toCsv(['x'], [{ x: 'a;=1+1' }]), { columns: true, bom: true, delimiter: ';' });
      expect(row).toEqual({ x: 'a;=1+1' });
    });
  });
});
