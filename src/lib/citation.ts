/**
 * The one entry of a bibliography that citeproc-js wrote as HTML, as inline markup for a page:
 * without its `csl-entry` wrapper and, for a numbered style, without the number (a "cite this"
 * block is no numbered list: the reader's own list numbers it). Pure.
 */

// citeproc-js's HTML output format: one `csl-entry` per item; with second-field-align, the number
// in `csl-left-margin` and the rest in `csl-right-inline`.
const ENTRY = /^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/;
const NUMBERED = /^\s*<div class="csl-left-margin">[^<]*<\/div><div class="csl-right-inline">([\s\S]*)<\/div>\s*$/;

export function bibliographyEntry(html: string): string {
  const entry = ENTRY.exec(html)?.[1];
  if (entry === undefined) throw new Error(`citeproc entry: expected <div class="csl-entry">…</div>, got ${JSON.stringify(html.slice(0, 120))}`);
  const inline = (NUMBERED.exec(entry)?.[1] ?? entry).trim();
  // The pages' Content-Security-Policy forbids style attributes; citeproc writes some decorations
  // (small caps, "normal" resets) as <span style=…>, which the chosen styles must not reach.
  if (/<div\b|\sstyle=/.test(inline)) throw new Error(`citeproc entry: block or styled markup in ${JSON.stringify(inline)}`);
  return inline;
}
