import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readFile, type ReadResult } from '../../src/loaders/read-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const ok = (result: ReadResult) => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('reading one content file', () => {
  it('parses an MDX file into front matter, body and the line the body starts on', () => {
    const value = ok(readFile(bytes('---\ntitle: Tin thử\ndate: 2023-05-19\n---\n\nĐoạn một.\n'), 'mdx'));
    expect(value.data).toEqual({ title: 'Tin thử', date: '2023-05-19' });
    expect(value.body).toBe('\nĐoạn một.\n');
    expect(value.bodyLine).toBe(5);
  });

  it('keeps dates as text (YAML 1.2): the schemas parse them once', () => {
    expect(ok(readFile(bytes('date: 2023-05-19\n'), 'yaml')).data).toEqual({ date: '2023-05-19' });
  });

  it('gives the line of a field, of a nested field, and of the nearest parent of a missing one', () => {
    const value = ok(readFile(bytes('---\ntitle: x\nsource:\n  document: a\n  section: II\n---\n'), 'mdx'));
    expect(value.lineOf(['title'])).toBe(2);
    expect(value.lineOf(['source', 'section'])).toBe(5);
    expect(value.lineOf(['source', 'item'])).toBe(3);
    const yaml = ok(readFile(bytes('name:\n  vi: x\nlist: [a, b]\n'), 'yaml'));
    expect(yaml.lineOf(['name', 'vi'])).toBe(2);
    expect(yaml.lineOf(['list', 1])).toBe(3);
  });

  it('normalises text to NFC, front matter and body', () => {
    const nfd = 'Nhiệm vụ'.normalize('NFD');
    const value = ok(readFile(bytes(`---\ntitle: ${nfd}\n---\n${nfd}\n`), 'mdx'));
    expect(value.data).toEqual({ title: 'Nhiệm vụ'.normalize('NFC') });
    expect(value.body).toBe(`${'Nhiệm vụ'.normalize('NFC')}\n`);
  });

  it('reads a keyed map (the glossary) and refuses a map that is a list', () => {
    expect(ok(readFile(bytes('a: { vi: x }\n'), 'map')).data).toEqual({ a: { vi: 'x' } });
    expect(readFile(bytes('- a\n- b\n'), 'map')).toEqual({ ok: false, message: expect.stringMatching(/danh sách khóa: giá trị/) });
  });

  it.each<[string, Uint8Array, 'yaml' | 'mdx', { line?: number; message: RegExp }]>([
    ['a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('title: x\n')]), 'yaml', { line: 1, message: /^Tệp bắt đầu bằng dấu BOM/ }],
    ['bytes that are not UTF-8, with their line', new Uint8Array([...bytes('a: 1\nb: Nhi'), 0xd2, ...bytes('m\n')]), 'yaml', { line: 2, message: /không phải văn bản UTF-8 hợp lệ/ }],
    ['a file over the size limit', bytes(`title: ${'x'.repeat(MAX_FILE_BYTES)}\n`), 'yaml', { message: /^Tệp quá lớn \(256 KB\): tối đa 256 KB/ }],
    ['an MDX file without front matter', bytes('# Tiêu đề\n\nNội dung.\n'), 'mdx', { line: 1, message: /front matter/ }],
    ['YAML syntax, with the line in the file (front matter starts on line 2)', bytes('---\ntitle: x\nareas: [a\n---\n'), 'mdx', { line: 3, message: /^Lỗi cú pháp YAML/ }],
    ['a repeated key', bytes('title: a\ntitle: b\n'), 'yaml', { line: 2, message: /^Lỗi cú pháp YAML/ }],
    ['an alias', bytes('a: &x [1]\nb: *x\n'), 'yaml', { line: 2, message: /^Không dùng tham chiếu YAML/ }],
  ])('refuses %s', (_, input, format, expected) => {
    const result = readFile(input, format);
    expect(result).toEqual({ ok: false, ...(expected.line === undefined ? {} : { line: expected.line }), message: expect.stringMatching(expected.message) });
  });

  it('refuses a billion laughs quickly, without expanding it', () => {
    const levels = 'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(',')}]`);
    const started = performance.now();
    const result = readFile(bytes(`a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${levels.join('\n')}\n`), 'yaml');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result).toMatchObject({ ok: false, line: 2, message: expect.stringMatching(/tham chiếu YAML/) });
  });

  it('accepts a file exactly at the size limit', () => {
    const text = `title: ${'x'.repeat(MAX_FILE_BYTES - 'title: \n'.length)}\n`;
    expect(bytes(text).length).toBe(MAX_FILE_BYTES);
    expect(readFile(bytes(text), 'yaml').ok).toBe(true);
  });
});
