import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/project-copy.ts';

/** A real `astro build` of a copy of the project with one bad file: it must fail whole and say why. */
describe('a build with invalid content', () => {
  let root = '';
  afterAll(() => root && rmSync(root, { recursive: true, force: true }));

  it('fails before writing any page, naming the file, line and field, without a stack trace', () => {
    const build = buildCopy('tests/content/invalid/unknown-lead-agency');
    root = build.root;
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain('Nội dung có 1 lỗi trong 1 tệp; trang web không được tạo cho đến khi sửa hết:');
    expect(build.output).toContain(
      'content/milestones/tuyen-quang-xiangkhouang-2021-2025/test.vi.mdx:6 — lead.1: Không có cơ quan trong content/agencies/ mang mã "so-khong-ton-tai".',
    );
    // The message is all an editor needs: no Node stack frames after it.
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(root, 'dist')), 'no half-built site').toBe(false);
  }, 120_000);
});
