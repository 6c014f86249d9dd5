import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredGlossaryKeys } from '../../src/validation/glossary-terms.ts';
import { proseFields, translatedCollections, type TranslatedCollection } from '../../src/schemas/index.ts';
import { checkCommand } from '../../scripts/check-content.ts';
import { contentCopy, runCommand } from '../support/content-copy.ts';
import { rawContent } from '../support/raw-content.ts';

/**
 * One glossary: a place is named the same way in all of the site's own prose. The hosted
 * source texts keep their spellings verbatim; everything else uses each province's `name`.
 */
const { session } = rawContent();
const provinces = session.all('provinces').map((e) => e.data as {
  name: { vi: string; lo?: string };
  romanised?: string;
  aliases?: string[];
});
const pairs = Object.entries(translatedCollections) as [TranslatedCollection, (typeof translatedCollections)[TranslatedCollection]][];

/**
 * Every text of one language: `vi`/`lo` labels in the facts, and for MDX pairs the prose fields
 * and body of that language's file (.vi.mdx or .lo.mdx).
 */
function prose(lang: 'vi' | 'lo'): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (value: unknown, file: string) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, file));
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === lang && typeof inner === 'string') out.push({ file, text: inner });
        else walk(inner, file);
      }
    }
  };
  for (const [collection, entries] of session.entries) {
    if (collection === 'glossary') continue;
    for (const entry of entries.values()) walk(entry.data, entry.file);
  }
  for (const [vi, lo] of pairs) {
    for (const entry of session.all(lang === 'vi' ? vi : lo)) {
      const fields = proseFields[vi].map((k) => entry.data[k]).filter((v): v is string => typeof v === 'string');
      out.push({ file: entry.file, text: [...fields, entry.body ?? ''].join(' ') });
    }
  }
  return out;
}

const contains = (text: string, name: string) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

describe('names read the same everywhere', () => {
  it('reads the prose of every MDX pair in both languages', () => {
    // A guard against the walk above silently finding nothing after a layout change.
    expect(prose('vi').filter((p) => p.file.endsWith('.vi.mdx')).length).toBeGreaterThan(200);
    expect(prose('lo').filter((p) => p.file.endsWith('.lo.mdx')).length).toBeGreaterThan(200);
  });

  it('Vietnamese prose never uses another spelling of a province than its name', () => {
    const found = prose('vi').flatMap(({ file, text }) =>
      provinces.flatMap((p) => (p.aliases ?? []).filter((alias) => contains(text, alias)).map((alias) => `${file}: "${alias}" (use "${p.name.vi}")`)),
    );
    expect(found).toEqual([]);
  });

  it('Lao prose names provinces in Lao script, never in their Vietnamese or Latin spelling', () => {
    const found = prose('lo').flatMap(({ file, text }) =>
      provinces.flatMap((p) =>
        [p.name.vi, p.romanised, ...(p.aliases ?? [])]
          .filter((name): name is string => Boolean(name) && name !== p.name.lo)
          .filter((name) => contains(text, name))
          .map((name) => `${file}: "${name}" (use "${p.name.lo}")`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('every province has its Lao name', () => {
    expect(provinces.filter((p) => !p.name.lo).map((p) => p.name.vi)).toEqual([]);
  });
});

describe('the terms pages look up', () => {
  it('are all in the glossary, and one removed is reported on content/glossary.yaml by `npm run check`, naming the key', async () => {
    expect(session.problems.filter((p) => p.file === 'content/glossary.yaml')).toEqual([]);
    const copy = contentCopy();
    try {
      const glossary = join(copy.content, 'glossary.yaml');
      const lines = readFileSync(glossary, 'utf8').split('\n');
      expect(lines.filter((l) => l.startsWith('level-province-vn:'))).toHaveLength(1);
      writeFileSync(glossary, lines.filter((l) => !l.startsWith('level-province-vn:')).join('\n'));
      const run = await runCommand(checkCommand, [], copy.root);
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).toContain('content/glossary.yaml — Thiếu thuật ngữ "level-province-vn", cấp hành chính (level: province, country: vn)');
    } finally {
      copy.remove();
    }
  });

  it('cover every kind of key the site composes (`term(catalog, `prefix-${…}`)` in src/)', () => {
    const composed = new Set(
      globSync('src/**/*.{ts,astro}').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/term\(catalog, `([a-z-]+?)-\$\{/g)].map((m) => m[1]!)),
    );
    expect(composed.size).toBeGreaterThan(5);
    expect([...composed].filter((prefix) => !requiredGlossaryKeys.some(({ key }) => key.startsWith(`${prefix}-`)))).toEqual([]);
  });
});
