import { describe, expect, it } from 'vitest';
import { fontFaces, formatUnicodeRange, parseUnicodeRange, rewriteFace } from '../../src/integrations/fonts/font-faces.ts';
import { pageCharacters } from '../../src/integrations/fonts/site-characters.ts';

describe('@font-face rules of a built style sheet', () => {
  const css =
    '.a{color:red}@font-face{font-family:Noto Sans Variable;font-display:swap;font-weight:400 700;src:url(/_astro/noto-sans-latin.X1.woff2)format("woff2-variations");unicode-range:U+0000-00FF,U+0131,U+1E??}' +
    "@font-face{font-family:'Lao label';font-weight:400;src:local(Phetsarath OT),url(/_astro/lao.Y2.woff2)format(\"woff2\")}@font-face{font-family:x;src:url(/a.ttf)}";

  it('reads family, weights, file and unicode-range; skips rules without a woff2 file', () => {
    const faces = fontFaces(css);
    expect(faces.map(({ family, weight, url }) => ({ family, weight, url }))).toEqual([
      { family: 'Noto Sans Variable', weight: [400, 700], url: '/_astro/noto-sans-latin.X1.woff2' },
      { family: 'Lao label', weight: [400, 400], url: '/_astro/lao.Y2.woff2' },
    ]);
    expect(faces[0]!.range).toEqual([[0, 0xff], [0x131, 0x131], [0x1e00, 0x1eff]]);
    expect(faces[1]!.range).toBeUndefined();
  });

  it('writes code points as a compact unicode-range and reads it back', () => {
    const value = formatUnicodeRange([0x41, 0x20, 0x21, 0x22, 0x1ec7, 0x41]);
    expect(value).toBe('U+20-22,U+41,U+1EC7');
    expect(parseUnicodeRange(value)).toEqual([[0x20, 0x22], [0x41, 0x41], [0x1ec7, 0x1ec7]]);
    expect(() => parseUnicodeRange('U+XYZ')).toThrow(/cannot read "U\+XYZ"/);
  });

  it('rewrites a rule with another file and range, or adds the range', () => {
    const [latin, label] = fontFaces(css);
    expect(rewriteFace(latin!, '/_astro/cut.Z.woff2', [0x61, 0x62])).toContain('src:url(/_astro/cut.Z.woff2)format("woff2-variations");unicode-range:U+61-62}');
    expect(rewriteFace(label!, '/_astro/l.woff2', [0xe9e])).toMatch(/url\(\/_astro\/l\.woff2\)format\("woff2"\);unicode-range:U\+E9E\}$/);
  });
});

describe('characters a page shows', () => {
  it('takes text and shown attributes, not the head, scripts, styles, comments or tag names', () => {
    const html = '<html lang="vi"><head><title>Ω</title></head><body><!-- ž --><script>"ß"</script><style>b::after{content:"¤"}</style><p class="é">Đ&amp;&#x1EC7;𝐀</p><input placeholder="ổ" value="ạ"></body></html>';
    const shown = [...pageCharacters(html)].map((cp) => String.fromCodePoint(cp)).join('');
    for (const ch of ['Đ', '&', 'ệ', 'ổ', 'ạ', '𝐀']) expect(shown).toContain(ch);
    for (const ch of ['Ω', 'ž', 'ß', '¤', 'é', 'p', 'l']) expect(shown).not.toContain(ch);
  });
});
