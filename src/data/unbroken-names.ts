import { namePatterns, unbreakableNames } from '../lib/unbroken-names.ts';
import { getCatalog, term } from './catalog.ts';

/** The patterns of every name to keep on one line (src/lib/unbroken-names.ts), built once per build. */
async function load() {
  const catalog = await getCatalog();
  const places = [...catalog.provinces.values()].map((p) => ({
    ...p.data.name,
    levelLo: term(catalog, `level-${p.data.level}-${p.data.country}`, 'lo'),
  }));
  return namePatterns(unbreakableNames(places, [...catalog.glossary.values()].map((g) => g.data)));
}
let cached: ReturnType<typeof load> | undefined;
export function unbrokenNamePatterns() {
  cached ??= load();
  return cached;
}
