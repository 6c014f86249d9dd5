/** A run of text in a hosted document: plain, bold (**…**) or an autolink (<https://…>). */
export type Inline = { kind: 'text' | 'strong'; text: string } | { kind: 'link'; href: string; text: string };

const TOKEN = /\*\*(.+?)\*\*|<(https?:\/\/[^>\s]+)>/g;

/** Splits the light Markdown of the source copies into runs, so pages never inject raw HTML. */
export function inlineMarkup(text: string): Inline[] {
  const runs: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) runs.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) runs.push({ kind: 'strong', text: match[1] });
    else runs.push({ kind: 'link', href: match[2], text: match[2] });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}
