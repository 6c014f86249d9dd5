import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { budgetOf, contentTemplates, templateOf } from '../support/templates.ts';

const pages = builtPages();

describe('page weight', () => {
  it('every built page belongs to a known template', () => {
    expect([...pages.keys()].filter((path) => !templateOf(path))).toEqual([]);
  });

  // Budgets are bytes on the wire: the page as deploy/nginx.conf sends it (gzip_comp_level 6).
  it('every built page, gzipped as nginx sends it, stays within its HTML budget', () => {
    const over: string[] = [];
    for (const path of pages.keys()) {
      const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
      const bytes = gzipSync(readFileSync(file), { level: 6 }).length;
      const budget = budgetOf(templateOf(path)!).html;
      if (bytes > budget) over.push(`${path}: ${bytes} B > ${budget} B (${templateOf(path)})`);
    }
    expect(over).toEqual([]);
  }, 60_000);

  it('content pages ship no JavaScript, not even inline (JSON-LD data blocks are not scripts)', () => {
    const withScript = [...pages]
      .filter(([path]) => contentTemplates.includes(templateOf(path)!))
      .filter(([, doc]) => doc.querySelectorAll('script').some((s) => s.getAttribute('type') !== 'application/ld+json'))
      .map(([path]) => path);
    expect(withScript).toEqual([]);
    expect([...pages.keys()].filter((p) => contentTemplates.includes(templateOf(p)!)).length).toBeGreaterThan(20);
  });
});
