/**
 * Text as the search index sees it, and back. The same functions run when indexing (Node) and
 * when searching (browser), so a word is cut and folded the same way on both ends.
 *
 * - Lao runs are split into syllables joined by spaces (Pagefind splits words on spaces only).
 *   A space the text really had between two Lao letters becomes " \u2060 ": a word of its own
 *   that Pagefind does not index, so `displayText` can tell it from an inserted one.
 * - Each Lao syllable ends with U+0EDF (ໟ, a Khmu letter Lao text does not use). Pagefind folds
 *   diacritics by dropping combining marks, Lao vowel and tone marks included ("ສິ" is "ສ"), and
 *   matches every query word as the start of indexed words: without the end letter a short
 *   syllable matched, and downloaded, every word in ສ…; with it, "ສິ" matches ສິ, ສີ, ສຶ… only.
 *   The cost: Lao matches whole syllables only (while "ສຶກ" is typed, "ສຶ" finds ສຶ, not ສຶກ).
 * - "đ" becomes "d" + U+0345: Pagefind drops that combining mark when it folds diacritics, so
 *   "dai" finds "đại", while the mark stays in the stored form so that a query typed with "đ"
 *   still ranks exact matches first. (Pagefind alone leaves "đ" unfolded: "dao" would not find "đào".)
 */
import { isLao, spaceLaoSyllables } from './lao-syllables.ts';

const STROKE = '\u0345';
const KEPT_SPACE = '\u2060';
const SYLLABLE_END = '\u0EDF';
const LAO = '[\\u0E80-\\u0EFF]';

/** A space between Lao syllables, and the end letter after each (Lao digits and signs included). */
const laoForIndex = (text: string) => spaceLaoSyllables(text).replace(/[\u0E80-\u0EDE\u0EE0-\u0EFF]+/g, `$&${SYLLABLE_END}`);

const foldD = (text: string) => text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);

/** Stands for markup between two text nodes when a page's text is prepared as one string. */
export const MARKUP = '\uE000';

/** Text of a page, as indexed. `MARKUP` characters (tags) may sit between its pieces. */
export function indexText(text: string): string {
  const prepared = text
    // Real spaces between Lao letters first, so that inserted ones cannot be mistaken for them.
    // Markup inside the gap stays (and in order): the caller splits the text back at it.
    .replace(new RegExp(`(?<=${LAO})[\\s${MARKUP}]*\\s[\\s${MARKUP}]*(?=${LAO})`, 'g'), (gap) => `${gap.replace(/\s+/g, '')} ${KEPT_SPACE} `)
    // Lao split by markup (ແຂວງ<a>ຊຽງຂວາງ</a>) is still two words.
    .replace(new RegExp(`(?<=${LAO})(${MARKUP}+)(?=${LAO})`, 'g'), '$1 ');
  return foldD(laoForIndex(prepared));
}

/** A reader's query, as searched: the same cutting and folding as the index. */
export function queryText(query: string): string {
  return foldD(laoForIndex(query.normalize('NFC'))).replace(/\s+/g, ' ').trim();
}

/**
 * Indexed text back to what the page shows: the end letters and inserted spaces out of Lao, "đ" back.
 * Works on plain text and on Pagefind excerpts with <mark> tags.
 */
export function displayText(text: string): string {
  const tag = '(?:</?mark>)*';
  return text
    .replaceAll(SYLLABLE_END, '')
    .replace(new RegExp(`(?<=${LAO}${tag}) (?=${tag}${LAO})`, 'g'), '')
    .replace(new RegExp(` ?${KEPT_SPACE} ?`, 'g'), ' ')
    .replace(new RegExp(`d${STROKE}`, 'g'), 'đ')
    .replace(new RegExp(`D${STROKE}`, 'g'), 'Đ');
}

export { isLao };
