/**
 * Ready-made citations of a page: a Vietnamese administrative style (issuing body (year),
 * document, date, section, then where it was read online) and an APA-like style. Pure: the
 * caller passes every text already in the page's language, with the connecting words from
 * the interface strings, so both languages share one shape.
 */

export interface CitationWords {
  /** "Nguồn": introduces the document the cited text is written in. */
  source: string;
  /** "truy cập ngày {date}" */
  accessed: string;
  /** APA: "Truy cập ngày {date}, từ {url}" */
  retrieved: string;
  /** Stands for a missing year, "không rõ năm" (APA "n.d."). */
  noYear: string;
}

export interface CitationInput {
  /** Issuing or signing bodies. */
  authors: string[];
  year?: number;
  /** What the cited text is, when it is a document of its own: "Kế hoạch 110/KH-UBND". */
  label?: string;
  /** When the cited text is dated, as a phrase: "ngày 19/5/2023", "tháng 8/2022". */
  dated?: string;
  title: string;
  /** The document the cited text is written in, when it is part of one; `at`: where in it ("mục II.5", "ý 1"). */
  source?: { label: string; dated?: string; at?: string[] };
  /** The site's name and the page's stable address. */
  site: string;
  url: string;
  /** Day the page was read, formatted: the build date. */
  accessed: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** Trailing full stops and spaces, so a title that ends a sentence is not followed by a second one. */
const trimEnd = (text: string) => text.trim().replace(/[\s.]+$/u, '');

function located(source: NonNullable<CitationInput['source']>): string {
  return [
    [source.label, source.dated].filter(Boolean).join(' '),
    ...(source.at ?? []),
  ].filter(Boolean).join(', ');
}

function what(input: CitationInput): string {
  return [input.label, input.dated].filter(Boolean).join(' ');
}

/** Ủy ban nhân dân tỉnh X (2023), Kế hoạch 110/KH-UBND ngày 19/5/2023, “Tiêu đề”; Nguồn: …. Site, URL, truy cập ngày …. */
export function administrativeCitation(input: CitationInput, words: CitationWords): string {
  const head = `${input.authors.join(', ')} (${input.year ?? words.noYear})`;
  const body = [what(input), `“${trimEnd(input.title)}”`].filter(Boolean).join(', ');
  const source = input.source ? `; ${words.source}: ${located(input.source)}` : '';
  return `${head}, ${body}${source}. ${input.site}, ${input.url}, ${fill(words.accessed, { date: input.accessed })}.`;
}

/** Authors. (Year). Title [document, section]. Site. Retrieved date, from URL */
export function apaCitation(input: CitationInput, words: CitationWords): string {
  const authors = input.authors.length > 1
    ? `${input.authors.slice(0, -1).join(', ')} & ${input.authors.at(-1)}`
    : input.authors[0] ?? '';
  const bracket = [what(input), input.source ? located(input.source) : ''].filter(Boolean).join('; ');
  const title = bracket ? `${trimEnd(input.title)} [${bracket}]` : trimEnd(input.title);
  return `${trimEnd(authors)}. (${input.year ?? words.noYear}). ${title}. ${trimEnd(input.site)}. ${fill(words.retrieved, { date: input.accessed, url: input.url })}`;
}
