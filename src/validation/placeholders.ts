import type { LoadedEntry } from '../loaders/content-session.ts';
import { formatProblem, type Problem } from './problems.ts';

/**
 * The mark the scaffolder (`npm run new`) writes where an editor or translator still has to
 * write something (Lao files too: one mark, found everywhere, that no real text contains).
 * The files stay valid so the preview works, but the build refuses to publish them.
 */
export const PLACEHOLDER = 'CẦN ĐIỀN';

const message = `Còn chỗ ghi "${PLACEHOLDER}": hãy viết nội dung thật vào chỗ này.`;

/** Paths of every text in `value` that still holds the mark. */
function markedPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => markedPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => markedPaths(v, [...path, k]));
  return [];
}

/** Every field and body line still holding the mark (YAML comments are never published, so never counted). */
export function placeholderProblems(entries: Pick<LoadedEntry, 'file' | 'data' | 'body' | 'bodyLine' | 'lineOf'>[]): Problem[] {
  return entries.flatMap((entry) => [
    ...markedPaths(entry.data).map((path) => ({ file: entry.file, line: entry.lineOf(path), field: path.join('.'), message })),
    ...(entry.body ?? '').split('\n').flatMap((text, i) =>
      text.includes(PLACEHOLDER) ? [{ file: entry.file, line: (entry.bodyLine ?? 1) + i, field: '', message }] : [],
    ),
  ]);
}

export function formatPlaceholders(problems: Problem[]): string {
  return [`Nội dung còn ${problems.length} chỗ chưa điền; trang web không được tạo cho đến khi điền xong:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
