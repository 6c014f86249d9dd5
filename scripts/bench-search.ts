// Search benchmark: `node scripts/bench-search.ts [--outDir dist]`, also run by `npm run bench`
// on each set it builds. Drives the real search page in Chromium against a built, indexed site
// served by deploy/nginx.conf on 127.0.0.1 (bytes on the wire, headers included) and prints:
//   index size; what the engine loads on first focus; bytes a query transfers for a new visitor
//   once the engine is ready (by kind: index chunks, filter chunks, result fragments) and within a
//   session (chunks already loaded); time from the query to the rendered results, both ways, and
//   the page's own steps of it (finding the pages, loading their text, rendering).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { startNginx } from '../tests/support/nginx.ts';
import { SEARCH_STEPS, type SearchStep } from '../src/scripts/search/steps.ts';

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
  /** What a new visitor loads on first focus of the field, before any query: pagefind.js, WebAssembly, entry, metadata. */
  engineBytes: number;
  engineParts: Record<Kind, number>;
  /** Milliseconds from the first focus to the engine being ready, per new visitor. */
  engineMs: number[];
  /**
   * Per query: `cold*` for a new visitor whose engine is loaded (nothing of the index cached),
   * `warm*` within one session after the other queries of its language; ms to the rendered list,
   * and the page's own steps of it (src/scripts/search/steps.ts).
   */
  queries: { lang: string; q: string; results: number; coldBytes: number; coldParts: Record<Kind, number>; coldMs: number; coldSteps: Steps; warmBytes: number; warmMs: number; warmSteps: Steps }[];
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

/** Pagefind's files by what they hold; a query loads word-index chunks, filter chunks and one fragment per result shown. */
const KINDS = { entry: /pagefind-entry\.json/, meta: /\.pf_meta/, engine: /pagefind\.js|\.pagefind$|wasm/, index: /\.pf_index/, filter: /\.pf_filter/, fragment: /\.pf_fragment/ } as const;
export type Kind = keyof typeof KINDS;
const noParts = (): Record<Kind, number> => ({ entry: 0, meta: 0, engine: 0, index: 0, filter: 0, fragment: 0 });
function kindOf(url: string): Kind | undefined {
  const path = new URL(url, 'http://x').pathname;
  if (!path.includes('/pagefind/')) return undefined;
  return (Object.keys(KINDS) as Kind[]).find((k) => KINDS[k].test(path));
}

type Steps = Record<SearchStep, number>;

