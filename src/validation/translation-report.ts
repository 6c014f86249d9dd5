import type { CollectionName, TranslatedCollection } from '../schemas/index.ts';
import { missingKeys } from '../i18n/index.ts';
import { labelCoverage, type LaoCoverage, type TranslationStatus } from '../lib/translation-status.ts';

export type { TranslationStatus };

export interface TranslationGap {
  collection: CollectionName;
  id: string;
  file: string;
  status: TranslationStatus;
  /** What has no Lao yet: field paths, "body", or "lo.mdx" when the Lao file does not exist. */
  missing: string[];
  /** For an MDX pair: the fingerprint of the current Vietnamese, to write as the Lao file's `translatedFrom`. */
  hash?: string;
}

export interface CollectionCoverage {
  collection: CollectionName;
  total: number;
  counts: Record<TranslationStatus, number>;
  /** Share of entries whose Lao translation is complete, 0–100. */
  percent: number;
}

export interface TranslationReport {
  collections: CollectionCoverage[];
  gaps: TranslationGap[];
  /** Interface strings (src/i18n) with no Lao version. */
  uiMissing: string[];
}

/** The loaded content the report is made from, however it was loaded (build, check script). */
export interface ReportInput {
  /** MDX pairs, with their computed coverage (src/lib/translation-status.ts). */
  pairs: { collection: TranslatedCollection; id: string; file: string; coverage: LaoCoverage }[];
  /** Data files, whose Lao sits beside the Vietnamese and whose status is written by hand. */
  data: { collection: CollectionName; id: string; file: string; data: Record<string, unknown> }[];
}

// The glossary requires both languages by schema: nothing to report.
const REPORTED: CollectionName[] = ['provinces', 'agencies', 'areas', 'documents', 'agreements', 'milestones', 'news', 'commemorations'];

/** Lao translation coverage per collection, and every entry that is not complete. */
export function translationReport({ pairs, data }: ReportInput): TranslationReport {
  const rows: TranslationGap[] = [
    ...pairs.map((p) => ({ collection: p.collection, id: p.id, file: p.file, status: p.coverage.status, missing: p.coverage.missing, hash: p.coverage.hash })),
    ...data.map((d) => ({
      collection: d.collection,
      id: d.id,
      file: d.file,
      status: (d.data.translation as { lo?: TranslationStatus } | undefined)?.lo ?? 'missing',
      missing: labelCoverage(d.data).missing,
    })),
  ];
  const collections = REPORTED.map((collection) => {
    const counts: Record<TranslationStatus, number> = { complete: 0, partial: 0, missing: 0, outdated: 0 };
    const inCollection = rows.filter((r) => r.collection === collection);
    for (const row of inCollection) counts[row.status] += 1;
    const total = inCollection.length;
    return { collection, total, counts, percent: total === 0 ? 100 : Math.round((counts.complete / total) * 1000) / 10 };
  });
  const gaps = rows.filter((r) => REPORTED.includes(r.collection) && (r.status !== 'complete' || r.missing.length > 0));
  return { collections, gaps, uiMissing: missingKeys('lo') };
}
