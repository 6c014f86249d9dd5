// A built page as Pagefind should read it. Only the copy handed to the indexer changes: the
// pages on disk keep no search markup, so content pages stay as they are (and script-free).
import { indexText, MARKUP } from '../../src/lib/search-text.ts';
import type { PageFacts } from '../../src/lib/search-facts.ts';
import type { Lang } from '../../src/lib/i18n.ts';

// A tag, a comment, or a script/style element whole (their text is not page text).
const TOKEN = /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(?:[^"'>]|"[^"]*"|'[^']*')*>/gi;

/**
 * Lists of other pages (a task list on an agreement or agency page, the tasks cited beside a
 * document's passage) would make every page match the words of every task it lists; the
 * permalink, the labels of facts (<dt>), the translation notice, text hidden on screen (class "hidden", e.g. the print
 * header) and the labels of section links ("§", "Liên kết đến mục II.5": aria-hidden, sr-only)
 * are not what the page is about. All are left out of the index.
 */
const IGNORED = new RegExp(
  [
    String.raw`^<\w+\b[^>]*\s(?:data-milestone|data-citing|data-translation-notice)\b`,
    // "Cite this page": the title again, the body, the site's name and address on every page.
    // Indexed, it put "hợp tác Việt – Lào" and "truy cập ngày" on all pages (and doubled each
    // page's title words): at 10,000 pages most of a query's bytes were these lists.
    String.raw`^<\w+\b[^>]*\sdata-cite(?=[\s=>])`,
    String.raw`^<code\b`,
    // The labels of a page's facts ("Cơ quan chủ trì", "Nguồn"): interface words on every page.
    String.raw`^<dt\b`,
    String.raw`^<\w+\b[^>]*\sclass="(?:[^"]*\s)?(?:hidden|sr-only)(?:\s[^"]*)?"`,
    String.raw`^<\w+\b[^>]*\saria-hidden="true"`,
    // Interface text that a task page repeats (its status and "as of" date, "not stated", the
    // history heading and "no report yet"), the links to source documents and the source passage
    // quoted (in Vietnamese on Lao pages too): at 10,000 pages these made the posting lists of
    // common words ("báo cáo", "văn bản", "kế hoạch") several times longer. The passage is indexed
    // on its document's page; the title, summary, body, bodies, places and areas stay.
    String.raw`^<span\b[^>]*\sdata-status=`,
    String.raw`^<\w+\b[^>]*\s(?:data-status-as-of|data-not-stated|data-no-history|data-source-quote|data-source-link)(?=[\s=>])`,
    String.raw`^<h2\b[^>]*\sid="history"`,
  ].join('|'),
);

const BLOCK = /^<\/?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b/i;

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function searchHead(facts: PageFacts, lang: Lang): string {
  const filters: [string, string[]][] = [
    ['type', [facts.type]],
    ['area', facts.areas],
    ['province', facts.provinces],
    ['year', facts.years],
    ['agreement', facts.agreement ? [facts.agreement.id] : []],
    ['precision', facts.date ? [facts.date.precision] : []],
  ];
  // Filters carry the ids the result needs (type, agreement): unlike meta, they are not searchable words.
  const tags = filters.flatMap(([name, values]) => values.map((v) => `<meta data-pagefind-filter="${name}[content]" content="${attr(v)}">`));
  const meta: [string, string | undefined][] = [
    ['date', facts.date?.text[lang]],
    ['number', facts.number],
    ['signer', facts.signer],
    ['place', facts.place?.[lang]],
  ];
  for (const [name, value] of meta) if (value) tags.push(`<meta data-pagefind-meta="${name}[content]" content="${attr(indexText(value))}">`);
  return tags.join('');
}

/** The page's HTML with its text in index form, its <main> as the indexed body and its facts in the head. */
export function preparePage(html: string, facts: PageFacts, lang: Lang): string {
  const tags: string[] = [];
  const texts: string[] = [];
  let last = 0;
  for (const match of html.matchAll(TOKEN)) {
    texts.push(html.slice(last, match.index));
    tags.push(match[0]);
    last = match.index + match[0].length;
  }
  texts.push(html.slice(last));
  // Pagefind joins the text of <dt>/<dd> and similar without a space ("chủ trìVăn bản"):
  // a space after each block tag keeps their words apart.
  tags.forEach((tag, i) => {
    if (BLOCK.test(tag)) texts[i + 1] = ` ${texts[i + 1]}`;
  });
  // All text as one string, tags standing in as MARKUP, so Lao words that run across tags split right.
  const indexed = indexText(texts.join(MARKUP)).split(MARKUP);
  if (indexed.length !== texts.length) throw new Error('text preparation changed the number of text pieces');

  // A task page names its agreement at the top: the result shows it (filter "agreement"), and
  // indexing it would make every task of an agreement match the agreement's long title.
  const ownAgreement = facts.type === 'milestone' && facts.agreement ? new RegExp(`^<a\\b[^>]*\\shref="[^"]*/agreements/${facts.agreement.id}/"`) : undefined;
  let out = indexed[0] ?? '';
  tags.forEach((tag, i) => {
    let t = tag;
    if (/^<main\b/i.test(t)) t = t.replace(/^<main\b/i, '<main data-pagefind-body');
    else if (IGNORED.test(t) || ownAgreement?.test(t)) t = t.replace(/^<(\w+)/, '<$1 data-pagefind-ignore');
    else if (/^<\/head>/i.test(t)) t = searchHead(facts, lang) + t;
    out += t + indexed[i + 1];
  });
  if (!out.includes('data-pagefind-body')) throw new Error('page has no <main> to index');
  return out;
}
