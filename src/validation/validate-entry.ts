import { z } from 'zod';

const viLocale = z.locales.vi();

/** Messages for what the schemas leave to zod's defaults: missing fields and unknown keys first. */
const editorMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Thiếu trường bắt buộc.';
  if (issue.code === 'unrecognized_keys') {
    return `Trường không có trong mẫu: ${issue.keys.map((k) => `"${k}"`).join(', ')} (kiểm tra chính tả tên trường).`;
  }
  return viLocale.localeError(issue);
};

export type Validated =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; issues: { path: PropertyKey[]; message: string }[] };

/** Checks one entry's data against its schema, with every message written for editors (Vietnamese). */
export function validateEntry(schema: z.ZodType, data: unknown): Validated {
  const result = schema.safeParse(data ?? {}, { error: editorMessages });
  if (result.success) return { ok: true, data: result.data as Record<string, unknown> };
  return { ok: false, issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })) };
}
