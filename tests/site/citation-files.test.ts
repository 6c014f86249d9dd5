import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';

/**
 * "Cite this" on every milestone, agreement and document offers CSL-JSON, BibTeX and RIS files;
 * each is read back with citation-js and must describe the page it is offered on: its title
 * (the page's <h1>), its permanent address and one item only.
 */
const pages = [...builtPages()].filter(([path]) => /^\/(vi|lo)\/(milestones\/[^/]+\/[^/]+|agreements\/[^/]+|documents\/[^/]+)\/$/.test(path));
const canonical = (path: string) => pages.find(([p]) => p === path)![1].querySelector('link[rel=canonical]')!.getAttribute('href')!;
const h1 = (path: string) => pages.find(([p]) => p === path)![1].querySelector('h1')!.text.replace(/\s+/g, ' ').trim();

type Item = { title?: string; URL?: string; issued?: { 'date-parts': number[][] }; author?: unknown[] };
const parse = (text: string, format: 'json' | 'bib' | 'ris'): Item[] => new Cite(format === 'json' ? JSON.parse(text) : text).data as Item[];

describe('citation files', () => {
  it('are offered on every milestone, agreement and document page, in both languages', () => {
    expect(pages.length).toBeGreaterThan(2 * 190);
    const without = pages.filter(([, doc]) => doc.querySelectorAll('[data-cite-files] a[download]').length !== 3).map(([p]) => p);
    expect(without).toEqual([]);
  });

  // Every file of a sample spread over the three kinds and both languages; all files in the last test.
  const sample = pages.filter((_, i) => i % 37 === 0);
  it.each(sample.map(([path]) => path))('%s: each format reads back as the page', (path) => {
    const doc = pages.find(([p]) => p === path)![1];
    for (const link of doc.querySelectorAll('[data-cite-files] a[download]')) {
      const href = link.getAttribute('href')!;
      const format = href.split('.').at(-1) as 'json' | 'bib' | 'ris';
      const items = parse(readFileSync(join(DIST, href), 'utf8'), format);
      expect(items, href).toHaveLength(1);
      const [item] = items as [Item];
      expect(item.URL, href).toBe(canonical(path));
      expect(item.title?.replace(/\s+/g, ' '), href).toBe(h1(path));
      expect(item.author?.length, href).toBeGreaterThan(0);
      expect(item.issued?.['date-parts'][0]![0], href).toBeGreaterThan(2000);
    }
  });

  it('every file parses to exactly one item', () => {
    let files = 0;
    for (const [, doc] of pages) {
      for (const link of doc.querySelectorAll('[data-cite-files] a[download]')) {
        const href = link.getAttribute('href')!;
        expect(parse(readFileSync(join(DIST, href), 'utf8'), href.split('.').at(-1) as 'json' | 'bib' | 'ris'), href).toHaveLength(1);
        files++;
      }
    }
    expect(files).toBe(pages.length * 3);
  });
});
