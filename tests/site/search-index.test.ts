import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { builtSearchFacts, indexSearch } from '../../scripts/index-search.ts';
import { describe, expect, it } from 'vitest';
import { preparePage } from '../../scripts/search/prepare-page.ts';
import { searchFacts } from '../../src/lib/search-facts.ts';
import { builtPages, DIST } from '../support/built-site.ts';
import { searchContent } from '../support/raw-content.ts';

const pages = builtPages();
/** The facts the build wrote from its catalog: what the indexer reads (nothing re-reads content/ after the build). */
const facts = builtSearchFacts(DIST);
const index = join(DIST, 'pagefind');

describe('the search index of the built site', () => {
  it('is made from facts the build wrote from the content, the same as the content gives', () => {
    const byPath = (map: Map<string, object>) => [...map].sort(([a], [b]) => a.localeCompare(b));
    expect(byPath(facts)).toEqual(byPath(searchFacts(searchContent())));
  });

  it('has one index per language, each with every agreement, task, article, document, province and agency', () => {
    const entry = JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, { page_count: number }> };
    expect(entry.version).toBe('1.5.2');
    expect(Object.keys(entry.languages).sort()).toEqual(['lo', 'vi']);
    expect(entry.languages.vi!.page_count).toBe(facts.size);
    expect(entry.languages.lo!.page_count).toBe(facts.size);
  });

  it('ships the engine and the index, not Pagefind\'s own search UI', () => {
    const files = readdirSync(index);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind', 'index', 'fragment', 'filter']));
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
    // Small index chunks, so that a query downloads little (scripts/index-search.ts).
    const chunks = readdirSync(join(index, 'index'));
    expect(chunks.length).toBeGreaterThan(20);
  });

  it('gives result addresses under the site\'s folder when built with SITE_BASE', async () => {
    const out = mkdtempSync(join(tmpdir(), 'search-base-'));
    const saved = process.env.SITE_BASE;
    process.env.SITE_BASE = '/hop-tac/';
    try {
      await indexSearch(DIST, out);
    } finally {
      if (saved === undefined) delete process.env.SITE_BASE;
      else process.env.SITE_BASE = saved;
    }
    const urls = readdirSync(join(out, 'fragment')).map((f) => (JSON.parse(gunzipSync(readFileSync(join(out, 'fragment', f))).toString('utf8').slice('pagefind_dcd'.length)) as { url: string }).url);
    rmSync(out, { recursive: true, force: true });
    expect(urls).toHaveLength(2 * facts.size);
    expect(urls.filter((u) => !/^\/hop-tac\/(vi|lo)\/[a-z]+\/.+\/$/.test(u))).toEqual([]);
  }, 60_000);

  it('leaves the pages on disk free of search markup', () => {
    const marked = [...pages].filter(([, doc]) => doc.querySelector('[data-pagefind-body], [data-pagefind-meta], [data-pagefind-filter]')).map(([p]) => p);
    expect(marked).toEqual([]);
  });
});

