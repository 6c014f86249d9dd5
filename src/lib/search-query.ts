/** What a reader typed, checked before searching: each refusal has its own message on the page. */
import { isLao } from './lao-syllables.ts';
import { queryText } from './search-text.ts';

/** Longer queries are refused: they are pasted paragraphs, not searches, and cost a full index scan. */
export const MAX_QUERY_LENGTH = 120;

export type QueryCheck =
  /**
   * `laoWord`: syllables in the longest Lao word typed (Lao between spaces is one word): a page
   * must hold them side by side, not scattered (ຊຽງໃໝ່ is not ຊຽງ here and ໃໝ່ there).
   */
  | { ok: true; query: string; terms: number; laoWord: number }
  | { ok: false; reason: 'empty' | 'punctuation' | 'too-long'; length: number };

export function checkQuery(raw: string): QueryCheck {
  const trimmed = raw.normalize('NFC').trim();
  const length = [...trimmed].length;
  if (length === 0) return { ok: false, reason: 'empty', length };
  if (length > MAX_QUERY_LENGTH) return { ok: false, reason: 'too-long', length };
  // Pagefind drops punctuation from queries: "…" or "/-" would silently match nothing or everything.
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return { ok: false, reason: 'punctuation', length };
  const query = queryText(trimmed);
  const terms = query.split(' ').filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  // Counted as indexed: "ກະສິກຳ-ປ່າໄມ້" is 4 words there (ກະ ສິ ກຳ-ປ່າ ໄມ້), not 5 syllables.
  const laoWord = Math.max(0, ...trimmed.split(/\s+/).map((word) => (isLao([...word].find(isLao)) ? queryText(word).split(' ').length : 0)));
  return { ok: true, query, terms, laoWord };
}
