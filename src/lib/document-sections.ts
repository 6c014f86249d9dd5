/**
 * Splits the plain text of an official Vietnamese document into its numbered sections
 * (I., 1., 1.1., bullets "-", table rows) so that every section, bullet and row gets a
 * stable anchor and citations can be checked against the document's own numbering.
 *
 * The copies come from PDF and Word conversions: lines hard-wrapped with blank lines
 * between them, Markdown heading marks and bold around headings, tab-separated tables.
 * The text is kept verbatim; only its structure is recognised.
 */

export type Block =
  | { kind: 'paragraph'; text: string }
  /** A bullet ("- …"), numbered from 1 within its section. */
  | { kind: 'item'; index: number; text: string }
  /** A sub-bullet ("+ …"): detail of the section (per-year schedules), not a task of its own. */
  | { kind: 'subitem'; text: string }
  /** A table row (tab-separated cells); `index` is its printed number ("1.") when it has one. */
  | { kind: 'row'; index?: number; cells: string[] };

export interface DocumentSection {
  /** "preamble", "I", "II.1", "II.1.1", …, "closing"; "1", "2.1" in documents without Roman parts. */
  id: string;
  /** Nesting depth: 0 for preamble and closing, 1 for Roman numerals, then one more per number. */
  level: number;
  /** Number as printed ("1.1."), empty for preamble and closing. */
  number: string;
  heading: string;
  blocks: Block[];
}

const ROMAN = /^([IVX]+)\.\s+(.+)$/;
const NUMBERED = /^(\d+\.(?:\d+\.?){0,3}|\d+(?:\.\d+){1,3})\s+(\S.*)$/;
const BULLET = /^[-–•*]\s+(.+)$/;
const SUB_BULLET = /^\+\s*(.+)$/;
// The closing paragraph ("Trên đây là Kế hoạch…", the formula that ends a plan or notice and may set
// a report deadline), else the distribution list ("Nơi nhận:") and signature, close the body.
const CLOSING = /^(?:Nơi nhận\s*:|Trên đây là\s)/i;
const TERMINAL = /[.;:!?…)"”»]$/;

type Line = { text: string; structural: boolean; heading: boolean };

export function parseDocumentSections(text: string): DocumentSection[] {
  const preamble: DocumentSection = { id: 'preamble', level: 0, number: '', heading: '', blocks: [] };
  const sections: DocumentSection[] = [preamble];
  let current = preamble;
  let roman = '';
  let closed = false;
  let last: { kind: 'heading'; section: DocumentSection; marked: boolean } | { kind: 'block'; block: Block } | undefined;

  for (const { text: raw, heading: marked } of logicalLines(text)) {
    const line = unmark(raw);
    if (!closed && CLOSING.test(line)) {
      closed = true;
      current = { id: 'closing', level: 0, number: '', heading: '', blocks: [] };
      sections.push(current);
      last = undefined;
    }
    if (closed) {
      current.blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map((cell) => cell.trim());
      const printed = /^(\d+)\.?$/.exec(cells[0]);
      const row: Block = { kind: 'row', index: printed ? Number(printed[1]) : undefined, cells };
      current.blocks.push(row);
      last = { kind: 'block', block: row };
      continue;
    }
    const romanMatch = ROMAN.exec(line);
    if (romanMatch) {
      roman = romanMatch[1];
      current = { id: roman, level: 1, number: `${roman}.`, heading: romanMatch[2], blocks: [] };
      sections.push(current);
      last = { kind: 'heading', section: current, marked: true };
      continue;
    }
    const numbered = NUMBERED.exec(line);
    if (numbered && (roman || current !== preamble || /^\d+\.\s/.test(line))) {
      const parts = numbered[1].replace(/\.$/, '').split('.');
      const id = roman ? `${roman}.${parts.join('.')}` : parts.join('.');
      current = { id, level: parts.length + (roman ? 1 : 0), number: `${parts.join('.')}.`, heading: numbered[2], blocks: [] };
      sections.push(current);
      last = { kind: 'heading', section: current, marked };
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      const index = current.blocks.filter((b) => b.kind === 'item').length + 1;
      const item: Block = { kind: 'item', index, text: bullet[1] };
      current.blocks.push(item);
      last = { kind: 'block', block: item };
      continue;
    }
    const sub = SUB_BULLET.exec(line);
    if (sub) {
      const item: Block = { kind: 'subitem', text: sub[1] };
      current.blocks.push(item);
      last = { kind: 'block', block: item };
      continue;
    }
    if (last && continues(last, line, current === preamble)) {
      if (last.kind === 'heading') last.section.heading = `${last.section.heading} ${line}`;
      else appendTo(last.block, line);
      continue;
    }
    const paragraph: Block = { kind: 'paragraph', text: line };
    current.blocks.push(paragraph);
    last = { kind: 'block', block: paragraph };
  }
  return sections;
}

