import { laoCoverage, type LaoCoverage } from '../lib/translation-status.ts';
import { proseFields, type TranslatedCollection } from '../schemas/index.ts';

/** An entry as any reader gives it: Astro's content layer, or the loaders run directly (tests, scripts). */
export interface PairSide {
  id: string;
  data: object;
  body?: string;
}

/** Facts of the Vietnamese file, each prose field as { vi, lo }, and where the translation stands. */
export interface MergedPair<V extends PairSide, L extends PairSide> {
  id: string;
  data: Record<string, unknown> & { translation: { lo: LaoCoverage['status'] } };
  vi: V;
  lo?: L;
  coverage: LaoCoverage;
}

/**
 * Joins each Vietnamese entry of `collection` with its Lao companion. Prose fields become
 * { vi, lo } as the pages show them; an outdated Lao file is left out (the page falls back to
 * Vietnamese with its notice), and so is a Lao field the Vietnamese does not have.
 */
export function mergePairs<V extends PairSide, L extends PairSide>(collection: TranslatedCollection, vi: V[], lo: L[]): MergedPair<V, L>[] {
  const laoById = new Map(lo.map((e) => [e.id, e]));
  const keys = proseFields[collection] as readonly string[];
  return vi.map((entry) => {
    const lao = laoById.get(entry.id);
    const facts = entry.data as Record<string, unknown>;
    const laoData = lao?.data as Record<string, unknown> | undefined;
    const coverage = laoCoverage({ data: facts, body: entry.body }, lao && { data: laoData!, body: lao.body }, keys);
    const useLao = coverage.status !== 'outdated';
    const prose = Object.fromEntries(
      keys.filter((k) => facts[k] !== undefined).map((k) => [k, { vi: facts[k] as string, ...(useLao && laoData?.[k] ? { lo: laoData[k] as string } : {}) }]),
    );
    return { id: entry.id, data: { ...facts, ...prose, translation: { lo: coverage.status } }, vi: entry, lo: useLao ? lao : undefined, coverage };
  });
}
