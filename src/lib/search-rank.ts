/**
 * Pagefind ranks words, not phrases: "hợp tác giáo dục" scores the same whether the four words
 * stand together or apart, and a Lao word is several indexed syllables. Two corrections, both
 * without loading any more of the index:
 * - each result lists the positions of its matched words, so pages where all the query's words
 *   stand together come first (a Lao word found as a word, not as scattered syllables);
 * - among the results on screen, a title that holds every word of the query, the shorter the
 *   better, comes first: "tỉnh Champasak" before "Sở Tư pháp tỉnh Champasak".
 */

/** Length of the longest run of consecutive positions. */
export function longestRun(positions: readonly number[]): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Results whose matched words include a run of `length` side by side (a whole Lao word). */
export function withRun<T extends { words: readonly number[] }>(results: readonly T[], length: number): T[] {
  return length < 2 ? [...results] : results.filter((r) => longestRun(r.words) >= length);
}

/** How much a partial run lifts a score: all words together would double it. */
const RUN_BONUS = 1;

/** Results with the whole query as a phrase first, then by score × run bonus; one word: unchanged. */
export function rankByPhrase<T extends { score: number; words: readonly number[] }>(results: readonly T[], terms: number): T[] {
  if (terms < 2) return [...results];
  const ranked = results.map((r, i) => {
    const together = Math.min(longestRun(r.words), terms);
    return { r, i, phrase: together === terms ? 1 : 0, score: r.score * (1 + (RUN_BONUS * (together - 1)) / (terms - 1)) };
  });
  return ranked.sort((a, b) => b.phrase - a.phrase || b.score - a.score || a.i - b.i).map((x) => x.r);
}

/** Words compared without case, diacritics (đ included), punctuation or the index's markers. */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Stable re-order: titles containing every query word (as a word prefix, as Pagefind matches) first, shortest first. */
export function rankByTitle<T>(results: readonly T[], query: string, title: (r: T) => string): T[] {
  const words = foldedWords(query);
  if (words.length === 0) return [...results];
  const keyed = results.map((r, i) => {
    const titleWords = foldedWords(title(r));
    const all = words.every((w) => titleWords.some((t) => t.startsWith(w)));
    return { r, i, all: all ? 1 : 0, length: titleWords.length };
  });
  return keyed.sort((a, b) => b.all - a.all || (a.all ? a.length - b.length : 0) || a.i - b.i).map((x) => x.r);
}

/** A text's words as Pagefind indexes them: punctuation dropped inside a word, and its parts ("110/KH-UBND": 110khubnd, 110, kh, ubnd). */
function indexedWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.split(/\s+/)) {
    const parts = foldedWords(raw);
    if (parts.length === 0) continue;
    words.add(parts.join(''));
    for (const part of parts) words.add(part);
  }
  return words;
}

/**
 * Whether every word of the query is the start of a word of the page. Pagefind answers a query
 * word that starts no indexed word with the longest indexed word it starts with ("999/KH-UBND"
 * finds pages with "99"): such results are not matches. That fallback applies to the whole
 * index at once, so checking the first result tells whether the whole list is real.
 */
export function matchesEveryWord(query: string, texts: readonly string[]): boolean {
  const words = [...indexedWords(texts.join(' '))];
  return query
    .split(/\s+/)
    .map((term) => foldedWords(term).join(''))
    .filter(Boolean)
    .every((term) => words.some((w) => w.startsWith(term)));
}

/**
 * Results from both languages' indexes, alternating (this page's language first). Scores from two
 * indexes are not comparable, so a plain sort would bury one language. Pagefind ids start with
 * the index language ("lo_4f1d47b").
 */
export function alternateLanguages<T extends { id: string }>(results: readonly T[], first: string): T[] {
  const mine = results.filter((r) => r.id.startsWith(`${first}_`));
  const others = results.filter((r) => !r.id.startsWith(`${first}_`));
  const out: T[] = [];
  for (let i = 0; i < Math.max(mine.length, others.length); i++) out.push(...[mine[i], others[i]].filter((r): r is T => r !== undefined));
  return out;
}
