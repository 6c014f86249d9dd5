import { translationReport, type TranslationReport } from '../validation/translation-report.ts';
import type { Catalog } from './catalog.ts';

let cached: TranslationReport | undefined;

/** The same report as `npm run translations`, from the loaded catalog, computed once per build. */
export function contentTranslationReport(catalog: Catalog): TranslationReport {
  const file = (entry: { filePath?: string }) => entry.filePath ?? '';
  cached ??= translationReport({
    pairs: [
      ...[...catalog.agreements.values()].map((a) => ({ collection: 'agreements' as const, id: a.id, file: file(a.vi), coverage: a.coverage })),
      ...[...catalog.areas.values()].map((a) => ({ collection: 'areas' as const, id: a.id, file: file(a.vi), coverage: a.coverage })),
      ...catalog.milestones.map((m) => ({ collection: 'milestones' as const, id: m.id, file: file(m.entry.vi), coverage: m.entry.coverage })),
      ...catalog.news.map((n) => ({ collection: 'news' as const, id: n.id, file: file(n), coverage: catalog.newsCoverage.get(n.id)! })),
    ],
    data: (['provinces', 'agencies', 'documents', 'commemorations'] as const).flatMap((collection) =>
      [...catalog[collection].values()].map((e) => ({ collection, id: e.id, file: file(e), data: e.data as Record<string, unknown> })),
    ),
  });
  return cached;
}
