import { formatProblem, type Problem } from './problems.ts';
import { placeholderWarnings } from './placeholders.ts';
import { readContent } from './read-content.ts';
import { translationReport, type TranslationStatus } from './translation-report.ts';

/**
 * What `npm run check` reports without failing (unless --strict): Lao translations still to do
 * and placeholders left by the scaffolder. Broken content is an error instead (check-content.ts).
 */
export function contentWarnings(contentRoot: string, projectRoot = process.cwd()): { translations: Problem[]; placeholders: Problem[] } {
  const entries = readContent(contentRoot, projectRoot).filter((e) => !e.syntaxError);
  const report = translationReport(entries);
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const status: Record<TranslationStatus, string> = {
    complete: 'ghi "complete"',
    partial: 'mới dịch một phần (partial)',
    missing: 'chưa dịch (missing)',
    outdated: 'bản dịch cần cập nhật (outdated): tiếng Việt đã sửa sau khi dịch',
  };
  const translations: Problem[] = report.gaps.map((gap) => ({
    file: gap.file,
    line: byFile.get(gap.file)?.lineOf(['translation', 'lo']),
    field: 'translation.lo',
    message: `Bản tiếng Lào ${status[gap.status]}${gap.missing.length ? `; còn thiếu: ${gap.missing.join(', ')}` : ''}.`,
  }));
  for (const key of report.uiMissing) {
    translations.push({ file: 'src/i18n/lo.ts', field: key, message: 'Chuỗi giao diện chưa có bản tiếng Lào.' });
  }
  return { translations, placeholders: placeholderWarnings(entries) };
}

/** The "Cảnh báo" section of `npm run check`, or an all-clear line. */
export function formatWarnings({ translations, placeholders }: ReturnType<typeof contentWarnings>, strict = false): string {
  const count = translations.length + placeholders.length;
  if (count === 0) return 'Cảnh báo: không có (mọi mục đã dịch sang tiếng Lào, không còn chỗ chưa điền).';
  const group = (title: string, list: Problem[]) => (list.length ? [`  ${title} (${list.length}):`, ...list.map((p) => `    ${formatProblem(p)}`)] : []);
  return [
    `Cảnh báo (${count})${strict ? ' — chế độ --strict: cảnh báo được tính là lỗi' : ' — không làm lệnh kiểm tra thất bại; thêm --strict để coi là lỗi'}:`,
    ...group('Bản dịch tiếng Lào còn thiếu — trang tiếng Lào tạm hiện tiếng Việt kèm thông báo', translations),
    ...group('Chỗ chưa điền — trang web sẽ không được tạo cho đến khi điền xong', placeholders),
  ].join('\n');
}
