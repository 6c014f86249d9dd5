import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site; DIST_DIR points the tests at another build (e.g. one made with --outDir). */
export const DIST = process.env.DIST_DIR ?? 'dist';

/** The url path of every built HTML page ("/vi/areas/"), without reading them. */
export function builtPaths(root = DIST): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) paths.push(urlOf(relative(root, path)));
    }
  };
  walk(root);
  if (paths.length === 0) throw new Error(`No pages in ${root}/: run "npm run build" first (npm test does it).`);
  return paths;
}

const parsed = new Map<string, Map<string, HTMLElement>>();

/**
 * Every built HTML page as [url path, parsed document]: "dist/vi/areas/index.html" → "/vi/areas/".
 * Parsed once per folder and test worker (the site project shares modules between its files,
 * vitest.config.ts), so treat the documents as read-only.
 */
export function builtPages(root = DIST): Map<string, HTMLElement> {
  const known = parsed.get(root);
  if (known) return known;
  const pages = new Map<string, HTMLElement>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      // /admin/ is the editors' interface (Decap CMS), not a page of the site: no hreflang, search or sitemap.
      if (statSync(path).isDirectory()) {
        if (relative(root, path) !== 'admin') walk(path);
      }
      else if (name.endsWith('.html')) pages.set(urlOf(relative(root, path)), parse(readFileSync(path, 'utf8')));
    }
  };
  walk(root);
  if (pages.size === 0) throw new Error(`No pages in ${root}/: run "npm run build" first (npm test does it).`);
  parsed.set(root, pages);
  return pages;
}

function urlOf(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
