import { z } from 'zod';
import { isoDate } from '../schemas/common.ts';
import { fuzzyDateText } from '../schemas/fuzzy-date-text.ts';
import { fieldLabel, optionLabel, referenceDisplay } from './labels.ts';

/** The part of JSON Schema that zod's `z.toJSONSchema` writes for our schemas. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
  /** Our own keyword: the collection an id field points into (`.meta({ references })`). */
  references?: string;
}

/** A Decap CMS field (https://decapcms.org/docs/widgets/), as much of it as we write. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean | 'none' | 'duplicate' | 'translate';
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  default?: unknown;
  options_length?: number;
}

/**
 * JSON Schema of a zod schema as the CMS needs it: input shape (fields with a default are optional),
 * and the two date notations marked by `format`, found by schema identity so that any schema built
 * from `fuzzyDateText` or `isoDate` gets the matching widget.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === fuzzyDateText) Object.assign(jsonSchema, { type: 'string', format: 'fuzzy-date' });
      if (zodSchema === isoDate) Object.assign(jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchema;
}

/** A `{ vi, lo }` pair: short bilingual labels nested in the facts, and the names in data files. */
export function isLocalized(schema: JsonSchema): boolean {
  const keys = Object.keys(schema.properties ?? {});
  return schema.type === 'object' && keys.length === 2 && keys.includes('vi') && keys.includes('lo');
}

const PROSE = new Set(['summary', 'description', 'change', 'note', 'basis']);
const FUZZY_HINT = 'Ghi như trong văn bản: 2023-05-19, 5/2023, Quý IV/2023, 6 tháng đầu năm 2023, 2023, 2021-2025, Từ năm 2023, Hằng năm, Thường xuyên, trước ngày 15/11/2022…';

/** One CMS field for property `name` (at dotted `path`) of a JSON Schema object. */
export function fieldFor(collection: string, path: string, schema: JsonSchema, required: boolean): CmsField {
  const name = path.split('.').pop()!;
  const { label, hint } = fieldLabel(collection, path);
  const base: CmsField = { name, label, widget: 'string', ...(hint ? { hint } : {}), ...(required ? {} : { required: false }) };
  const long = PROSE.has(name) || PROSE.has(path.split('.').at(-2) ?? '');

  if (schema.references) return { ...base, ...relation(schema.references) };
  if (schema.type === 'array' && schema.items?.references) {
    return { ...base, ...relation(schema.items.references), multiple: true, ...(schema.minItems ? { min: schema.minItems } : {}) };
  }
  if (schema.format === 'fuzzy-date') return { ...base, widget: 'fuzzy-date', hint: hint ?? FUZZY_HINT };
  if (schema.format === 'date') {
    return { ...base, pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'Ghi ngày dạng YYYY-MM-DD, ví dụ 2026-01-15.'], hint: hint ?? 'Ngày dạng YYYY-MM-DD, ví dụ 2026-01-15.' };
  }
  if (schema.enum) {
    return { ...base, widget: 'select', options: schema.enum.map((v) => ({ value: String(v), label: optionLabel(path, String(v)) })) };
  }
  if (schema.const === true) return { ...base, widget: 'boolean' };
  if (schema.type === 'boolean') return { ...base, widget: 'boolean' };
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined && schema.type === 'integer' ? schema.exclusiveMinimum + 1 : undefined);
    return {
      ...base,
      widget: 'number',
      value_type: schema.type === 'integer' ? 'int' : 'float',
      ...(min !== undefined ? { min } : {}),
      ...(schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? { max: schema.maximum } : {}),
    };
  }
  if (schema.type === 'object') {
    // Decap checks the required fields of an object even when the object itself is optional and
    // left empty (e.g. `whenSource`, `dateBasis`): inside an optional object nothing is required in
    // the form; the site's own check refuses an object filled in only in part.
    const fields = objectFields(collection, path, schema, !required);
    return { ...base, widget: 'object', fields, ...(isLocalized(schema) ? {} : { collapsed: false }) };
  }
  if (schema.type === 'array' && schema.items?.type === 'object') {
    const fields = objectFields(collection, path, schema.items);
    // A collapsed item reads as its first short values, e.g. "tuyen-quang-110-kh-ubnd-2023 · II.1".
    const short = fields.filter((f) => ['string', 'number', 'select', 'relation', 'fuzzy-date'].includes(f.widget)).slice(0, 3);
    return {
      ...base,
      widget: 'list',
      fields,
      summary: short.map((f) => `{{fields.${f.name}}}`).join(' · '),
      ...(schema.minItems ? { min: schema.minItems } : {}),
    };
  }
  if (schema.type === 'array') {
    const item = fieldFor(collection, `${path}.item`, schema.items ?? {}, true);
    return { ...base, widget: 'list', field: { ...item, name: 'item' }, ...(schema.minItems ? { min: schema.minItems } : {}) };
  }
  return {
    ...base,
    widget: long ? 'text' : 'string',
    ...(schema.pattern ? { pattern: [schema.pattern, `${label}: không đúng dạng.`] as [string, string] } : {}),
  };
}

/** The fields of an object schema, in the schema's order; none required inside an optional object. */
export function objectFields(collection: string, path: string, schema: JsonSchema, optional = false): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldFor(collection, path ? `${path}.${name}` : name, property, required.has(name) && !optional),
  );
}

function relation(target: string): Partial<CmsField> {
  const { display, search } = referenceDisplay(target);
  return { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: search, display_fields: display, options_length: 500 };
}