/**
 * Whether a line carries on the previous one (a line broken by the conversion): it starts
 * in lowercase, or the previous line stopped mid-sentence. Title blocks in the preamble
 * have no final punctuation, so there only a lowercase start counts.
 */
function continues(
  last: { kind: 'heading'; section: DocumentSection; marked: boolean } | { kind: 'block'; block: Block },
  line: string,
  inPreamble: boolean,
): boolean {
  const lowercase = /^[a-zà-ỹđ(]/.test(line);
  if (last.kind === 'heading') return last.section.level > 1 && !last.marked && lowercase;
  if (lowercase) return true;
  const previous = last.block.kind === 'row' ? last.block.cells.at(-1) ?? '' : last.block.text;
  // Title lines in the preamble are short and unpunctuated; a long unpunctuated line was wrapped.
  if (inPreamble && previous.length < 60) return false;
  return !TERMINAL.test(previous.trim());
}

function appendTo(block: Block, line: string) {
  if (block.kind === 'row') block.cells[block.cells.length - 1] = `${block.cells.at(-1)} ${line}`.trim();
  else block.text = `${block.text} ${line}`;
}

/** Removes Markdown heading marks and the bold around a whole line ("### **1. Lĩnh vực**"). */
function unmark(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*{2,3}(.+?)\*{2,3}:?$/, (m, inner: string) => (m.endsWith(':') ? `${inner}:` : inner))
    .trim();
}

/**
 * The text as logical lines: paragraphs separated by blank lines, further split where a
 * line starts a structural element (heading, bullet, table row, closing) inside a paragraph.
 */
function logicalLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let buffer: string[] = [];
    const flush = () => {
      if (buffer.length) lines.push(describe(buffer.join('\n')));
      buffer = [];
    };
    for (const rawLine of paragraph.split('\n')) {
      const line = rawLine.replace(/\s+$/, '').replace(/^\s+(?=\S)/, (space) => (rawLine.includes('\t') ? space : ''));
      if (!line.trim()) continue;
      if (buffer.length && startsStructure(line)) flush();
      buffer.push(line.trim());
    }
    flush();
  }
  return lines;
}

function startsStructure(line: string): boolean {
  const text = unmark(line.trim());
  return /^#{1,6}\s/.test(line.trim()) || line.includes('\t') || ROMAN.test(text) || NUMBERED.test(text) || BULLET.test(text) || SUB_BULLET.test(text) || CLOSING.test(text);
}

function describe(text: string): Line {
  return { text, structural: startsStructure(text), heading: /^#{1,6}\s/.test(text) };
}

/** The fragment id of a section or of one bullet or row in it: "s-II.1.1", "s-II.1.1-2". */
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
  const indexes = citableIndexes(found);
  return indexes.includes(item) ? { ok: true } : { ok: false, reason: 'item', available: indexes.map(String) };
}

/** Bullet positions and printed row numbers of a section: what `item` can cite. */
export function citableIndexes(section: DocumentSection): number[] {
  return section.blocks.flatMap((b) => (b.kind === 'item' || (b.kind === 'row' && b.index !== undefined) ? [b.index!] : []));
}

/** One planned task as the document numbers it: a section, or a bullet or row in it. */
export interface TaskUnit {
  section: string;
  item?: number;
}

/**
 * The tasks under the given parts ("II", "IV.2"): each bullet or numbered row of a section,
 * or the section itself when it has neither and no subsections.
 */
export function taskUnits(sections: DocumentSection[], roots: string[]): TaskUnit[] {
  const under = (id: string) => roots.some((root) => id === root || id.startsWith(`${root}.`));
  return sections.filter((s) => under(s.id)).flatMap((s) => {
    const indexes = citableIndexes(s);
    if (indexes.length > 0) return indexes.map((item) => ({ section: s.id, item }));
    const hasChildren = sections.some((other) => other.id.startsWith(`${s.id}.`));
    return hasChildren ? [] : [{ section: s.id }];
  });
}

/** Tasks no citation points at; a citation without `item` covers its whole section. */
export function uncoveredTasks(units: TaskUnit[], citations: TaskUnit[]): TaskUnit[] {
  return units.filter(
    (unit) => !citations.some((c) => c.section === unit.section && (c.item === undefined || c.item === unit.item)),
  );
}
