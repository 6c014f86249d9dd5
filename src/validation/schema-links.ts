import type { z } from 'zod';
import { pointsAt, type ReferencedCollection, type SourceRef } from '../schemas/common.ts';

export type Path = (string | number)[];
export type Link =
  | { kind: 'reference'; collection: ReferencedCollection; id: string; path: Path }
  | { kind: 'citation'; source: SourceRef; path: Path };

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Every reference and citation in an entry's data, found by walking its schema beside it: the
 * schema is the one place that says which field points at which collection (`ref`, `sourceRef`).
 */
export function linksIn(schema: z.ZodType, value: unknown, path: Path = []): Link[] {
  if (value === undefined || value === null) return [];
  const { references, citation } = pointsAt(schema);
  if (references && typeof value === 'string') return [{ kind: 'reference', collection: references, id: value, path }];
  const def = defOf(schema);
  const here: Link[] = citation ? [{ kind: 'citation', source: value as SourceRef, path }] : [];
  switch (def.type) {
    case 'object':
      return [
        ...here,
        ...Object.entries(def.shape ?? {}).flatMap(([key, field]) => linksIn(field, (value as Record<string, unknown>)[key], [...path, key])),
      ];
    case 'array':
      return Array.isArray(value) ? value.flatMap((item, i) => linksIn(def.element!, item, [...path, i])) : [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return [...here, ...linksIn(def.innerType!, value, path)];
    case 'pipe':
      return [...here, ...linksIn(def.out!, value, path)];
    case 'union':
      return [...here, ...(def.options ?? []).flatMap((option) => linksIn(option, value, path))];
    default:
      return here;
  }
}
