import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/built-site.ts';

/** Every built page passes html-validate (recommended rules, .htmlvalidate.json). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

describe('HTML validity', () => {
  it('every built page passes html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems.slice(0, 50)).toEqual([]);
  }, 300_000); // about 970 pages, some of 400 kB with their plan charts: over two minutes on a loaded 2-core machine

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
