/**
 * Deterministic Lao syllable splitting by orthography, for search.
 *
 * Lao is written without spaces between words, and Pagefind only splits words on whitespace,
 * so the search index and the reader's query are both cut into syllables by this one function
 * (Node when indexing, the browser when searching). `Intl.Segmenter('lo')` is not used: its
 * dictionaries differ between Node and Chromium, so the two ends would disagree.
 *
 * A syllable is [leading vowel] initial [cluster] [marks] [following vowels] [final].
 * Where the spelling alone is ambiguous (a consonant that could close this syllable or open the
 * next), a short look-ahead decides; the rules only need to be stable, because both ends use them.
 */

const LEADING = /[\u0EC0-\u0EC4]/; // ເ ແ ໂ ໃ ໄ
const CONSONANT = /[\u0E81-\u0EAE\u0EDC-\u0EDF]/; // ກ … ຮ, ໜ ໝ ໞ ໟ (ຯ is U+0EAF, punctuation)
// Vowel signs above or below (◌ັ ◌ິ ◌ີ ◌ຶ ◌ື ◌ຸ ◌ູ ◌ົ ◌ໍ), subscripts (◌຺ ◌ຼ), tone and other marks.
const MARK = /[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE]/;
const FOLLOWING = /[\u0EB0\u0EB2\u0EB3\u0EBD]/; // ◌ະ ◌າ ◌ຳ ◌ຽ
const TONE = /[\u0EC8-\u0ECB]/; // ◌່ ◌້ ◌໊ ◌໋
const REPEAT = '\u0EC6'; // ໆ repeats the word before: kept with it
const DIGIT = /[\u0ED0-\u0ED9]/;
/** Letters that can close a syllable. */
const FINALS = new Set([...'ກງດນບມຍວ']);
/** Sonorants after a silent ຫ that only sets the tone (ຫງ ຫຍ ຫນ ຫມ ຫລ ຫວ ຫຣ): always one initial. */
const AFTER_HO = new Set([...'ງຍນມລວຣ']);
/** Second letters of initial clusters: ຄວາມ, ກວາງ, ປຣະ. */
const CLUSTER_SECOND = new Set([...'ວລຣ']);

/** Every Lao character: runs of these are what gets split. */
export const LAO_RUN = /[\u0E80-\u0EFF]+/g;
const LAO_CHAR = /[\u0E80-\u0EFF]/;

export function isLao(ch: string | undefined): boolean {
  return ch !== undefined && LAO_CHAR.test(ch);
}

const is = (re: RegExp, ch: string | undefined) => ch !== undefined && re.test(ch);
/** True when the letter at `i` carries a vowel or mark, so it must start a syllable. */
const opensSyllable = (s: string, i: number) => is(MARK, s[i + 1]) || is(FOLLOWING, s[i + 1]);

/** Splits one run of Lao characters into syllables; their concatenation is the run. */
function splitRun(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const start = i;
    const ch = s[i];
    if (is(DIGIT, ch)) {
      while (is(DIGIT, s[i])) i++;
      out.push(s.slice(start, i));
      continue;
    }
    let lead = '';
    if (is(LEADING, ch)) {
      lead = ch;
      i++;
    }
    if (!is(CONSONANT, s[i])) {
      // A stray vowel or mark (or ຯ): a piece of its own, with any marks that follow.
      if (!lead) i++;
      while (is(MARK, s[i])) i++;
      out.push(s.slice(start, i));
      continue;
    }
    const initial = s[i];
    i++;
    // Initial clusters: silent ຫ before a sonorant, or a consonant with ວ/ລ/ຣ before its vowel.
    // After a leading vowel only ແກວ່ງ-like spellings (tone mark, then no vowel) are clusters:
    // in ໄລ|ວິ or ໂດ|ລາ the letter opens the next syllable.
    if (initial === 'ຫ' && AFTER_HO.has(s[i])) i++;
    else if (CLUSTER_SECOND.has(s[i]) && (lead ? is(TONE, s[i + 1]) && !opensSyllable(s, i + 1) && !'ໃໄ'.includes(lead) : opensSyllable(s, i))) i++;

    let lastVowel = lead; // the vowel sign seen last, which decides what may follow
    while (is(MARK, s[i])) {
      if (!/[\u0EC8-\u0ECC]/.test(s[i])) lastVowel = s[i]; // tone marks and ◌໌ say nothing of the vowel
      i++;
    }
    while (is(FOLLOWING, s[i])) {
      lastVowel = s[i];
      i++;
      while (is(MARK, s[i])) i++;
    }

    // Vowel letters: ອ in ◌ອ◌ ◌ືອ ◌ັອ, ວ in ◌ົວ ◌ວ◌ ແ◌ວ◌ ເ◌ວ, ຍ in ເ◌ຍ.
    const c = s[i];
    let letter = '';
    if (c !== undefined && !opensSyllable(s, i)) {
      if (c === 'ອ' && ['', 'ເ', '\u0EB7', '\u0EB1', '\u0EB6'].includes(lastVowel)) letter = c;
      else if (c === 'ວ' && ['', 'ເ', 'ແ', '\u0EBB'].includes(lastVowel)) letter = c;
      else if (c === 'ຍ' && lastVowel === 'ເ') letter = c;
    }
    if (letter) i++;

    // A final consonant, unless the syllable cannot be closed or the letter opens the next one.
    const cannotClose =
      ['\u0EB0', '\u0EB3', 'ໃ', 'ໄ', '\u0ECD'].includes(lastVowel) || // ◌ະ ◌ຳ ໃ◌ ໄ◌ ◌ໍ
      (lastVowel === '\u0EB2' && s.slice(start, i).includes('\u0EBB')) || // ເ◌ົາ
      letter === 'ຍ' || // ເ◌ຍ
      (letter === 'ວ' && (lastVowel === '\u0EBB' || lastVowel === 'ເ')); // ◌ົວ, ເ◌ວ
    const mustClose = ['\u0EB1', '\u0EBB', '\u0EBD'].includes(lastVowel) || (letter === 'ວ' && lastVowel === ''); // ◌ັ◌ ◌ົ◌ ◌ຽ◌ ◌ວ◌
    const f = s[i];
    if (f !== undefined && FINALS.has(f) && (lastVowel || letter) && !cannotClose && !opensSyllable(s, i)) {
      // "ມາ|ນອນ": a letter followed by ອ/ວ and a closing letter starts the next syllable,
      // unless this one must be closed.
      const startsNext = !mustClose && !letter && (s[i + 1] === 'ອ' || s[i + 1] === 'ວ') && FINALS.has(s[i + 2] ?? '') && !opensSyllable(s, i + 2);
      if (!startsNext) i++;
    }
    while (s[i] === REPEAT) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

/** The syllables of a text's Lao runs; other characters are left out. */
export function laoSyllables(text: string): string[] {
  return [...text.matchAll(LAO_RUN)].flatMap((m) => splitRun(m[0]));
}

/** The text with a space between Lao syllables; everything else unchanged. */
export function spaceLaoSyllables(text: string): string {
  return text.replace(LAO_RUN, (run) => splitRun(run).join(' '));
}