describe('a page as handed to the indexer', () => {
  const lao = '/lo/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-2-1/';
  const prepared = preparePage(readFileSync(join(DIST, lao, 'index.html'), 'utf8'), facts.get('/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-2-1/')!, 'lo');

  it('indexes <main> only, with Lao split into syllables', () => {
    expect(prepared).toMatch(/<main data-pagefind-body/);
    // The text Pagefind reads: inline tags (names kept whole on one line, <span class="nowrap">) join it.
    const main = prepared.slice(prepared.indexOf('<main'), prepared.indexOf('</main>')).replace(/<[^>]*>/g, '');
    // Each syllable ends with U+0EDF (src/lib/search-text.ts).
    expect(main).toContain('ນັກ\u0EDF ສຶກ\u0EDF ສາ\u0EDF ແຂວງ\u0EDF ຊຽງ\u0EDF ຂວາງ\u0EDF');
    expect(main).not.toContain('ນັກສຶກສາແຂວງຊຽງຂວາງ');
  });

  it('carries its facts as filters and meta, never as searchable words of the page', () => {
    const head = prepared.slice(0, prepared.indexOf('</head>'));
    for (const [name, value] of [['type', 'milestone'], ['area', 'education'], ['province', 'xiangkhouang'], ['year', '2023'], ['agreement', 'tuyen-quang-xiangkhouang-2021-2025'], ['precision', 'period']]) {
      expect(head).toContain(`<meta data-pagefind-filter="${name}[content]" content="${value}">`);
    }
    expect(head).toContain('<meta data-pagefind-meta="date[content]" content="2021–2025">');
  });

  it('leaves out the labels of facts and, on a task page, the link to its agreement (shown from the facts)', () => {
    expect(prepared).toMatch(/<dt data-pagefind-ignore>/);
    expect(prepared).not.toMatch(/<dt>/);
    expect(prepared).toMatch(/<a data-pagefind-ignore href="\/lo\/agreements\/tuyen-quang-xiangkhouang-2021-2025\/">/);
  });

  it('leaves out what every task page repeats, and keeps the words of the task itself', () => {
    const html = readFileSync(join(DIST, lao, 'index.html'), 'utf8');
    // Status and its "as of" date, the source link and quoted passage, the history heading and "no report yet".
    const repeated = ['data-status="', 'data-status-as-of', 'data-source-link', 'data-source-quote', 'id="history"', 'data-no-history', 'data-not-stated'].filter((a) => html.includes(a));
    expect(repeated.length).toBeGreaterThanOrEqual(5);
    for (const attribute of repeated) expect(prepared, attribute).toMatch(new RegExp(`<\\w+ data-pagefind-ignore[^>]*${attribute}`));
    // Title and lead bodies stay in the index.
    expect(prepared).toMatch(/<h1 (?!data-pagefind-ignore)/);
    expect(prepared).toMatch(/<dd data-lead>/);
  });

  it('leaves out lists of other pages and the print-only header', () => {
    const agency = '/vi/agencies/truong-dai-hoc-tan-trao/';
    const html = preparePage(readFileSync(join(DIST, agency, 'index.html'), 'utf8'), facts.get('/agencies/truong-dai-hoc-tan-trao/')!, 'vi');
    expect(html).toMatch(/<li data-pagefind-ignore[^>]*data-milestone=/);
    expect(html).not.toMatch(/<li (?!data-pagefind-ignore)[^>]*data-milestone=/);
    if (html.includes('data-print-source')) expect(html).toMatch(/<p data-pagefind-ignore[^>]*data-print-source/);
  });
});

describe('the search page', () => {
  it.each(['vi', 'lo'])('(%s) is a labelled GET form with one script, the only one on the site', (lang) => {
    const doc = pages.get(`/${lang}/search/`)!;
    const form = doc.querySelector('form#search-form')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe(`/${lang}/search/`);
    expect(form.getAttribute('role')).toBe('search');
    expect(doc.querySelector('label[for="search-q"]')?.text.trim().length).toBeGreaterThan(0);
    expect(doc.querySelector('input#search-q')?.getAttribute('name')).toBe('q');
    expect(doc.querySelectorAll('script[src]').map((s) => s.getAttribute('type'))).toEqual(['module']);
    expect(doc.querySelector('noscript')).not.toBeNull();
    const src = doc.querySelector('script[src]')!.getAttribute('src')!;
    expect(existsSync(join(DIST, src))).toBe(true);
  });

  it('is linked from the main navigation of every page that has one', () => {
    const withNav = [...pages].filter(([p, doc]) => /^\/(vi|lo)\//.test(p) && doc.querySelector('body > header nav'));
    expect(withNav.length).toBeGreaterThan(500);
    const without = withNav.filter(([p, doc]) => !doc.querySelector(`body > header nav a[href="/${p.slice(1, 3)}/search/"]`)).map(([p]) => p);
    expect(without).toEqual([]);
  });
});
