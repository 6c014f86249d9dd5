import { translationHash } from './translation-hash.ts';

export type TranslationStatus = 'complete' | 'partial' | 'missing' | 'outdated';

/** Where an entry's Lao translation stands, and what it lacks (field names, "body"). */
export interface LaoCoverage {
  status: TranslationStatus;
  missing: string[];
  /** The fingerprint of the current Vietnamese prose, for the Lao file's `translatedFrom`. */
  hash: string;
}

interface Side {
  data: Record<string, unknown>;
  body?: string;
}

/**
 * Status of the Lao file of an MDX entry pair. `missing`: no Lao file; `outdated`: the Vietnamese
 * prose changed since the translation (fingerprint mismatch) or a translator marked it;
 * `partial`: some prose or a bilingual label has no Lao yet; else `complete`.
 */
export function laoCoverage(vi: Side, lo: Side | undefined, proseKeys: readonly string[]): LaoCoverage {
  const hash = translationHash(proseKeys.map((k) => vi.data[k] as string | undefined), vi.body);
  if (!lo) return { status: 'missing', missing: ['lo.mdx'], hash };
  const missing = [
    ...proseKeys.filter((k) => vi.data[k] !== undefined && lo.data[k] === undefined),
    ...(vi.body?.trim() && !lo.body?.trim() ? ['body'] : []),
    ...untranslatedLabels(vi.data).map((path) => path.join('.')),
  ];
  if (lo.data.outdated === true || lo.data.translatedFrom !== hash) return { status: 'outdated', missing, hash };
  return { status: missing.length > 0 ? 'partial' : 'complete', missing, hash };
}

/** A data file entry's bilingual labels: the dotted paths of those without Lao, and how many there are. */
export function labelCoverage(data: unknown): { missing: string[]; total: number } {
  const all = bilingualLabels(data);
  return { missing: all.filter((l) => !l.hasLao).map((l) => l.path.join('.')), total: all.length };
}

/** Paths of the bilingual labels ({ vi, lo }) inside facts that have no Lao text. */
export function untranslatedLabels(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  return bilingualLabels(value, path).filter((l) => !l.hasLao).map((l) => l.path);
}

/** Every bilingual label ({ vi, lo }) of an entry, with its path. */
export function bilingualLabels(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; hasLao: boolean }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => bilingualLabels(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.vi === 'string' && Object.keys(record).every((k) => k === 'vi' || k === 'lo')) {
    return [{ path, hasLao: typeof record.lo === 'string' }];
  }
  return Object.entries(record).flatMap(([k, v]) => bilingualLabels(v, [...path, k]));
}
