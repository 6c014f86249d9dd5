import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import lo from '../../src/i18n/lo.ts';
import { builtPages } from '../support/built-site.ts';
import { fixtureSite } from '../support/fixture-site.ts';

/**
 * A build with untranslated entries (tests/site/fixtures/untranslated, in the fixture site): no
 * Lao file, a Lao file missing its summary, and a Lao file translated from an earlier Vietnamese
 * text. Lao pages show the Vietnamese text, marked lang="vi", under a notice that says which case it is.
 */
describe('missing and outdated translations', () => {
  let pages: Map<string, HTMLElement>;
  beforeAll(async () => {
    pages = builtPages((await fixtureSite()).dist);
  }, 300_000);

  const page = (path: string) => {
    const doc = pages.get(path);
    if (!doc) throw new Error(`no page ${path}`);
    return doc;
  };
  const TASKS = '/lo/milestones/tuyen-quang-xiangkhouang-2021-2025';

  it('falls back to Vietnamese with a visible notice on the Lao page when there is no Lao file', () => {
    const doc = page(`${TASKS}/untranslated/`);
    const notice = doc.querySelector('[data-translation-notice]');
    expect(notice?.getAttribute('data-translation-notice')).toBe('missing');
    expect(notice?.text.trim()).toBe(lo['fallback.missing']);
    const title = doc.querySelector('h1 [lang="vi"]');
    expect(title?.text).toBe('Nhiệm vụ chưa dịch để thử hiển thị dự phòng');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('lo');
  });

  it('marks only the untranslated parts of a partly translated entry', () => {
    const doc = page(`${TASKS}/half-translated/`);
    expect(doc.querySelector('[data-translation-notice]')?.getAttribute('data-translation-notice')).toBe('partial');
    expect(doc.querySelector('h1')?.text).toBe('ໜ້າວຽກທີ່ແປບາງສ່ວນ');
    expect(doc.querySelector('h1 [lang="vi"]')).toBeNull();
    expect(doc.querySelector('main [lang="vi"][data-fallback]')?.text).toBe('Tóm tắt chưa dịch.');
  });

  it('shows the current Vietnamese, not the stale Lao, when the Vietnamese changed after translation', () => {
    const doc = page(`${TASKS}/outdated/`);
    const notice = doc.querySelector('[data-translation-notice]');
    expect(notice?.getAttribute('data-translation-notice')).toBe('outdated');
    expect(notice?.text.trim()).toBe(lo['fallback.outdated']);
    expect(doc.querySelector('h1 [lang="vi"]')?.text).toBe('Nhiệm vụ đã sửa sau khi dịch');
    expect(doc.querySelector('main')?.text).not.toContain('ໜ້າວຽກກ່ອນການແກ້ໄຂ');
    expect(doc.querySelector('main')?.text).not.toContain('ບົດສະຫຼຸບກ່ອນການແກ້ໄຂ');
  });

  it('shows no notice on the Vietnamese pages', () => {
    for (const id of ['untranslated', 'half-translated', 'outdated']) {
      expect(page(`/vi/milestones/tuyen-quang-xiangkhouang-2021-2025/${id}/`).querySelector('[data-translation-notice]'), id).toBeNull();
    }
  });

  it('serves a news article without a Lao file in Vietnamese on the Lao side, with the notice', () => {
    const doc = page('/lo/news/untranslated-news/');
    expect(doc.querySelector('[data-translation-notice]')?.getAttribute('data-translation-notice')).toBe('missing');
    expect(doc.querySelector('h1')?.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('h1')?.text).toBe('Tin chỉ có tiếng Việt');
  });

  it('lists each fallback on the translation report page', () => {
    const report = page('/vi/translations/').text;
    for (const id of ['untranslated', 'half-translated', 'outdated']) expect(report, id).toContain(`tuyen-quang-xiangkhouang-2021-2025/${id}`);
  });

  it('shows no notice on fully translated real content', () => {
    expect(page(`${TASKS}/ii-5-1/`).querySelector('[data-translation-notice]')).toBeNull();
  });
});
