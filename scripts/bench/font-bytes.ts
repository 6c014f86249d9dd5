// Font files a first visit downloads, for every content page rather than one per template: each
// page's characters (as the font cut reads them) against the built @font-face rules. Chromium
// measures one page per template (./page-weight.ts); this shows how the font split serves the
// rest. File sizes only: response headers (about 0.25 kB a file here) are not counted.
// `node scripts/bench/font-bytes.ts [dist]`; `npm run bench` and ./page-weight.ts print it too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fontFaces, inRange } from '../../src/integrations/fonts/font-faces.ts';
import { pageCharacters } from '../../src/integrations/fonts/site-characters.ts';
import { builtPaths } from '../../tests/support/built-site.ts';
import { CONTENT_PAGE_TEMPLATES, templateOf } from '../../tests/support/templates.ts';

/** The families the pages' text is set in (src/styles/global.css), and the language switch's label faces. */
const TEXT_FAMILIES = ['Noto Sans Variable', 'Noto Sans Lao Variable'];
const LABEL_FAMILY = { vi: 'Lao label', lo: 'Vietnamese label' } as const;
/** The switch's label is drawn from its own face, so its letters do not count for the text faces. */
const SWITCH_LABEL = /(<a\b[^>]*\sdata-lang-switch[^>]*>)[^<]*/g;

export interface PageFonts {
  lang: 'vi' | 'lo';
  path: string;
  bytes: number;
}

export function fontBytesByPage(dist: string, assets = '_astro'): PageFonts[] {
  const dir = join(dist, assets);
  const css = readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const faces = fontFaces(css).map((face) => ({ ...face, bytes: statSync(join(dir, basename(face.url))).size }));
  const out: PageFonts[] = [];
  for (const path of builtPaths(dist)) {
    const lang = path.startsWith('/vi/') ? 'vi' : path.startsWith('/lo/') ? 'lo' : undefined;
    if (!lang || !CONTENT_PAGE_TEMPLATES.includes(templateOf(path) ?? '')) continue;
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const shown = pageCharacters(html.replace(SWITCH_LABEL, '$1'));
    const files = new Map<string, number>();
    for (const face of faces) {
      const needed = face.family === LABEL_FAMILY[lang] || (TEXT_FAMILIES.includes(face.family) && [...shown].some((cp) => inRange(face.range, cp)));
      if (needed) files.set(face.url, face.bytes);
    }
    out.push({ lang, path, bytes: [...files.values()].reduce((a, b) => a + b, 0) });
  }
  return out;
}

const kB = (n: number) => (n / 1000).toFixed(1);

export function printFontBytes(label: string, pages: PageFonts[]) {
  console.log(`\n▶ font files per first visit, every content page (${label}; file sizes, no headers)`);
  for (const lang of ['vi', 'lo'] as const) {
    const sizes = pages.filter((p) => p.lang === lang).map((p) => p.bytes).sort((a, b) => a - b);
    if (sizes.length === 0) continue;
    const at = (q: number) => sizes[Math.min(sizes.length - 1, Math.floor(sizes.length * q))]!;
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    console.log(`  ${lang}: ${sizes.length} pages; median ${kB(at(0.5))} kB, mean ${kB(mean)} kB, 90th percentile ${kB(at(0.9))} kB, max ${kB(sizes.at(-1)!)} kB`);
  }
}

if (import.meta.main) {
  const dist = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
  printFontBytes(dist, fontBytesByPage(dist));
}
