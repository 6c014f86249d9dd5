import { LineCounter, parseDocument, visit, type Document } from 'yaml';

/**
 * Turns one content file's bytes into data and body, or into a message an editor can act on.
 * Everything a content file can be wrong in before its schema is checked is caught here:
 * bytes that are not UTF-8, a byte-order mark, a missing front matter, YAML syntax, YAML aliases.
 * Text is normalised to NFC, so "ệ" typed as e + two combining marks matches the glossary.
 */
export interface ReadFile {
  data: unknown;
  /** MDX/Markdown body (NFC), for md/mdx files. */
  body?: string;
  /** Line of the file where the body starts (1-based), so body problems point at the file's line. */
  bodyLine?: number;
  /** Line of a field (1-based), for messages; undefined when unknown. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}
export type ReadResult = { ok: true; value: ReadFile } | { ok: false; line?: number; message: string };

/** No content file needs more: a larger one is a mistake (a pasted document, an image saved as text). */
export const MAX_FILE_BYTES = 256 * 1024;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export function readFile(bytes: Uint8Array, format: 'yaml' | 'map' | 'mdx' | 'md'): ReadResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, message: `Tệp quá lớn (${Math.round(bytes.length / 1024)} KB): tối đa ${MAX_FILE_BYTES / 1024} KB. Ảnh đặt trong content/media/, văn bản dài chia thành nhiều bài.` };
  }
  // TextDecoder drops a byte-order mark silently: look at the bytes themselves.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: false, line: 1, message: 'Tệp bắt đầu bằng dấu BOM (byte-order mark) vô hình. Hãy lưu lại với bảng mã "UTF-8" (không phải "UTF-8 with BOM").' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return { ok: false, line, message: 'Tệp không phải văn bản UTF-8 hợp lệ (có thể đã lưu bằng bảng mã khác như Windows-1258 hoặc TCVN3). Hãy mở tệp và lưu lại với bảng mã "UTF-8".' };
  }
  text = text.normalize('NFC');

  if (format === 'yaml' || format === 'map') {
    const parsed = parseYaml(text, 0);
    if (!parsed.ok) return parsed;
    if (format === 'map' && (!parsed.value.data || typeof parsed.value.data !== 'object' || Array.isArray(parsed.value.data))) {
      return { ok: false, message: 'Tệp phải là danh sách khóa: giá trị (mỗi khóa một mục).' };
    }
    return parsed;
  }
  const match = FRONTMATTER.exec(text);
  if (!match) return { ok: false, line: 1, message: 'Tệp phải bắt đầu bằng phần thông tin (front matter) giữa hai dòng "---".' };
  const [, yamlText, body] = match;
  const parsed = parseYaml(yamlText!, 1);
  if (!parsed.ok) return parsed;
  const bodyLine = text.slice(0, text.length - body!.length).split('\n').length;
  return { ok: true, value: { ...parsed.value, body, bodyLine } };
}

/**
 * YAML documents already parsed in this process, by their text. The dev preview, `npm run check`
 * and `npm run new` read every file again after each change, and parsing is most of that reading
 * (about 60 % of a load of the content): an unchanged file is not parsed twice. A document is only
 * read from (getIn, toJS), never changed, so one parse serves every caller. At most `PARSED_MAX`
 * documents are kept, so a very large site costs no more memory than a cleared cache.
 */
const parsed = new Map<string, { doc: Document; counter: LineCounter }>();
const PARSED_MAX = 5000;

function parseOnce(text: string): { doc: Document; counter: LineCounter } {
  let hit = parsed.get(text);
  if (!hit) {
    const counter = new LineCounter();
    hit = { doc: parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false }), counter };
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(text, hit);
  }
  return hit;
}

function parseYaml(text: string, lineOffset: number): ReadResult {
  const { doc, counter } = parseOnce(text);
  const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    return { ok: false, line: first.pos ? lineAt(first.pos[0]) : undefined, message: `Lỗi cú pháp YAML: ${first.message.split('\n')[0]}` };
  }
  // Aliases (*name) can expand a few lines into gigabytes ("billion laughs"), and no content needs them.
  let alias: number | undefined;
  visit(doc, {
    Alias(_, node) {
      alias = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  if (alias !== undefined) {
    return { ok: false, line: lineAt(alias), message: 'Không dùng tham chiếu YAML (&tên … *tên) trong nội dung: hãy viết đầy đủ giá trị ở mỗi chỗ.' };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    // Walk down to the deepest node that exists, so a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      const key = depth > 0 ? keyOffset(doc, path.slice(0, depth)) : undefined;
      const offset = key ?? node?.range?.[0];
      if (offset !== undefined) return lineAt(offset);
    }
    return undefined;
  };
  return { ok: true, value: { data: doc.toJS() as unknown, lineOf } };
}

/** Offset of the key of a map entry (so the message points at "field:" rather than its value). */
function keyOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
  const key = path.at(-1);
  const pair = items?.find((item) => item.key && item.key.value === key);
  return pair?.key?.range?.[0];
}
