/**
 * What a Lao translation was made from, as issue 12's `translatedFrom`: the first 12 hex digits of
 * SHA-256 over NFC(`${title}\n${summary ?? ''}\n${body.trim()}`) of the Vietnamese file. This copy uses
 * Web Crypto so that the CMS computes it in the browser; tests/unit/cms-translation-hash.test.ts checks
 * it gives the same value as the site's own function.
 */
export async function translationHashAsync(vi: { title: string; summary?: string; body: string }): Promise<string> {
  const text = `${vi.title}\n${vi.summary ?? ''}\n${vi.body.trim()}`.normalize('NFC');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('').slice(0, 12);
}
