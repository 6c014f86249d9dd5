/**
 * Names that must not break across lines. Lao is written without spaces and browsers break it
 * between syllables by dictionary, so on a phone "ແຂວງໄຊສົມບູນ" can end a line as "ແຂວງໄຊ" and
 * go on with "ສົມບູນ". Every occurrence of a name in a page's text is wrapped in
 * <span class="nowrap"> (white-space: nowrap): the text itself is unchanged, so copying, search
 * and screen readers read the same characters.
 */
import { LAO_RUN, laoSyllables } from './lao-syllables.ts';

export interface PlaceNames {
  vi: string;
  lo?: string;
  /** The Lao level word written joined to the name: ແຂວງ, ເມືອງ. */
  levelLo?: string;
}

/** Long terms stay breakable: a whole phrase kept on one line would overflow a phone's width. */
const MAX_TERM_SYLLABLES = 6;

/**
 * The names to keep whole, in order of priority: places first (a Vietnamese name of more than
 * one word, a Lao name of more than one syllable, the Lao name with its level word), then each
 * Lao glossary term of two to six syllables written as one word. Where a term and a place
 * overlap ("ອົງການປົກຄອງແຂວງ" + "ແຂວງໄຊສົມບູນ"), the place is kept whole.
 */
export function unbreakableNames(places: PlaceNames[], terms: { lo: string }[]): string[][] {
  const placeNames = new Set<string>();
  for (const p of places) {
    if (/[\s-]/.test(p.vi.trim())) placeNames.add(p.vi.trim());
    if (p.lo && laoSyllables(p.lo).length > 1) placeNames.add(p.lo);
    if (p.lo && p.levelLo) placeNames.add(`${p.levelLo}${p.lo}`);
  }
  const termNames = new Set<string>();
  for (const { lo } of terms) {
    const n = laoSyllables(lo).length;
    if (!/[\s,;.()]/.test(lo) && n > 1 && n <= MAX_TERM_SYLLABLES && !placeNames.has(lo)) termNames.add(lo);
  }
  const longestFirst = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return [longestFirst(placeNames), longestFirst(termNames)];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per priority level, longest name first so that "ແຂວງໄຊສົມບູນ" wins over "ໄຊສົມບູນ". */
export function namePatterns(levels: string[][]): RegExp[] {
  // An empty name would match everywhere (and never move findNames on).
  return levels.map((names) => names.filter((name) => name.length > 0)).filter((names) => names.length > 0).map((names) => new RegExp([...names].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu'));
}

/** Offsets in `text` where a Lao syllable starts or ends (a match must not cut a syllable). */
function laoBoundaries(text: string): Set<number> {
  const cuts = new Set<number>();
  for (const run of text.matchAll(LAO_RUN)) {
    let at = run.index;
    cuts.add(at);
    for (const syllable of laoSyllables(run[0])) cuts.add((at += syllable.length));
  }
  return cuts;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
const isLao = (ch: string | undefined) => ch !== undefined && /[\u0E80-\u0EFF]/.test(ch);

/** True when `text[start, end)` is a whole word or whole syllables, not part of a longer word. */
function standsAlone(text: string, start: number, end: number, cuts: () => Set<number>): boolean {
  const before = text[start - 1];
  const after = text[end];
  const leftOk = isLao(text[start]) && isLao(before) ? cuts().has(start) : !isLetter(before);
  const rightOk = isLao(text[end - 1]) && isLao(after) ? cuts().has(end) : !isLetter(after);
  return leftOk && rightOk;
}

/** Where whole names occur in a text, as [start, end) offsets in order; an earlier pattern's match wins an overlap. */
export function findNames(text: string, patterns: RegExp[]): [number, number][] {
  let cuts: Set<number> | undefined;
  const lazyCuts = () => (cuts ??= laoBoundaries(text));
  const kept: [number, number][] = [];
  for (const pattern of patterns) {
    // exec on the shared pattern rather than matchAll, which copies the pattern on every call: this
    // runs for every run of text of every page.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (kept.some(([s, e]) => start < e && end > s)) continue;
      if (standsAlone(text, start, end, lazyCuts)) kept.push([start, end]);
    }
  }
  return kept.sort((a, b) => a[0] - b[0]);
}

/** Wraps the names in a run of text (HTML-escaped text, no tags). */
export function wrapNames(text: string, patterns: RegExp[]): string {
  const kept = findNames(text, patterns);
  if (kept.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [start, end] of kept) {
    out += `${text.slice(last, start)}<span class="nowrap">${text.slice(start, end)}</span>`;
    last = end;
  }
  return out + text.slice(last);
}

// A tag or comment, or an element whose text is not laid out as HTML text: script, style, SVG
// (its <text> cannot hold a <span>), textarea, title, and spans already kept whole.
const SKIP = /<(script|style|svg|textarea|title|option)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(?:[^"'>]|"[^"]*"|'[^']*')*>/gi;

/** The HTML with every name in its text wrapped; tags, attributes and skipped elements untouched. */
export function keepNamesWhole(html: string, patterns: RegExp[]): string {
  if (patterns.length === 0) return html;
  let out = '';
  let last = 0;
  for (const match of html.matchAll(SKIP)) {
    out += wrapNames(html.slice(last, match.index), patterns) + match[0];
    last = match.index + match[0].length;
  }
  return out + wrapNames(html.slice(last), patterns);
}
