import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectly } from '../../src/loaders/load-directly.ts';
import { translationReport } from '../../src/validation/translation-report.ts';
import { reportInput } from '../../src/validation/warnings.ts';
import { contentCopy } from '../support/content-copy.ts';
import { rawContent } from '../support/raw-content.ts';

describe('translation report', async () => {
  const real = translationReport(reportInput(rawContent().session));
  const copy = contentCopy('tests/site/fixtures/untranslated');
  afterAll(() => copy.remove());
  const withGaps = translationReport(reportInput(await loadDirectly(copy.root)));
  const TASKS = 'content/milestones/tuyen-quang-xiangkhouang-2021-2025';

  it('finds the real content fully translated, its fingerprints matching the Vietnamese', () => {
    expect(real.gaps).toEqual([]);
    for (const c of real.collections) expect(c.percent, c.collection).toBe(100);
  });

  it('computes each status from the files: no Lao file, a Lao file missing a field, a fingerprint that no longer matches', () => {
    const before = real.collections.find((c) => c.collection === 'milestones')!;
    const after = withGaps.collections.find((c) => c.collection === 'milestones')!;
    expect(after.total).toBe(before.total + 3);
    expect(after.counts).toEqual({ ...before.counts, missing: before.counts.missing + 1, partial: before.counts.partial + 1, outdated: before.counts.outdated + 1 });
    expect(after.percent).toBeLessThan(100);
    const hash = expect.stringMatching(/^[0-9a-f]{12}$/);
    expect(withGaps.gaps).toEqual([
      { collection: 'milestones', id: 'tuyen-quang-xiangkhouang-2021-2025/half-translated', file: `${TASKS}/half-translated.vi.mdx`, status: 'partial', missing: ['summary'], hash: '9fb0f851290c' },
      // The Lao file records the fingerprint of an earlier Vietnamese text: the current one is given to record once re-translated.
      { collection: 'milestones', id: 'tuyen-quang-xiangkhouang-2021-2025/outdated', file: `${TASKS}/outdated.vi.mdx`, status: 'outdated', missing: [], hash: 'e490f011e29a' },
      { collection: 'milestones', id: 'tuyen-quang-xiangkhouang-2021-2025/untranslated', file: `${TASKS}/untranslated.vi.mdx`, status: 'missing', missing: ['lo.mdx'], hash },
      { collection: 'news', id: 'untranslated-news', file: 'content/news/untranslated-news.vi.mdx', status: 'missing', missing: ['lo.mdx'], hash },
    ]);
  });

  it('covers the interface strings too', () => {
    expect(real.uiMissing).toEqual([]);
  });
});
