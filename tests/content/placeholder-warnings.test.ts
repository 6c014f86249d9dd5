import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectly } from '../../src/loaders/load-directly.ts';
import { contentCopy } from '../support/content-copy.ts';
import { rawContent } from '../support/raw-content.ts';

/** Placeholders ("CẦN ĐIỀN") are found by field in front matter and YAML, by line in article bodies, never in comments. */
describe('placeholder warnings', async () => {
  const copy = contentCopy('tests/content/fixtures/unfilled');
  afterAll(() => copy.remove());
  writeFileSync(
    join(copy.content, 'news/tin-nhap.vi.mdx'),
    ['---', 'title: Tin nháp', 'summary: "CẦN ĐIỀN: tóm tắt"', 'date: 2026-05-10', 'sources: [{ document: tuyen-quang-110-kh-ubnd-2023, section: preamble }]', '---', '', 'Đoạn một.', '', 'CẦN ĐIỀN: đoạn hai.', ''].join('\n'),
  );
  const session = await loadDirectly(copy.root);
  const warnings = session.placeholders;

  it('are not errors: the files are valid, so the preview works', () => {
    expect(session.problems).toEqual([]);
  });

  it('name the field and its line in a YAML file, and skip the comment that mentions the mark', () => {
    expect(warnings.filter((w) => w.file.endsWith('so-y-te-xiangkhouang.yaml'))).toEqual([
      { file: 'content/agencies/so-y-te-xiangkhouang.yaml', line: 6, field: 'name.vi', message: expect.stringMatching(/"CẦN ĐIỀN".*viết nội dung thật/) },
    ]);
  });

  it('give the field of the front matter and the line in the file for an article body', () => {
    expect(warnings.filter((w) => w.file === 'content/news/tin-nhap.vi.mdx').map((w) => [w.line, w.field])).toEqual([[3, 'summary'], [10, '']]);
  });

  it('find nothing in the real content', () => {
    expect(rawContent().session.placeholders).toEqual([]);
  });
});
