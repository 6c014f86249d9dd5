/**
 * The text a translation fingerprint is taken of: the translated fields, then the body, each
 * trimmed, in NFC. One definition for the site (Node, translation-hash.ts) and the web editor
 * (the browser, src/cms/translation-hash.ts), so both compute the same `translatedFrom`.
 */
export function translationText(fields: readonly (string | undefined)[], body = ''): string {
  return [...fields.map((f) => (f ?? '').trim()), body.trim()].join('\n').normalize('NFC');
}
