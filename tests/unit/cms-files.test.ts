// How the CMS writes files (src/cms/frontmatter.ts, used by the CMS in the browser and by scripts),
// and the translatedFrom hash it computes in the browser.
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatFrontmatter, formatYaml, parseFrontmatter } from '../../src/cms/frontmatter.ts';
import { translationHash } from '../../src/lib/translation-hash.ts';
import { translationHashAsync } from '../../src/cms/translation-hash.ts';
import { parse } from 'yaml';

describe('frontmatter as the CMS writes it', () => {
  test('every fixture file reads back and writes out unchanged, so saving an untouched entry changes nothing', () => {
    const files = globSync('tests/cms/fixture/content/**/*.{mdx,yaml}');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const written = file.endsWith('.yaml') ? formatYaml(parse(text)) : (() => {
        const { data, body } = parseFrontmatter(text);
        return formatFrontmatter({ ...data, body });
      })();
      expect(written, file).toBe(text);
    }
  });

  test('long text stays on one line, keys follow the given order, empty fields are left out', () => {
    const long = 'Tiếp nhận 50 học sinh, sinh viên tỉnh Xiêng Khoảng đến học tập tại Trường Đại học Tân Trào và 50 học sinh, sinh viên học nghề ngắn hạn.';
    const text = formatFrontmatter({ summary: long, when: '', areas: [], title: 'Tên', source: { document: 'd', item: undefined }, body: 'Đoạn.' }, ['title', 'summary']);
    expect(text).toBe(`---\ntitle: Tên\nsummary: ${long}\nsource:\n  document: d\n---\n\nĐoạn.\n`);
    expect(parseFrontmatter(text)).toEqual({ data: { title: 'Tên', summary: long, source: { document: 'd' } }, body: 'Đoạn.\n' });
  });

  test('dates and ids that look like numbers or dates stay what they are', () => {
    const text = formatFrontmatter({ date: '2023-05-19', when: '2023', section: 'II.1', body: '' });
    expect(text).toBe("---\ndate: 2023-05-19\nwhen: \"2023\"\nsection: II.1\n---\n");
    expect(parseFrontmatter(text).data).toEqual({ date: '2023-05-19', when: '2023', section: 'II.1' });
  });
});

describe('translatedFrom, as the CMS computes it in the browser', () => {
  // The site's own fingerprint (Node's crypto): the browser's must give the same value.
  const spec = (title: string, summary: string | undefined, body: string) => translationHash([title, summary], body);

  test.each([
    ['Tiêu đề', 'Tóm tắt', 'Nội dung.\n'],
    ['Tiêu đề', undefined, ''],
    // The same words typed with combining accents (NFD) give the same hash.
    ['Tie\u0302\u0301u \u0111e\u0302\u0300', 'x', '  y  '],
  ])('%s / %s', async (title, summary, body) => {
    const hash = await translationHashAsync([title, summary], body);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(hash).toBe(spec(title, summary, body));
  });

  test('changes when the Vietnamese text changes', async () => {
    const a = await translationHashAsync(['A', 'B'], 'C');
    expect(await translationHashAsync(['A', 'B'], 'C.')).not.toBe(a);
  });
});
