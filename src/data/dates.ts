import { parseFuzzyDate, type FuzzyDate, type Period } from '../lib/fuzzy-date.ts';

const parsed = new Map<string, FuzzyDate>();

/**
 * A date of the content (editors' notation or ISO), parsed once per build: every page, feed and
 * data file that shows the same date asks here. The loaders have checked every date already, so
 * an unreadable one is a bug, not an editor's mistake. `period` reads "Hằng năm" within it.
 */
export function contentDate(text: string, period?: Period): FuzzyDate {
  const key = period ? `${text}\u0000${period.from}-${period.to}` : text;
  let date = parsed.get(key);
  if (!date) {
    const result = parseFuzzyDate(text, period ? { period } : undefined);
    if (!result.ok) throw new Error(`${text}: ${result.error}`);
    date = result.value;
    parsed.set(key, date);
  }
  return date;
}
