import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { CollectionName } from '../schemas/index.ts';
import { layout } from './layout.ts';

/** One content entry as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as shown to editors. */
  file: string;
  data: unknown;
  body?: string;
  /** Line of the file where `body` starts (1-based), so problems in the body point at the file's line. */
  bodyLine?: number;
  /** Line of a field in the file (1-based), for messages; undefined when unknown. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** A YAML syntax error, reported instead of schema errors. */
  syntaxError?: { line?: number; message: string };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads every collection's files under `contentRoot` (default: ./content). */
export function readContent(contentRoot: string, projectRoot = process.cwd()): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const [collection, spec] of Object.entries(layout) as [CollectionName, (typeof layout)[CollectionName]][]) {
    const base = join(contentRoot, spec.base);
    for (const path of matchFiles(base, spec.pattern)) {
      const absolute = join(base, path);
      const file = relative(projectRoot, absolute);
      const text = readFileSync(absolute, 'utf8');
      if (spec.format === 'map') {
        entries.push(...readMap(collection, file, text));
        continue;
      }
      let yamlText = text;
      let lineOffset = 0;
      let body: string | undefined;
      let bodyLine: number | undefined;
      if (spec.format === 'frontmatter') {
        const match = FRONTMATTER.exec(text);
        if (!match) {
          entries.push(broken(collection, spec.idOf(path), file, 'Tệp phải bắt đầu bằng phần thông tin (front matter) giữa hai dòng "---".'));
          continue;
        }
        [, yamlText, body] = match;
        lineOffset = 1;
        bodyLine = text.slice(0, text.length - body.length).split('\n').length;
      }
      const parsed = parseYaml(yamlText, lineOffset);
      entries.push({ collection, id: spec.idOf(path), file, data: parsed.data, body, bodyLine, lineOf: parsed.lineOf, syntaxError: parsed.error });
    }
  }
  return entries;
}

function readMap(collection: CollectionName, file: string, text: string): RawEntry[] {
  const parsed = parseYaml(text, 0);
  if (parsed.error) return [{ ...broken(collection, '*', file, parsed.error.message), syntaxError: parsed.error }];
  if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return [broken(collection, '*', file, 'Tệp phải là danh sách khóa: giá trị (mỗi khóa một mục).')];
  }
  return Object.entries(parsed.data as Record<string, unknown>).map(([id, data]) => ({
    collection,
    id,
    file,
    data,
    lineOf: (path) => parsed.lineOf([id, ...path]),
  }));
}

function broken(collection: CollectionName, id: string, file: string, message: string): RawEntry {
  return { collection, id, file, data: undefined, lineOf: () => undefined, syntaxError: { message } };
}

function parseYaml(text: string, lineOffset: number) {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const lineOf = (path: readonly PropertyKey[]) => {
    // Walk down to the deepest node that exists, so a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      const pair = depth > 0 ? findKeyNode(doc, path.slice(0, depth)) : undefined;
      const offset = pair ?? node?.range?.[0];
      if (offset !== undefined) return counter.linePos(offset).line + lineOffset;
    }
    return undefined;
  };
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first.linePos?.[0]?.line;
    return {
      data: undefined,
      lineOf,
      error: { line: line === undefined ? undefined : line + lineOffset, message: `Lỗi cú pháp YAML: ${first.message.split('\n')[0]}` },
    };
  }
  return { data: doc.toJS() as unknown, lineOf, error: undefined };
}

/** Offset of the key of a map entry (so the message points at "field:" rather than its value). */
function findKeyNode(doc: Document, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
  const key = path.at(-1);
  const pair = items?.find((item) => item.key && item.key.value === key);
  return pair?.key?.range?.[0];
}

/** Files under `base` matching the small glob subset the layout uses ("*.yaml", "*\/vi.mdx", "*\/*.yaml"). */
function matchFiles(base: string, pattern: string): string[] {
  if (!existsSync(base)) return [];
  const [first, ...rest] = pattern.split('/');
  const matcher = new RegExp(`^${first.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
  const names = readdirSync(base).filter((name) => matcher.test(name)).sort();
  if (rest.length === 0) return names.filter((name) => statSync(join(base, name)).isFile());
  return names
    .filter((name) => statSync(join(base, name)).isDirectory())
    .flatMap((dir) => matchFiles(join(base, dir), rest.join('/')).map((path) => `${dir}/${path}`));
}

/** The parsed entries of one collection by id (entries whose file did not parse are left out). */
export function entriesOf(entries: RawEntry[], collection: CollectionName): Map<string, RawEntry> {
  return new Map(entries.filter((e) => e.collection === collection && e.data && typeof e.data === 'object').map((e) => [e.id, e]));
}
