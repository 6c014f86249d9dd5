import { parse, stringify } from 'yaml';

/**
 * The one way content files are written, by the CMS in the browser and by scripts in Node:
 * YAML frontmatter between `---` lines, then the body. Long strings stay on one line and keys
 * keep their order, so changing one field changes only that field's lines in a git diff.
 */
const STYLE = { lineWidth: 0, minContentWidth: 0, indentSeq: false } as const;

export type Fields = Record<string, unknown>;

/** `---\n…---\n` then the body; a file without frontmatter is all body. */
export function parseFrontmatter(text: string): { data: Fields; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  const data = (parse(match[1]) ?? {}) as Fields;
  // One blank line separates the frontmatter from the body; it is not part of the body.
  return { data, body: text.slice(match[0].length).replace(/^\r?\n/, '') };
}

/** Orders keys as `order` lists them (the CMS's field order); keys it does not list keep their place after. */
function ordered(data: Fields, order: readonly string[]): Fields {
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, data[k]]));
}

/** YAML of a data file (agencies, provinces). */
export function formatYaml(data: Fields, order: readonly string[] = []): string {
  return stringify(ordered(withoutEmpty(data), order), STYLE);
}

/** An MDX/Markdown file: frontmatter from `data` (without `body`), then `data.body`. */
export function formatFrontmatter(data: Fields, order: readonly string[] = []): string {
  const { body, ...fields } = data;
  const text = typeof body === 'string' && body.trim() ? body.replace(/^\n+/, '').replace(/\s*$/, '\n') : '';
  return `---\n${formatYaml(fields, order)}---\n${text ? `\n${text}` : ''}`;
}

/**
 * The CMS keeps fields an editor emptied as "" or [] or {}; in the files an absent key means
 * "not given", which is what the schemas expect (an empty `summary: ''` would be refused).
 */
export function withoutEmpty(data: Fields): Fields {
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(clean).filter((v) => !isEmpty(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Fields)
          .map(([k, v]) => [k, clean(v)] as const)
          .filter(([, v]) => !isEmpty(v)),
      );
    }
    return value;
  };
  return clean(data) as Fields;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}
