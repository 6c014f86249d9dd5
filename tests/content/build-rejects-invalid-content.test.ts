import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/project-copy.ts';

/** A real `astro build` of a copy of the project with one bad file: it must fail whole and say why. */
describe('a build with invalid content', () => {
  let root = '';
  afterAll(() => root && rmSync(root, { recursive: true, force: true }));

  it('fails before writing any page, naming the file, line and field', () => {
    const build = buildCopy('tests/content/invalid/unknown-lead-agency');
    root = build.root;
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain(
      'content/milestones/tuyen-quang-xiangkhouang-2021-2025/test.yaml:6 — lead.0: Không có cơ quan trong content/agencies/ mang mã "so-khong-ton-tai".',
    );
    expect(existsSync(join(root, 'dist')), 'no half-built site').toBe(false);
  }, 60_000);
});
