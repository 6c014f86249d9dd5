import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { rawContent } from '../support/raw-content.ts';

/**
 * The partnerships' history, checked against the content: every signing, hosted document and
 * article is an entry, each entry names its source, both languages, and its TimelineJS file
 * holds the same entries.
 */
const pages = builtPages();
const content = rawContent();
const entriesOf = (path: string) => pages.get(path)!.querySelectorAll('[data-history] li[data-kind]');

describe('history', () => {
  it.each(['vi', 'lo'])('(%s) records signings, documents and news from the content, each with its source', (lang) => {
    const entries = entriesOf(`/${lang}/history/`);
    const ids = entries.map((li) => li.getAttribute('id'));
    for (const [id, a] of content.agreements) if (a.signed) expect(ids).toContain(`signing--${id}`);
    for (const id of content.documents.keys()) expect(ids).toContain(`document--${id}`);
    for (const id of content.news.keys()) expect(ids).toContain(`news--${id}`);
    for (const li of entries) {
      const source = li.querySelector('[data-history-source]')!;
      expect(source.querySelectorAll('a').length + (source.text.includes(lang === 'vi' ? 'Căn cứ' : 'ພື້ນຖານ') ? 1 : 0), li.getAttribute('id')!).toBeGreaterThan(0);
    }
  });

  it('shows the Bắc Giang steering committees meeting of 21/6/2024 as reported, with its source in the notice', () => {
    const li = entriesOf('/vi/history/').find((e) => e.getAttribute('id') === 'report--bac-giang-xaisomboun-2021-2025--tb-2024-hop-ban-chi-dao--1')!;
    expect(li.querySelector('time')!.text).toBe('21/6/2024');
    expect(li.querySelector('[data-history-source] a')!.getAttribute('href')).toMatch(/^\/vi\/documents\/bac-giang-steering-conclusions-2024\/#/);
  });

  it('keeps entries in time order and each agreement page to its own agreement', () => {
    const all = entriesOf('/vi/history/');
    const starts = all.map((li) => li.querySelector('time')!.getAttribute('datetime')).filter(Boolean) as string[];
    expect([...starts].sort()).toEqual(starts);
    for (const id of content.agreements.keys()) {
      const path = `/vi/history/${id}/`;
      if (!pages.has(path)) continue;
      for (const li of entriesOf(path)) expect(li.getAttribute('data-kind')).not.toBe('commemoration');
    }
  });

  it.each(['/vi/history/', '/lo/history/', '/vi/history/bac-giang-xaisomboun-2021-2025/'])('%s has a TimelineJS file with the same entries', (path) => {
    const json = JSON.parse(readFileSync(join(DIST, path, 'timelinejs.json'), 'utf8')) as { events: { unique_id: string }[] };
    expect(json.events.map((e) => e.unique_id)).toEqual(entriesOf(path).map((li) => li.getAttribute('id')));
  });

  it('every timeline view has its TimelineJS file with one event per listed task', () => {
    const views = [...pages.keys()].filter((p) => /^\/(vi|lo)\/timeline\/([^/]+\/[^/]+\/)?$/.test(p));
    for (const path of views) {
      const json = JSON.parse(readFileSync(join(DIST, path, 'timelinejs.json'), 'utf8')) as { events: unknown[] };
      expect(json.events.length, path).toBe(pages.get(path)!.querySelectorAll('li.tl-item').length);
    }
  });
});
