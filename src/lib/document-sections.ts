/**
 * Splits the plain text of an official Vietnamese document into its numbered
 * sections (I., 1., 1.1., bullets "-") so that every section and bullet gets a
 * stable anchor and citations can be checked against the document's own numbering.
 */

export type Block =
  | { kind: 'paragraph'; text: string }
  /** A bullet ("- …"), numbered from 1 within its section. */
  | { kind: 'item'; index: number; text: string }
  /** A table row (tab-separated cells); `index` is its printed number when it has one. */
  | { kind: 'row'; index?: number; cells: string[] };

export interface DocumentSection {
  /** "preamble", "I", "II.1", "II.1.1", …, "closing". */
  id: string;
  /** Nesting depth: 0 for preamble and closing, 1 for Roman numerals, then 2, 3, 4. */
  level: number;
  /** Number as printed ("1.1."), empty for preamble and closing. */
  number: string;
  heading: string;
  blocks: Block[];
}

const ROMAN = /^([IVX]+)\.\s+(.+)$/;
const NUMBERED = /^(\d+(?:\.\d+){0,2})\.?\s+(\S.*)$/;
const BULLET = /^[-–•]\s+(.+)$/;
// The distribution list ("Nơi nhận:") and signature close the body.
const CLOSING = /^Nơi nhận\s*:/i;

/** Lowercase start: the line continues the previous paragraph (page breaks split sentences). */
const isContinuation = (text: string) => /^[a-zà-ỹđ]/.test(text);

export function parseDocumentSections(text: string): DocumentSection[] {
  const preamble: DocumentSection = { id: 'preamble', level: 0, number: '', heading: '', blocks: [] };
  const sections: DocumentSection[] = [preamble];
  let current = preamble;
  let roman = '';
  let closed = false;
  const path: string[] = []; // arabic numbering under the current Roman section

  for (const paragraph of splitParagraphs(text)) {
    if (!closed && CLOSING.test(paragraph)) {
      closed = true;
      current = { id: 'closing', level: 0, number: '', heading: '', blocks: [] };
      sections.push(current);
    }
    if (closed) {
      current.blocks.push({ kind: 'paragraph', text: paragraph });
      continue;
    }
    if (paragraph.includes('\t')) {
      const cells = paragraph.split('\t').map((cell) => cell.trim());
      const printed = /^(\d+)\.?$/.exec(cells[0]);
      current.blocks.push({ kind: 'row', index: printed ? Number(printed[1]) : undefined, cells });
      continue;
    }
    const roman_ = ROMAN.exec(paragraph);
    if (roman_ && !paragraph.includes('\n')) {
      roman = roman_[1];
      path.length = 0;
      current = { id: roman, level: 1, number: `${roman}.`, heading: roman_[2], blocks: [] };
      sections.push(current);
      continue;
    }
    const numbered = NUMBERED.exec(paragraph);
    if (numbered && roman && !paragraph.includes('\n')) {
      const parts = numbered[1].split('.');
      const id = `${roman}.${parts.join('.')}`;
      current = { id, level: parts.length + 1, number: `${numbered[1]}.`, heading: numbered[2], blocks: [] };
      sections.push(current);
      path.splice(0, path.length, ...parts);
      continue;
    }
    const bullet = BULLET.exec(paragraph);
    if (bullet) {
      const index = current.blocks.filter((b) => b.kind === 'item').length + 1;
      current.blocks.push({ kind: 'item', index, text: bullet[1] });
      continue;
    }
    const last = current.blocks.at(-1);
    if (last && last.kind !== 'row' && isContinuation(paragraph)) {
      last.text = `${last.text} ${paragraph}`;
      continue;
    }
    current.blocks.push({ kind: 'paragraph', text: paragraph });
  }
  return sections;
}

function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The fragment id of a section or of one bullet in it: "s-II.1.1", "s-II.1.1-2". */
export function sectionAnchor(section: string, item?: number): string {
  return item === undefined ? `s-${section}` : `s-${section}-${item}`;
}

/** Whether a citation (section, optional bullet or row number) exists in the parsed document. */
export function findCitation(
  sections: DocumentSection[],
  section: string,
  item?: number,
): { ok: true } | { ok: false; reason: 'section' | 'item'; available: string[] } {
  const found = sections.find((s) => s.id === section);
  if (!found) return { ok: false, reason: 'section', available: sections.map((s) => s.id) };
  if (item === undefined) return { ok: true };
  const indexes = found.blocks.flatMap((b) => (b.kind === 'item' || (b.kind === 'row' && b.index) ? [b.index!] : []));
  return indexes.includes(item) ? { ok: true } : { ok: false, reason: 'item', available: indexes.map(String) };
}
