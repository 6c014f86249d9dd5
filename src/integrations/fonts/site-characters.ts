// Which characters the built site shows, and on how many pages of each language: what the
// font subsetter keeps. Pages are read one at a time, so memory does not grow with the site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteCharacters {
  /** Pages read per language (<html lang>). */
  pages: Map<string, number>;
  /** Per code point, the number of pages of each language that show it. */
  counts: Map<number, Map<string, number>>;
  /** Code points seen in style sheets and scripts (generated content, messages a script shows). */
  extra: Set<number>;
}

// Text a reader sees: not the head, scripts, styles or comments; tags give way to a space.
const HIDDEN = /<head\b[\s\S]*?<\/head>|<(script|style|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG = /<(?:[^"'>]|"[^"]*"|'[^']*')*>/g;
// Attribute values the page draws with its fonts.
const SHOWN_ATTRIBUTE = /\s(?:placeholder|value|alt)\s*=\s*"([^"]*)"/gi;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : ENTITY[name] ?? whole,
  );

/** The characters a page shows, as code points. */
export function pageCharacters(html: string): Set<number> {
  const visible = html.replace(HIDDEN, ' ');
  const attributes = [...visible.matchAll(SHOWN_ATTRIBUTE)].map((m) => m[1]).join(' ');
  const text = decode(`${visible.replace(TAG, ' ')} ${attributes}`);
  // charCodeAt in a plain loop: an order of magnitude faster than iterating the string, which
  // matters at 50,000 pages. Surrogate pairs are joined into their code point.
  const out = new Set<number>();
  const ascii = new Uint8Array(128);
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 128) {
      if (!ascii[cp]) {
        ascii[cp] = 1;
        out.add(cp);
      }
      continue;
    }
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) cp = text.codePointAt(i++)!;
    out.add(cp);
  }
  return out;
}

function files(dir: string, ext: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files(path, ext, out);
    else if (entry.name.endsWith(ext)) out.push(path);
  }
  return out;
}

export function siteCharacters(dist: string): SiteCharacters {
  const result: SiteCharacters = { pages: new Map(), counts: new Map(), extra: new Set() };
  for (const file of files(dist, '.html')) {
    const html = readFileSync(file, 'utf8');
    const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
    result.pages.set(lang, (result.pages.get(lang) ?? 0) + 1);
    for (const cp of pageCharacters(html)) {
      const perLang = result.counts.get(cp) ?? new Map<string, number>();
      perLang.set(lang, (perLang.get(lang) ?? 0) + 1);
      result.counts.set(cp, perLang);
    }
  }
  for (const file of [...files(dist, '.css'), ...files(dist, '.js')]) {
    for (const ch of readFileSync(file, 'utf8')) if (ch.codePointAt(0)! > 0x7e) result.extra.add(ch.codePointAt(0)!);
  }
  return result;
}

/** The largest share of pages, in any one language, that show this character (0 when none does). */
export function share(site: SiteCharacters, codePoint: number): number {
  let best = 0;
  for (const [lang, n] of site.counts.get(codePoint) ?? []) best = Math.max(best, n / (site.pages.get(lang) ?? Infinity));
  return best;
}
