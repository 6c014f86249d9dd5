import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, parseFuzzyDate } from '../../src/lib/fuzzy-date.ts';

/**
 * The vendored CSL styles and locales (src/citation-styles/): well-formed XML, each with its
 * CC BY-SA licence and credits kept, and our Lao locale complete for the two styles.
 */
const DIR = 'src/citation-styles';
const files = readdirSync(DIR).filter((f) => /\.(csl|xml)$/.test(f));
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['term', 'author', 'translator'].includes(name) });
type Info = { rights?: { license?: string; '#text'?: string }; author?: unknown[]; translator?: unknown[]; title?: string };
const parsed = (file: string) => parser.parse(read(file)) as { style?: { info: Info; 'default-locale'?: string }; locale?: { info: Info; 'xml:lang': string; terms: { term: { name: string; form?: string }[] } } };
const CC_BY_SA = 'http://creativecommons.org/licenses/by-sa/3.0/';

/** Term names a style asks for by name: `term="…"` attributes, plus those citeproc-js takes for names and dates. */
const termsUsed = (xml: string) => new Set([...xml.matchAll(/\bterm="([^"]+)"/g)].map((m) => m[1]!));
const termsIn = (file: string) => new Set(parsed(file).locale!.terms.term.map((t) => t.name));

describe('vendored CSL files', () => {
  it('are the two styles and three locales the README lists', () => {
    expect(files.sort()).toEqual(['apa.csl', 'locales-en-US.xml', 'locales-lo-LA.xml', 'locales-vi-VN.xml', 'vietnam-ministry-of-education-and-training-vi.csl']);
    const readme = read('README.md');
    for (const file of files) expect(readme, file).toContain(`\`${file}\``);
  });

  it.each(files)('%s is well-formed XML with its CC BY-SA 3.0 licence and credits in <info>', (file) => {
    expect(XMLValidator.validate(read(file)), file).toBe(true);
    const root = parsed(file);
    const info = (root.style ?? root.locale)!.info;
    expect(info.rights?.license, file).toBe(CC_BY_SA);
    expect(info.rights?.['#text'], file).toMatch(/Creative Commons Attribution-ShareAlike 3\.0/);
    expect((info.author ?? info.translator ?? []).length, file).toBeGreaterThan(0);
  });

  it('keep the published styles’ identity; the ministry style says what was changed', () => {
    expect(read('apa.csl')).toContain('<id>http://www.zotero.org/styles/apa</id>');
    const moet = read('vietnam-ministry-of-education-and-training-vi.csl');
    expect(moet).toContain('<id>http://www.zotero.org/styles/vietnam-ministry-of-education-and-training-vi</id>');
    expect(parsed('vietnam-ministry-of-education-and-training-vi.csl').style!['default-locale']).toBe('vi-VN');
    expect(moet).not.toContain('prefix="accessed: "');
    expect(moet).toMatch(/<!-- Vendored from https:\/\/github\.com\/citation-style-language\/styles[\s\S]*One change[\s\S]*-->/);
  });
});

describe('the Lao locale', () => {
  const lao = parsed('locales-lo-LA.xml').locale!;

  it('is lo-LA, derived from en-US: every term it defines is an en-US term', () => {
    expect(lao['xml:lang']).toBe('lo-LA');
    const english = termsIn('locales-en-US.xml');
    expect([...termsIn('locales-lo-LA.xml')].filter((name) => !english.has(name))).toEqual([]);
  });

  it('defines every term the two styles ask for by name, and the months, "and", "et-al", "no date"', () => {
    const wanted = new Set([
      ...termsUsed(read('apa.csl')),
      ...termsUsed(read('vietnam-ministry-of-education-and-training-vi.csl')),
      'and', 'et-al', 'no date', 'open-quote', 'close-quote',
      ...Array.from({ length: 12 }, (_, i) => `month-${String(i + 1).padStart(2, '0')}`),
    ]);
    const defined = termsIn('locales-lo-LA.xml');
    expect([...wanted].filter((name) => !defined.has(name))).toEqual([]);
  });

  it('names the months as the site does in Lao dates', () => {
    const months = Object.fromEntries(lao.terms.term.filter((t) => t.name.startsWith('month-') && !t.form).map((t) => [t.name, (t as unknown as { '#text': string })['#text']]));
    for (let m = 1; m <= 12; m++) {
      const parsedDate = parseFuzzyDate(`2026-${String(m).padStart(2, '0')}-15`);
      if (!parsedDate.ok) throw new Error(`date 2026-${m}-15 not parsed`);
      expect(formatFuzzyDate(parsedDate.value, 'lo')).toBe(`15 ${months[`month-${String(m).padStart(2, '0')}`]} 2026`);
    }
  });
});
