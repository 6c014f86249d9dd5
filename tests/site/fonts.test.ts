import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFaces, inRange, parseUnicodeRange } from '../../src/integrations/fonts/font-faces.ts';
import { pageCharacters } from '../../src/integrations/fonts/site-characters.ts';
import { builtPaths, DIST } from '../support/built-site.ts';

// Fonts are cut at build time to the characters the pages show (src/integrations/font-subset.ts).
const assets = join(DIST, '_astro');
const css = readdirSync(assets).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
const faces = fontFaces(css);
const source = readFileSync('src/styles/fonts.css', 'utf8');
/** unicode-range of a family's rules in the source style sheet: what the family is meant to cover. */
const sourceRange = (family: string) =>
  [...source.matchAll(/@font-face\s*\{[^}]*\}/g)]
    .map(([rule]) => rule)
    .filter((rule) => rule.includes(`'${family}'`))
    .flatMap((rule) => parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(rule)![1]!));
const covered = (family: string, cp: number) => faces.some((f) => f.family === family && inRange(f.range, cp));
const file = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const pages = builtPaths().map((path) => ({ path, html: readFileSync(file(path), 'utf8') }));

describe('web fonts cut to the site', () => {
  it('the built style sheets load only cut fonts, and those files exist', () => {
    expect(faces.length).toBeGreaterThan(4);
    for (const face of faces) {
      expect(face.url, face.family).toMatch(/-(common|rare)\.[\w-]{8}\.woff2$/);
      expect(existsSync(join(DIST, face.url)), face.url).toBe(true);
    }
    // The package files whole are gone from the build.
    expect(readdirSync(assets).filter((f) => /-wght-normal\.[\w-]+\.woff2$/.test(f))).toEqual([]);
  });

  it('every font a page preloads exists and is one of the style sheets\' fonts', () => {
    const preloads = new Set(pages.flatMap(({ html }) => [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => m[1]!)));
    expect(preloads.size).toBeGreaterThan(1);
    for (const href of preloads) {
      expect(existsSync(join(DIST, href)), href).toBe(true);
      expect(faces.map((f) => f.url), href).toContain(href);
    }
  });

  it('every Latin, Vietnamese and Lao character a page shows is in a font of its family', () => {
    const families = { 'Noto Sans Variable': sourceRange('Noto Sans Variable'), 'Noto Sans Lao Variable': sourceRange('Noto Sans Lao Variable') };
    const missing = new Map<number, string>(); // code point → first page showing it uncovered
    const checked = new Set<number>();
    for (const { path, html } of pages) {
      for (const cp of pageCharacters(html)) {
        if (cp < 0x20 || checked.has(cp)) continue;
        checked.add(cp);
        for (const [family, range] of Object.entries(families)) {
          if (inRange(range, cp) && !covered(family, cp)) missing.set(cp, `${String.fromCodePoint(cp)} U+${cp.toString(16)} (${family}, ${path})`);
        }
      }
    }
    expect([...missing.values()]).toEqual([]);
    expect(checked.size).toBeGreaterThan(150);
  }, 60_000);

  it('every printable ASCII character, which readers may type into the search box, is in a Latin face', () => {
    const uncovered = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i).filter((cp) => !covered('Noto Sans Variable', cp));
    expect(uncovered.map((cp) => String.fromCodePoint(cp))).toEqual([]);
  });

  it("the language switch's label is drawn from its own small face, not the other language's whole font", () => {
    const labels = new Map<string, Set<string>>();
    for (const { html } of pages) {
      const label = /<a\b[^>]*\slang="(\w+)"[^>]*\sdata-lang-switch[^>]*>([^<]+)</.exec(html);
      if (label) (labels.get(label[1]!) ?? labels.set(label[1]!, new Set()).get(label[1]!)!).add(label[2]!);
    }
    expect([...labels.keys()].sort()).toEqual(['lo', 'vi']);
    for (const text of labels.get('lo')!) for (const ch of text) expect(covered('Lao label', ch.codePointAt(0)!), `${ch} of "${text}"`).toBe(true);
    // "Tiếng Việt": its ASCII letters come from the Latin face every page loads, the rest from the label face.
    for (const text of labels.get('vi')!) for (const ch of text) if (ch.codePointAt(0)! > 0x7e) expect(covered('Vietnamese label', ch.codePointAt(0)!), `${ch} of "${text}"`).toBe(true);
    const labelFaces = faces.filter((f) => f.family.endsWith(' label'));
    expect(labelFaces.map((f) => f.weight)).toEqual([[400, 400], [400, 400]]);
  });
});
