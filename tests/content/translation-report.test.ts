import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/validation/read-content.ts';
import { translationReport } from '../../src/validation/translation-report.ts';

describe('translation report', () => {
  const root = mkdtempSync(join(tmpdir(), 'translations-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('tests/site/fixtures/untranslated', root, { recursive: true });
  const real = translationReport(readContent('content'));
  const withGaps = translationReport(readContent(join(root, 'content'), root));

  it('counts each collection by status and lists what is missing', () => {
    const before = real.collections.find((c) => c.collection === 'milestones')!;
    const after = withGaps.collections.find((c) => c.collection === 'milestones')!;
    expect(after.total).toBe(before.total + 2);
    expect(after.counts.missing).toBe(before.counts.missing + 1);
    expect(after.counts.partial).toBe(before.counts.partial + 1);
    expect(after.percent).toBeLessThan(100);
    const gaps = withGaps.gaps.filter((g) => !real.gaps.some((r) => r.file === g.file));
    expect(gaps).toEqual([
      { collection: 'milestones', id: 'tuyen-quang-xiangkhouang-2021-2025/half-translated', file: 'content/milestones/tuyen-quang-xiangkhouang-2021-2025/half-translated.yaml', status: 'partial', missing: ['summary'] },
      { collection: 'milestones', id: 'tuyen-quang-xiangkhouang-2021-2025/untranslated', file: 'content/milestones/tuyen-quang-xiangkhouang-2021-2025/untranslated.yaml', status: 'missing', missing: ['title', 'summary'] },
      { collection: 'news', id: 'untranslated-news', file: 'content/news/untranslated-news/vi.mdx', status: 'missing', missing: ['lo.mdx'] },
    ]);
  });

  it('covers the interface strings too', () => {
    expect(real.uiMissing).toEqual([]);
  });
});
