import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/project-copy.ts';

/** The build runs the same checks as `npm run check` and publishes nothing when they fail. */
describe('a build', { timeout: 180_000 }, () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('with a <script> in an article fails before writing any page, naming the file and line', () => {
    const build = buildCopy('tests/content/invalid/mdx-script');
    roots.push(build.root);
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain('content/news/test-news.vi.mdx:10 — Thẻ <script> bị cấm');
    expect(existsSync(join(build.root, 'dist'))).toBe(false);
  });

  it('with a placeholder left by npm run new fails, naming the file, line and field', () => {
    const build = buildCopy('tests/content/fixtures/unfilled');
    roots.push(build.root);
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/Nội dung còn 1 chỗ chưa điền; trang web không được tạo cho đến khi điền xong:\n {2}content\/agencies\/so-y-te-xiangkhouang\.yaml:6 — name\.vi: Còn chỗ ghi "CẦN ĐIỀN"/);
    expect(existsSync(join(build.root, 'dist'))).toBe(false);
  });
});
