// First visits as readers get them: the built site served by deploy/nginx.conf (gzip on), in
// Chromium, bytes on the wire (headers + compressed bodies). `npm run bench` prints these per
// template and language; `node scripts/bench/page-weight.ts [dist]` measures one build alone.
import { launchBrowser } from '../../tests/support/browser.ts';
import { startNginx } from '../../tests/support/nginx.ts';
import { firstLoadWeight, type Weight } from '../../tests/support/page-weight.ts';
import { CONTENT_PAGE_TEMPLATES, templates } from '../../tests/support/templates.ts';
import { fontBytesByPage, printFontBytes } from './font-bytes.ts';

export interface TemplateWeight {
  name: string;
  lang: string;
  path: string;
  weight: Weight;
}

export async function benchPageWeight(dist: string): Promise<TemplateWeight[]> {
  const nginx = await startNginx(dist);
  const browser = await launchBrowser();
  try {
    const out: TemplateWeight[] = [];
    for (const t of templates(dist)) out.push({ ...t, weight: await firstLoadWeight(browser, nginx.url + t.path) });
    return out;
  } finally {
    await browser.close();
    await nginx.stop();
  }
}

const kB = (n: number) => (n / 1000).toFixed(1);

export function printPageWeight(label: string, rows: TemplateWeight[]) {
  console.log(`\n▶ first visit through deploy/nginx.conf, bytes on the wire in kB (${label})`);
  console.log(`  ${'template'.padEnd(16)} ${'lang'.padEnd(4)} ${'total'.padStart(6)} ${'req'.padStart(3)} ${'html'.padStart(6)} ${'css'.padStart(6)} ${'fonts'.padStart(6)} ${'js'.padStart(6)} ${'other'.padStart(6)}`);
  for (const { name, lang, weight: w } of rows) {
    console.log(`  ${name.padEnd(16)} ${lang.padEnd(4)} ${kB(w.total).padStart(6)} ${String(w.requests).padStart(3)} ${kB(w.html).padStart(6)} ${kB(w.css).padStart(6)} ${kB(w.fonts).padStart(6)} ${kB(w.js).padStart(6)} ${kB(w.other).padStart(6)}`);
  }
  for (const lang of ['vi', 'lo']) {
    const mine = rows.filter((r) => r.lang === lang && CONTENT_PAGE_TEMPLATES.includes(r.name)).map((r) => r.weight.total).sort((a, b) => a - b);
    if (mine.length) console.log(`  content pages (${CONTENT_PAGE_TEMPLATES.join(', ')}), ${lang}: ${kB(mine[0]!)}–${kB(mine.at(-1)!)} kB, median ${kB(mine[Math.floor(mine.length / 2)]!)} kB`);
  }
  const sample = rows.find((r) => r.name === 'milestone' && r.lang === 'vi') ?? rows[0];
  if (sample) console.log(`  files of ${sample.path}: ${sample.weight.files.map((f) => `${f.url.replace(/^https?:\/\/[^/]+/, '')} ${kB(f.bytes)}`).join(', ')}`);
}

if (import.meta.main) {
  const dist = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
  printPageWeight(dist, await benchPageWeight(dist));
  printFontBytes(dist, fontBytesByPage(dist));
}
