import { createHash } from 'node:crypto';
import { translationText } from './translation-text.ts';

/**
 * A short fingerprint of an entry's Vietnamese prose (its translated fields and body). A Lao file
 * records the fingerprint of the text it was translated from (`translatedFrom`); when the
 * Vietnamese changes, the fingerprints differ and the translation is reported outdated.
 * Whitespace at the ends and Unicode composition do not count as changes.
 */
export function translationHash(fields: readonly (string | undefined)[], body = ''): string {
  return createHash('sha256').update(translationText(fields, body)).digest('hex').slice(0, 12);
}
