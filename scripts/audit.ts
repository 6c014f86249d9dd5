// Lighthouse on the main pages in both languages, with Debian's Chromium: `npm run audit` (after
// a build). Prints each score; the goal is 100 in performance, accessibility, best practices, SEO.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { builtPages, DIST } from '../tests/support/built-site.ts';
import { chromiumPath } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// One page per kind a reader lands on; timeline and search join when they exist.
const wanted = [/^\/LANG\/$/, /^\/LANG\/agreements\/[^/]+\/$/, /^\/LANG\/milestones\/[^/]+\/[^/]+\/$/, /^\/LANG\/timeline\/$/, /^\/LANG\/search\/$/];

const paths = [...builtPages().keys()].sort();
const targets = ['vi', 'lo'].flatMap((lang) =>
  wanted.flatMap((shape) => paths.find((p) => new RegExp(shape.source.replace('LANG', lang)).test(p)) ?? []),
);

const server = await serveStatic(DIST);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let worst = 100;
try {
  console.log(`${'page'.padEnd(64)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const path of targets) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = CATEGORIES.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
    worst = Math.min(worst, ...scores);
    console.log(`${path.slice(0, 63).padEnd(64)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
    for (const c of CATEGORIES) {
      const category = result.lhr.categories[c];
      for (const ref of category?.auditRefs ?? []) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${c}: ${audit.id} (${audit.score}) ${audit.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`\nLowest score: ${worst}`);
