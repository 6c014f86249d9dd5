// One search result as DOM: type, date with its precision, agreement, title, highlighted excerpt.
import { displayText } from '../../lib/search-text.ts';
import type { PagefindData } from './engine.ts';

export interface SearchStrings {
  lang: 'vi' | 'lo';
  base: string;
  strings: Record<string, string>;
  types: Record<string, string>;
  precisions: Record<string, string>;
  agreements: Record<string, { vi: string; lo: string }>;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** Pagefind's excerpt (text with <mark> tags, < and > escaped) as nodes, never as HTML. */
export function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let marked = false;
  for (const part of displayText(excerpt).split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      nodes.push(marked ? el('mark', {}, text) : document.createTextNode(text));
    }
  }
  return nodes;
}

export function resultItem(d: PagefindData, ui: SearchStrings): HTMLLIElement {
  const lang = d.url.startsWith(`${ui.base}lo/`) ? 'lo' : 'vi';
  const type = d.filters.type?.[0] ?? '';
  const precision = d.filters.precision?.[0];
  const agreementId = d.filters.agreement?.[0];
  const agreement = agreementId ? ui.agreements[agreementId] : undefined;

  const facts: HTMLElement[] = [el('span', { className: 'font-semibold text-slate-800', lang: ui.lang }, ui.types[type] ?? type)];
  if (d.meta.date) {
    const date = el('span', {}, displayText(d.meta.date));
    if (precision && ui.precisions[precision]) date.append(' ', el('span', { lang: ui.lang }, `(${ui.precisions[precision]})`));
    facts.push(date);
  }
  if (d.meta.number) facts.push(el('span', {}, el('span', { lang: ui.lang }, `${ui.strings.number} `), displayText(d.meta.number)));
  if (agreementId && agreement) {
    facts.push(el('span', {}, el('span', { lang: ui.lang }, `${ui.strings.agreement}: `), el('a', { href: `${ui.base}${lang}/agreements/${agreementId}/` }, agreement[lang])));
  }
  if (lang !== ui.lang) facts.push(el('span', { className: 'rounded border border-slate-400 px-1', lang: ui.lang }, ui.strings.otherLanguage ?? ''));

  const line = el('p', { className: 'flex flex-wrap gap-x-2 text-sm text-slate-600' });
  facts.forEach((f, i) => {
    if (i > 0) {
      const dot = el('span', {}, '·');
      dot.setAttribute('aria-hidden', 'true');
      line.append(dot);
    }
    line.append(f);
  });
  const item = el(
    'li',
    { className: 'py-4', lang },
    line,
    el('h3', { className: 'mt-1 text-lg font-semibold' }, el('a', { href: d.url }, displayText(d.meta.title ?? d.url))),
    el('p', { className: 'mt-1 text-slate-700' }, ...excerptNodes(d.excerpt)),
  );
  item.dataset.result = d.url;
  return item;
}
