import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeholderWarnings } from '../../src/validation/placeholders.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { contentCopy } from '../support/content-copy.ts';

/** Placeholders ("CẦN ĐIỀN") are found by field in YAML and by line in article bodies, never in comments. */
describe('placeholder warnings', () => {
  const copy = contentCopy('tests/content/fixtures/unfilled');
  afterAll(() => copy.remove());
  mkdirSync(join(copy.content, 'news/tin-nhap'));
  writeFileSync(
    join(copy.content, 'news/tin-nhap/vi.mdx'),
    ['---', 'title: Tin nháp', 'summary: Tóm tắt', 'date: 2026-05-10', 'sources: [{ document: tuyen-quang-110-kh-ubnd-2023, section: preamble }]', 'translation: { lo: missing }', '---', '', 'Đoạn một.', '', 'CẦN ĐIỀN: đoạn hai.', ''].join('\n'),
  );
  const warnings = placeholderWarnings(readContent(copy.content, copy.root));

  it('name the field and its line in a YAML file, and skip the comment that mentions the mark', () => {
    expect(warnings.filter((w) => w.file.endsWith('so-y-te-xiangkhouang.yaml'))).toEqual([
      { file: 'content/agencies/so-y-te-xiangkhouang.yaml', line: 6, field: 'name.vi', message: expect.stringMatching(/"CẦN ĐIỀN".*viết nội dung thật/) },
    ]);
  });

  it('give the line in the file for an article body', () => {
    expect(warnings.filter((w) => w.file.endsWith('tin-nhap/vi.mdx')).map((w) => [w.line, w.field])).toEqual([[11, '']]);
  });

  it('find nothing in the real content', () => {
    expect(placeholderWarnings(readContent('content'))).toEqual([]);
  });
});
