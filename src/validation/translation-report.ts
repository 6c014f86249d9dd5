import type { CollectionName } from '../schemas/index.ts';
import { missingKeys } from '../i18n/index.ts';
import { localizedFields } from './check-content.ts';
import type { RawEntry } from './read-content.ts';

export type TranslationStatus = 'complete' | 'partial' | 'missing' | 'outdated';

export interface TranslationGap {
  collection: CollectionName;
  id: string;
  file: string;
  status: TranslationStatus;
  /** Fields without a Lao text (dotted paths), or "lo.mdx" for a news article without its Lao file. */
  missing: string[];
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

// The glossary requires both languages by schema; newsLo files are the Lao side of `news`.
const REPORTED: CollectionName[] = ['provinces', 'agencies', 'areas', 'documents', 'agreements', 'milestones', 'news', 'commemorations'];

/** Lao translation coverage per collection, and every entry that is not complete, from the raw content. */
export function translationReport(entries: RawEntry[]): TranslationReport {
  const laoNews = new Set(entries.filter((e) => e.collection === 'newsLo').map((e) => e.id));
  const gaps: TranslationGap[] = [];
  const collections = REPORTED.map((collection) => {
    const counts: Record<TranslationStatus, number> = { complete: 0, partial: 0, missing: 0, outdated: 0 };
    const inCollection = entries.filter((e) => e.collection === collection && e.data && typeof e.data === 'object');
    for (const entry of inCollection) {
      const data = entry.data as { translation?: { lo?: TranslationStatus } };
      const status = data.translation?.lo ?? 'missing';
      counts[status] += 1;
      const missing =
        collection === 'news'
          ? laoNews.has(entry.id) ? [] : ['lo.mdx']
          : localizedFields(entry.data).filter((f) => !f.hasLao).map((f) => f.path.join('.'));
      if (status !== 'complete' || missing.length > 0) gaps.push({ collection, id: entry.id, file: entry.file, status, missing });
    }
    const total = inCollection.length;
    return { collection, total, counts, percent: total === 0 ? 100 : Math.round((counts.complete / total) * 1000) / 10 };
  });
  return { collections, gaps, uiMissing: missingKeys('lo') };
}
