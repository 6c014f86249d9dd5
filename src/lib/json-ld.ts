/**
 * JSON-LD for a <script type="application/ld+json"> element. The text must not close the
 * element early ("</script>") nor hold characters a JavaScript-era parser chokes on, so
 * "<", ">", "&" and the two Unicode line separators are written as \u escapes: still the same JSON.
 * Undefined values and empty lists are left out: schema.org reads them as absent anyway.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data, (_, value) => (value === undefined || (Array.isArray(value) && value.length === 0) ? undefined : value))
    .replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