/** Opens the search page with a byte counter; `typed` searches and waits for the results. */
async function openSearch(browser: Browser, url: string) {
  // nginx serves HTTPS with a certificate made for the test (tests/support/nginx.ts).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  // Bytes on the wire, as Chromium counts them (headers and the body as sent).
  let bytes = 0;
  let parts = noParts();
  const urls = new Map<string, string>();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    const kind = kindOf(urls.get(e.requestId) ?? '');
    if (kind) parts[kind] += e.encodedDataLength;
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
    /** The bytes since the last call, by kind of Pagefind file. */
    parts() {
      const taken = parts;
      parts = noParts();
      return taken;
    },
    async typed(q: string) {
      await page.fill('#search-q', '');
      await page.evaluate(() => delete document.querySelector<HTMLElement>('#search-results')!.dataset.searchMs);
      await page.fill('#search-q', q);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')!.dataset.searchMs !== undefined || /…|\.$/.test(document.querySelector('#search-status')!.textContent ?? ''), undefined, { timeout: 15_000 });
      return page.evaluate((names) => ({
        ms: Number(document.querySelector<HTMLElement>('#search-results')!.dataset.searchMs ?? NaN),
        results: Number(/\d+/.exec(document.querySelector('#search-status')!.textContent ?? '')?.[0] ?? 0),
        steps: Object.fromEntries(Object.entries(names).map(([step, name]) => [step, Math.round(performance.getEntriesByName(name).at(-1)?.duration ?? NaN)])) as Steps,
      }), SEARCH_STEPS);
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
    const result: SearchBench = { indexBytes: size.bytes, indexFiles: size.files, engineBytes: 0, engineParts: noParts(), engineMs: [], queries: [] };
    for (const lang of ['vi', 'lo'] as const) {
      const mine = queries.filter((q) => q.lang === lang);
      // Within a session: one page, the queries one after another.
      const session = await openSearch(browser, `${server.url}/${lang}/search/`);
      await session.take();
      await session.page.focus('#search-q');
      await session.page.waitForSelector('#search-form[data-engine="ready"]');
      await session.take();
      const warm: { bytes: number; ms: number; results: number; steps: Steps }[] = [];
      for (const { q } of mine) {
        const { ms, results, steps } = await session.typed(q);
        warm.push({ bytes: await session.take(), ms, results, steps });
      }
      await session.close();
      // A new visitor per query: the engine loads on focus, then the query loads its own files.
      for (const [i, { q }] of mine.entries()) {
        const visitor = await openSearch(browser, `${server.url}/${lang}/search/`);
        await visitor.take();
        visitor.parts();
        const focused = performance.now();
        await visitor.page.focus('#search-q');
        await visitor.page.waitForSelector('#search-form[data-engine="ready"]');
        result.engineMs.push(Math.round(performance.now() - focused));
        const engine = await visitor.take();
        const engineParts = visitor.parts();
        if (engine > result.engineBytes) [result.engineBytes, result.engineParts] = [engine, engineParts];
        const { ms, steps } = await visitor.typed(q);
        const coldBytes = await visitor.take();
        result.queries.push({ lang, q, results: warm[i]!.results, coldBytes, coldParts: visitor.parts(), coldMs: ms, coldSteps: steps, warmBytes: warm[i]!.bytes, warmMs: warm[i]!.ms, warmSteps: warm[i]!.steps });
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

const STEP_WORDS: Record<SearchStep, string> = { pages: 'finding the pages', text: 'their text', render: 'rendering' };
const STEPS_HEAD = 'pages+text+rend';
const stepsText = (s: Steps) => `${s.pages}+${s.text}+${s.render}`;
const partsText = (p: Record<Kind, number>) => (Object.keys(p) as Kind[]).filter((k) => p[k] > 0).map((k) => `${k} ${kb(p[k])}`).join(', ');

export function printSearchBench(label: string, r: SearchBench) {
  console.log(`\n▶ search (${label})`);
  console.log(`  index: ${kb(r.indexBytes)} in ${r.indexFiles} files`);
  console.log(`  engine on first focus: ${kb(r.engineBytes)} (${partsText(r.engineParts)}); ready after median ${median(r.engineMs)} ms, max ${max(r.engineMs)} ms`);
  const col = (s: string | number, w: number) => String(s).padStart(w);
  console.log(`  ${'query'.padEnd(24)} ${col('results', 7)} │ ${col('new visitor', 11)} ${col('index', 8)} ${col('filter', 7)} ${col('results', 8)} ${col('ms', 5)} ${col(STEPS_HEAD, 16)} │ ${col('in session', 10)} ${col('ms', 5)} ${col(STEPS_HEAD, 16)}`);
  for (const q of r.queries) {
    const p = q.coldParts;
    console.log(`  ${`${q.lang} ${q.q}`.padEnd(24)} ${col(q.results, 7)} │ ${col(kb(q.coldBytes), 11)} ${col(kb(p.index), 8)} ${col(kb(p.filter), 7)} ${col(kb(p.fragment), 8)} ${col(q.coldMs, 5)} ${col(stepsText(q.coldSteps), 16)} │ ${col(kb(q.warmBytes), 10)} ${col(q.warmMs, 5)} ${col(stepsText(q.warmSteps), 16)}`);
  }
  const sum = (k: Kind) => r.queries.reduce((n, q) => n + q.coldParts[k], 0);
  const all = r.queries.reduce((n, q) => n + q.coldBytes, 0);
  console.log(`  of all new-visitor query bytes: index chunks ${((100 * sum('index')) / all).toFixed(0)} %, filter chunks ${((100 * sum('filter')) / all).toFixed(0)} %, result fragments ${((100 * sum('fragment')) / all).toFixed(0)} %, other (page requests) ${((100 * (all - sum('index') - sum('filter') - sum('fragment'))) / all).toFixed(0)} %`);
  console.log(`  bytes per query once the engine is loaded: median ${kb(median(r.queries.map((q) => q.coldBytes)))}, max ${kb(max(r.queries.map((q) => q.coldBytes)))} (new visitor); median ${kb(median(r.queries.map((q) => q.warmBytes)))} within a session`);
  const cold = r.queries.map((q) => q.coldMs);
  const warm = r.queries.map((q) => q.warmMs);
  console.log(`  time to results (from the query to the rendered list): new visitor median ${median(cold)} ms, max ${max(cold)} ms; within a session median ${median(warm)} ms, max ${max(warm)} ms`);
  const stepMedians = (of: (q: SearchBench['queries'][number]) => Steps) =>
    (Object.keys(SEARCH_STEPS) as SearchStep[]).map((k) => `${STEP_WORDS[k]} ${median(r.queries.map((q) => of(q)[k]))} ms`).join(', ');
  console.log(`  where that time goes (medians of the page's own steps): new visitor ${stepMedians((q) => q.coldSteps)}; within a session ${stepMedians((q) => q.warmSteps)}`);
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
