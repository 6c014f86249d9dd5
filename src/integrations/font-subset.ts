import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { fontFaces, inRange, rewriteFace, type FontFace } from './fonts/font-faces.ts';
import { share, siteCharacters, type SiteCharacters } from './fonts/site-characters.ts';

/**
 * Cuts the site's web fonts down to the characters its pages show, once the build is done
 * (fonts are most of a first visit's bytes). For each @font-face of the built style sheets that
 * loads a woff2 file:
 *   - the characters of its unicode-range that some page shows (plus printable ASCII, for what
 *     readers type into the search box) are kept, with HarfBuzz's subsetter (subset-font);
 *   - they are split in two files: the characters most pages of a language show ("common"), and
 *     the rest, each rule's unicode-range narrowed to its file's characters, so a page downloads
 *     the second file only when it shows one of those characters (or a reader types one: the
 *     ASCII punctuation few pages show, such as "@", "|" or "?", is there too);
 *   - the weight axis of a variable font is limited to the weights the rules of that family
 *     declare (400 700: the deltas outside go); a family with one weight gets a static instance;
 *   - only the OpenType features browsers apply by default are kept (no small caps, old-style
 *     figures…, which the site never asks for).
 * New files are named by their content's hash (they are cached for a year, see
 * deploy/nginx.conf), style sheets and pages (font preloads) point at them, the originals go.
 */

/** A character is "common" when at least this share of one language's pages show it. */
const COMMON_SHARE = Number(process.env.FONT_COMMON_SHARE ?? 0.02);

/** Features browsers apply by default (HarfBuzz's defaults for Latin and Lao, and variable fonts' rvrn). */
const FEATURES = ['ccmp', 'locl', 'rvrn', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rclt', 'curs', 'dist', 'abvm', 'blwm', 'abvs', 'blws'];
/** Tables browsers do not need: style attributes for font menus, and advance deltas they can compute from gvar. */
const DROP = ['STAT', 'HVAR'];

const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

interface Cut {
  face: FontFace;
  tier: 'common' | 'rare';
  codePoints: number[];
  file: string;
}

function filesIn(dir: string, ext: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesIn(path, ext, out);
    else if (entry.name.endsWith(ext)) out.push(path);
  }
  return out;
}

/** The characters of a face, split into the common and the rare ones. */
function tiers(face: FontFace, site: SiteCharacters): Record<Cut['tier'], number[]> {
  const shown = new Set([...ASCII, ...site.counts.keys(), ...site.extra]);
  const mine = [...shown].filter((cp) => inRange(face.range, cp)).sort((a, b) => a - b);
  return {
    // ASCII too goes by share: in the file every page loads, the printable ASCII that few pages
    // show cost more than it saves (18 characters, 1.8 kB, on 4 Dec 2026); a page or a search
    // that shows one loads the rare file.
    common: mine.filter((cp) => share(site, cp) >= COMMON_SHARE),
    rare: mine.filter((cp) => share(site, cp) < COMMON_SHARE),
  };
}

export async function subsetSiteFonts(dist: string, assets = '_astro') {
  const site = siteCharacters(dist);
  const sheets = filesIn(dist, '.css').map((path) => ({ path, css: readFileSync(path, 'utf8') }));
  const faces = sheets.flatMap((s) => fontFaces(s.css));
  const made = new Map<string, string>(); // cache key → new file name
  const sources = new Set<string>();
  const cuts = new Map<string, Cut[]>(); // rule → its cuts

  for (const face of faces) {
    if (cuts.has(face.rule)) continue;
    const source = join(dist, assets, basename(face.url));
    if (!existsSync(source)) throw new Error(`font-subset: ${face.url} (in an @font-face of ${face.family}) is not in ${assets}/`);
    sources.add(source);
    // One variable file serves all the weights of a family (local() sources differ by weight).
    const family = faces.filter((f) => f.family === face.family && f.url === face.url);
    const min = Math.min(...family.map((f) => f.weight[0]));
    const max = Math.max(...family.map((f) => f.weight[1]));
    const wght = min === max ? min : { min, max };
    const list: Cut[] = [];
    for (const [tier, codePoints] of Object.entries(tiers(face, site)) as [Cut['tier'], number[]][]) {
      if (codePoints.length === 0) continue;
      const key = JSON.stringify([source, wght, codePoints]);
      let file = made.get(key);
      if (!file) {
        const font = await subsetFont(readFileSync(source), String.fromCodePoint(...codePoints), {
          targetFormat: 'woff2',
          keepFeatures: FEATURES,
          dropTables: DROP,
          variationAxes: { wght },
        });
        const stem = basename(source).replace(/\.[\w-]+\.woff2$/, '').replace(/-wght-normal$/, '');
        file = `${stem}-${typeof wght === 'number' ? wght : `${min}-${max}`}-${tier}.${createHash('sha256').update(font).digest('base64url').slice(0, 8)}.woff2`;
        writeFileSync(join(dist, assets, file), font);
        made.set(key, file);
      }
      list.push({ face, tier, codePoints, file });
    }
    cuts.set(face.rule, list);
  }

  for (const sheet of sheets) {
    let css = sheet.css;
    for (const [rule, list] of cuts) {
      if (!css.includes(rule)) continue;
      const dir = list[0]!.face.url.slice(0, list[0]!.face.url.lastIndexOf('/') + 1);
      css = css.replace(rule, list.map((c) => rewriteFace(c.face, dir + c.file, c.codePoints)).join(''));
    }
    if (css !== sheet.css) writeFileSync(sheet.path, css);
  }

  // Pages preload fonts by their original names: each becomes the common file of the largest cut from it.
  const renamed = new Map<string, string>();
  for (const source of sources) {
    const common = [...cuts.values()].flat().filter((c) => c.tier === 'common' && basename(c.face.url) === basename(source));
    const main = common.sort((a, b) => b.codePoints.length - a.codePoints.length)[0];
    if (main) renamed.set(basename(source), main.file);
  }
  let pages = 0;
  for (const file of filesIn(dist, '.html')) {
    const html = readFileSync(file, 'utf8');
    let out = html;
    for (const [from, to] of renamed) out = out.replaceAll(from, to);
    if (out !== html) {
      writeFileSync(file, out);
      pages++;
    }
  }
  for (const source of sources) rmSync(source);
  const sizes = [...new Set(made.values())].map((f) => `${f} ${(readFileSync(join(dist, assets, f)).length / 1024).toFixed(1)} KiB`);
  return { files: sizes, pages };
}

export function fontSubset(): AstroIntegration {
  let assets = '_astro';
  return {
    name: 'font-subset',
    hooks: {
      'astro:config:done': ({ config }) => {
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, pages } = await subsetSiteFonts(fileURLToPath(dir), assets);
        logger.info(`fonts cut to the characters the pages show: ${files.join(', ')}; preloads updated in ${pages} pages`);
      },
    },
  };
}
