import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages } from '../support/built-site.ts';
import { buildCopy } from '../support/project-copy.ts';

/** A build with untranslated entries: Lao pages show the Vietnamese text, marked lang="vi", under a notice. */
describe('missing translations', () => {
  let root = '';
  let pages: Map<string, HTMLElement>;
  beforeAll(() => {
    const build = buildCopy('tests/site/fixtures/untranslated');
    root = build.root;
    if (build.status !== 0) throw new Error(build.output);
    pages = builtPages(join(root, 'dist'));
  }, 60_000);
  afterAll(() => root && rmSync(root, { recursive: true, force: true }));

  const page = (path: string) => {
    const doc = pages.get(path);
    if (!doc) throw new Error(`no page ${path}`);
    return doc;
  };

  it('falls back to Vietnamese with a visible notice on the Lao page', () => {
    const doc = page('/lo/milestones/tuyen-quang-xiangkhouang-2021-2025/untranslated/');
    const notice = doc.querySelector('[data-translation-notice]');
    expect(notice?.getAttribute('data-translation-notice')).toBe('missing');
    expect(notice?.text).toMatch(/ຍັງບໍ່ທັນໄດ້ແປເປັນພາສາລາວ/);
    const title = doc.querySelector('h1 [lang="vi"]');
    expect(title?.text).toBe('Nhiệm vụ chưa dịch để thử hiển thị dự phòng');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('lo');
  });

  it('marks only the untranslated parts of a partly translated entry', () => {
    const doc = page('/lo/milestones/tuyen-quang-xiangkhouang-2021-2025/half-translated/');
    expect(doc.querySelector('[data-translation-notice]')?.getAttribute('data-translation-notice')).toBe('partial');
    expect(doc.querySelector('h1')?.text).toBe('ໜ້າວຽກທີ່ແປບາງສ່ວນ');
    expect(doc.querySelector('h1 [lang="vi"]')).toBeNull();
    expect(doc.querySelector('main [lang="vi"][data-fallback]')?.text).toBe('Tóm tắt chưa dịch.');
  });

  it('shows no notice on the Vietnamese page', () => {
    expect(page('/vi/milestones/tuyen-quang-xiangkhouang-2021-2025/untranslated/').querySelector('[data-translation-notice]')).toBeNull();
  });

  it('serves a news article without a Lao file in Vietnamese on the Lao side, with the notice', () => {
    const doc = page('/lo/news/untranslated-news/');
    expect(doc.querySelector('[data-translation-notice]')?.getAttribute('data-translation-notice')).toBe('missing');
    expect(doc.querySelector('h1')?.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('h1')?.text).toBe('Tin chỉ có tiếng Việt');
  });

  it('shows no notice on fully translated real content', () => {
    expect(page('/lo/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/').querySelector('[data-translation-notice]')).toBeNull();
  });
});
