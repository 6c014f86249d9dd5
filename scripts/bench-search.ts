// Search benchmark: `node scripts/bench-search.ts [--outDir dist]`, also run by `npm run bench`
// on each set it builds. Drives the real search page in Chromium against a built, indexed site
// served by deploy/nginx.conf on 127.0.0.1 (bytes on the wire, headers included) and prints:
//   index size; bytes a query transfers, for a new visitor (engine + index chunks + results) and
//   within a session (chunks already loaded); time from the query to the rendered results.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { startNginx } from '../tests/support/nginx.ts';

/** Typical queries: names, places, topics, a document number; Lao words from inside phrases. */
export const benchQueries: { lang: 'vi' | 'lo'; q: string }[] = [
  { lang: 'vi', q: 'hop tac giao duc' },
  { lang: 'vi', q: 'đào tạo' },
  { lang: 'vi', q: 'Xiêng Khoảng' },
  { lang: 'vi', q: 'du lich' },
  { lang: 'vi', q: '110/KH-UBND' },
  { lang: 'vi', q: 'Sở Y tế' },
  { lang: 'vi', q: 'tập huấn cán bộ' },
  { lang: 'vi', q: 'nong nghiep' },
  { lang: 'lo', q: 'ຊຽງຂວາງ' },
  { lang: 'lo', q: 'ການສຶກສາ' },
  { lang: 'lo', q: 'ຝຶກອົບຮົມ' },
  { lang: 'lo', q: 'ທ່ອງທ່ຽວ' },
  { lang: 'lo', q: 'ສາທາລະນະສຸກ' },
  { lang: 'lo', q: 'ກະສິກຳ' },
  { lang: 'lo', q: 'ນັກສຶກສາ' },
  { lang: 'lo', q: 'ພະແນກການຕ່າງປະເທດ' },
];

export interface SearchBench {
  indexBytes: number;
  indexFiles: number;
  engineBytes: number;
  /** Per query: bytes for a new visitor (engine included), bytes within a session, ms to results. */
  queries: { lang: string; q: string; results: number; coldBytes: number; warmBytes: number; ms: number; indexBytes: number; fragmentBytes: number }[];
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const sub = folderSize(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

/** Opens the search page with a byte counter; `typed` searches and waits for the results. */
async function openSearch(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Bytes on the wire, as Chromium counts them (headers and the body as sent).
  let bytes = 0;
  const parts = { index: 0, fragments: 0 };
  const urls = new Map<string, string>();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    const url = urls.get(e.requestId) ?? '';
    if (url.includes('.pf_index')) parts.index += e.encodedDataLength;
    if (url.includes('.pf_fragment')) parts.fragments += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const settle = async () => {
    await page.waitForLoadState('networkidle');
  };
  return {
    page,
    async take() {
      await settle();
      const taken = bytes;
      bytes = 0;
      return taken;
    },
    /** Of the bytes taken since the last call: index chunks and result fragments. */
    parts() {
      const taken = { ...parts };
      parts.index = 0;
      parts.fragments = 0;
      return taken;
    },
    async typed(q: string) {
      await page.fill('#search-q', '');
      await page.evaluate(() => delete document.querySelector<HTMLElement>('#search-results')!.dataset.searchMs);
      await page.fill('#search-q', q);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')!.dataset.searchMs !== undefined || /…|\.$/.test(document.querySelector('#search-status')!.textContent ?? ''), undefined, { timeout: 15_000 });
      return page.evaluate(() => ({
        ms: Number(document.querySelector<HTMLElement>('#search-results')!.dataset.searchMs ?? NaN),
        results: Number(/\d+/.exec(document.querySelector('#search-status')!.textContent ?? '')?.[0] ?? 0),
      }));
    },
    close: () => context.close(),
  };
}

export async function benchSearch(dist: string, queries = benchQueries): Promise<SearchBench> {
  const index = join(dist, 'pagefind');
  if (!existsSync(index)) throw new Error(`no search index in ${dist}: run "node scripts/index-search.ts --outDir ${dist}"`);
  const size = folderSize(index);
  const server = await startNginx(dist);
  const browser = await launchBrowser();
  try {
    const result: SearchBench = { indexBytes: size.bytes, indexFiles: size.files, engineBytes: 0, queries: [] };
    for (const lang of ['vi', 'lo'] as const) {
      const mine = queries.filter((q) => q.lang === lang);
      // Within a session: one page, the queries one after another.
      const session = await openSearch(browser, `${server.url}/${lang}/search/`);
      await session.take();
      await session.page.focus('#search-q');
      await session.page.waitForSelector('#search-form[data-engine="ready"]');
      result.engineBytes = Math.max(result.engineBytes, await session.take());
      const warm: { bytes: number; ms: number; results: number }[] = [];
      for (const { q } of mine) {
        const { ms, results } = await session.typed(q);
        warm.push({ bytes: await session.take(), ms, results });
      }
      await session.close();
      // A new visitor per query: everything the first search needs.
      for (const [i, { q }] of mine.entries()) {
        const visitor = await openSearch(browser, `${server.url}/${lang}/search/`);
        await visitor.take();
        visitor.parts();
        await visitor.page.focus('#search-q');
        await visitor.typed(q);
        const coldBytes = await visitor.take();
        const { index: indexBytes, fragments: fragmentBytes } = visitor.parts();
        result.queries.push({ lang, q, results: warm[i]!.results, coldBytes, warmBytes: warm[i]!.bytes, ms: warm[i]!.ms, indexBytes, fragmentBytes });
        await visitor.close();
      }
    }
    return result;
  } finally {
    await browser.close();
    await server.stop();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const max = (xs: number[]) => Math.max(...xs);

export function printSearchBench(label: string, r: SearchBench) {
  console.log(`\n▶ search (${label})`);
  console.log(`  index: ${kb(r.indexBytes)} in ${r.indexFiles} files; engine on first focus (pagefind.js, WebAssembly, metadata): ${kb(r.engineBytes)}`);
  console.log(`  ${'query'.padEnd(24)} ${'results'.padStart(7)} ${'new visitor'.padStart(12)} ${'(index'.padStart(9)} ${'results)'.padStart(9)} ${'in session'.padStart(11)} ${'ms'.padStart(5)}`);
  for (const q of r.queries) {
    console.log(`  ${`${q.lang} ${q.q}`.padEnd(24)} ${String(q.results).padStart(7)} ${kb(q.coldBytes).padStart(12)} ${kb(q.indexBytes).padStart(9)} ${kb(q.fragmentBytes).padStart(9)} ${kb(q.warmBytes).padStart(11)} ${String(q.ms).padStart(5)}`);
  }
  const cold = r.queries.map((q) => q.coldBytes - r.engineBytes);
  console.log(`  bytes per query after the engine is loaded: median ${kb(median(cold))}, max ${kb(max(cold))} (new visitor); median ${kb(median(r.queries.map((q) => q.warmBytes)))} within a session`);
  console.log(`  time to results: median ${median(r.queries.map((q) => q.ms))} ms, max ${max(r.queries.map((q) => q.ms))} ms (in the page, from the query to the rendered list)`);
}

if (import.meta.main) {
  const i = process.argv.indexOf('--outDir');
  const dist = i > 0 ? process.argv[i + 1]! : process.env.DIST_DIR ?? 'dist';
  try {
    printSearchBench(dist, await benchSearch(dist));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
