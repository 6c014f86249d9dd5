import { translationText } from '../lib/translation-text.ts';

/**
 * What a Lao translation was made from (`translatedFrom`), computed in the browser with Web Crypto:
 * the same text (src/lib/translation-text.ts) and digest as the site's src/lib/translation-hash.ts.
 */
export async function translationHashAsync(fields: readonly (string | undefined)[], body = ''): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(translationText(fields, body)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('').slice(0, 12);
}
