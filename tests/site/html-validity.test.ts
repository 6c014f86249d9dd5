import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/built-site.ts';

/** Every built page passes html-validate (recommended rules, .htmlvalidate.json). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** html-validate's messages for `files`, from a worker thread (tests/support/html-validate-worker.ts). */
function validate(files: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../support/html-validate-worker.ts', import.meta.url), { workerData: { files, root: DIST } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`html-validate worker exited with code ${code}`)));
  });
}

describe('HTML validity', () => {
  it('every built page passes html-validate', async () => {
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(100);
    // In worker threads, one per core: this test is often the last of the run, alone, and the
    // pages are independent (about 970 of them, some of 400 kB with their plan charts).
    const threads = Math.max(1, Math.min(availableParallelism(), 4));
    const parts = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
    const problems = (await Promise.all(parts.map((part) => validate(part)))).flat();
    expect(problems.slice(0, 50)).toEqual([]);
  }, 300_000);

  // html-validate does not report content after </html>: a browser moves it into the body, but the
  // page is not valid HTML (Astro emits a script written outside the layout there).
  it('every built page is one document: a doctype first, nothing but white space after </html>', () => {
    const wrong = htmlFiles(DIST).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const end = text.toLowerCase().lastIndexOf('</html>');
      const problems = [];
      if (!/^<!doctype html>/i.test(text)) problems.push('does not start with <!DOCTYPE html>');
      if (end < 0) problems.push('has no </html>');
      else if (text.slice(end + '</html>'.length).trim()) problems.push(`has after </html>: ${text.slice(end + 7, end + 87).trim()}`);
      return problems.map((p) => `${relative(DIST, file)} ${p}`);
    });
    expect(wrong).toEqual([]);
  });
});
