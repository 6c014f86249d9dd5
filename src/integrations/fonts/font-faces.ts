// @font-face rules of a built (minified) style sheet: what the font subsetter reads and rewrites.

export interface FontFace {
  /** The whole rule as it stands in the style sheet. */
  rule: string;
  family: string;
  /** Lowest and highest weight the rule declares ("400", "400 700"). */
  weight: [number, number];
  /** The url() of the rule's font file, as written. */
  url: string;
  /** Code points the rule declares (unicode-range), or undefined for "all". */
  range?: [number, number][];
}

const FACE = /@font-face\s*\{[^}]*\}/g;
const descriptor = (rule: string, name: string) => new RegExp(`(?:^|[{;\\s])${name}\\s*:\\s*([^;}]+)`).exec(rule)?.[1]?.trim();

/** Parses "U+0000-00FF, U+0131, U+1E??" into code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const token = part.trim().replace(/^u\+/i, '');
    if (token.includes('?')) return [parseInt(token.replace(/\?/g, '0'), 16), parseInt(token.replace(/\?/g, 'F'), 16)];
    const [from, to = from] = token.split('-') as [string, string?];
    const range: [number, number] = [parseInt(from, 16), parseInt(to, 16)];
    if (!range.every(Number.isFinite)) throw new Error(`unicode-range: cannot read "${part.trim()}"`);
    return range;
  });
}

/** Code points as a compact unicode-range value: "U+20-7E,U+A7". */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(start === sorted[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(sorted[i]!)}`);
  }
  return parts.join(',');
}

export const inRange = (range: [number, number][] | undefined, codePoint: number) => !range || range.some(([a, b]) => codePoint >= a && codePoint <= b);

/** The @font-face rules of a style sheet that load a woff2 file through url(). */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(FACE)].flatMap(([rule]) => {
    const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(rule)?.[1];
    const family = descriptor(rule, 'font-family')?.replace(/^["']|["']$/g, '');
    if (!url || !family) return [];
    const weights = (descriptor(rule, 'font-weight') ?? '400').split(/\s+/).map((w) => (w === 'normal' ? 400 : w === 'bold' ? 700 : Number(w)));
    const range = descriptor(rule, 'unicode-range');
    return [{ rule, family, url, weight: [Math.min(...weights), Math.max(...weights)] as [number, number], range: range ? parseUnicodeRange(range) : undefined }];
  });
}

/** The rule with another font file and unicode-range. */
export function rewriteFace(face: FontFace, url: string, codePoints: Iterable<number>): string {
  const range = `unicode-range:${formatUnicodeRange(codePoints)}`;
  const withUrl = face.rule.replace(face.url, url);
  return /unicode-range\s*:/.test(withUrl) ? withUrl.replace(/unicode-range\s*:[^;}]+/, range) : withUrl.replace(/\}$/, `;${range}}`);
}
