// Builds the search index of a built site: `node scripts/index-search.ts [--outDir dist]`
// (or DIST_DIR=…). Run after `astro build` (npm run build does both).
//
// One Pagefind index per language (from <html lang>): agreements, milestones, news, documents,
// provinces and agencies. Each page is indexed from its HTML, prepared in memory
// (scripts/search/prepare-page.ts): Lao split into syllables, "đ" folded, facts as filters.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import type { PageFacts } from '../src/lib/search-facts.ts';
import { languages } from '../src/lib/i18n.ts';
import { stripLang } from '../src/lib/paths.ts';
import { siteBase } from '../src/lib/site-base.ts';
import { preparePage } from './search/prepare-page.ts';

/** The facts the build wrote from the loaded catalog (src/pages/search-facts.json.ts). */
export function builtSearchFacts(dist: string): Map<string, PageFacts> {
  const file = join(dist, 'search-facts.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: index a site built by "astro build".`);
  const facts = JSON.parse(readFileSync(file, 'utf8')) as PageFacts[];
  return new Map(facts.map((f) => [f.path, f]));
}

/** Pagefind's own UI bundles: the site has its own search page and never loads them. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

function outDir(argv: string[]): string {
  const i = argv.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  if (i === -1) return process.env.DIST_DIR ?? 'dist';
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (!value) throw new Error('--outDir needs a folder');
  return value;
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name === 'index.html' ? [path] : [];
  });
}

/**
 * Pagefind splits the word index into chunks (a chunk closes once its words hold this many
 * positions; default 20,000) and a query downloads every chunk its words, and the words they
 * start, fall in. On the bench's 10,992-page site (scripts/bench-search.ts), median bytes per
 * query: 179 kB at 20,000, 119 kB at 2,000, 103 kB at 500, 72 kB at 100, 77 kB at 20 (the
 * metadata listing the chunks grows: 36 kB at 2,000, 40 kB at 100, 46 kB at 20, loaded once).
 * Pagefind reads the setting from the environment of its indexing service, which inherits this
 * process's.
 */
const CHUNK_POSITIONS = '100';

/** Indexes the site built in `dist` into `output` (default `dist/pagefind`); SITE_BASE as for the build. */
export async function indexSearch(dist: string, output = join(dist, 'pagefind')) {
  const started = performance.now();
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= CHUNK_POSITIONS;
  const facts = builtSearchFacts(dist);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);

  // Result addresses under the folder the site is served from (SITE_BASE, as for astro build).
  const base = siteBase(process.env.SITE_BASE);
  const problems: string[] = [];
  const counts: Record<string, number> = {};
  for (const lang of languages) {
    const files = htmlFiles(join(dist, lang));
    const seen = new Set<string>();
    // A few pages at a time: the Pagefind service works while the next pages are read.
    for (let i = 0; i < files.length; i += 32) {
      await Promise.all(
        files.slice(i, i + 32).map(async (file) => {
          const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          const f = facts.get(stripLang(path));
          if (!f) return; // lists, home, glossary…: not search results
          seen.add(f.path);
          const added = await index.addHTMLFile({ url: `${base}${path.slice(1)}`, content: preparePage(readFileSync(file, 'utf8'), f, lang) });
          if (added.errors.length > 0) problems.push(`${path}: ${added.errors.join('; ')}`);
        }),
      );
    }
    counts[lang] = seen.size;
    for (const path of facts.keys()) if (!seen.has(path)) problems.push(`/${lang}${path}: no built page for this entry`);
  }
  if (problems.length > 0) {
    await pagefind.close();
    throw new Error(`Search index not written:\n  ${problems.slice(0, 20).join('\n  ')}`);
  }

  // The files are taken from memory and written here: Pagefind's own writeFiles can leave a file
  // empty when the service is closed right after it (seen with pagefind-entry.json).
  const { files: built, errors: failed } = await index.getFiles();
  await pagefind.close();
  if (failed.length > 0) throw new Error(`Pagefind could not build the index: ${failed.join('; ')}`);
  rmSync(output, { recursive: true, force: true });
  for (const file of built) {
    if (UNUSED.includes(file.path)) continue;
    mkdirSync(dirname(join(output, file.path)), { recursive: true });
    writeFileSync(join(output, file.path), file.content);
  }

  let bytes = 0;
  let fileCount = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        bytes += statSync(path).size;
        fileCount++;
      }
    }
  };
  walk(output);
  return { counts, bytes, files: fileCount, seconds: (performance.now() - started) / 1000, output };
}

if (import.meta.main) {
  const dist = outDir(process.argv.slice(2));
  try {
    const r = await indexSearch(dist);
    const pages = Object.entries(r.counts).map(([lang, n]) => `${n} ${lang}`).join(' + ');
    console.log(`search index: ${pages} pages → ${r.output} (${r.files} files, ${(r.bytes / 1024).toFixed(0)} KiB) in ${r.seconds.toFixed(1)} s`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
