import { createHash } from 'node:crypto';

/**
 * A short fingerprint of an entry's Vietnamese prose (its translated fields and body). A Lao file
 * records the fingerprint of the text it was translated from (`translatedFrom`); when the
 * Vietnamese changes, the fingerprints differ and the translation is reported outdated.
 * Whitespace at the ends and Unicode composition do not count as changes.
 */
export function translationHash(fields: readonly (string | undefined)[], body = ''): string {
  const text = [...fields.map((f) => (f ?? '').trim()), body.trim()].join('\n').normalize('NFC');
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
