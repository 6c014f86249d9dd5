import { describe, expect, it } from 'vitest';
import { readContent, type RawEntry } from '../../src/validation/read-content.ts';

/**
 * One glossary: a place is named the same way in all of the site's own prose. The hosted
 * source texts keep their spellings verbatim; everything else uses each province's `name`.
 */
const entries = readContent('content');
const provinces = entries.filter((e) => e.collection === 'provinces').map((e) => e.data as {
  name: { vi: string; lo?: string };
  romanised?: string;
  aliases?: string[];
});

/** Every `vi` or `lo` text of an entry (front matter), plus MDX bodies of the matching language. */
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
  for (const entry of entries as RawEntry[]) {
    if (entry.collection === 'glossary') continue;
    walk(entry.data, entry.file);
    if ((lang === 'vi' && entry.collection === 'news') || (lang === 'lo' && entry.collection === 'newsLo')) {
      out.push({ file: entry.file, text: `${(entry.data as { title: string }).title} ${(entry.data as { summary: string }).summary} ${entry.body ?? ''}` });
    }
  }
  return out;
}

const contains = (text: string, name: string) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

describe('names read the same everywhere', () => {
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
