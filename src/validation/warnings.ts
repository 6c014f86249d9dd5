import type { ContentSession } from '../loaders/content-session.ts';
import { laoCoverage } from '../lib/translation-status.ts';
import { proseFields, translatedCollections, type CollectionName, type TranslatedCollection } from '../schemas/index.ts';
import { formatProblem, type Problem } from './problems.ts';
import { translationReport, type ReportInput, type TranslationStatus } from './translation-report.ts';

/** The translation report's input from a loaded session (the check script, tests). */
export function reportInput(session: ContentSession): ReportInput {
  const pairs = (Object.keys(translatedCollections) as TranslatedCollection[]).flatMap((collection) =>
    session.all(collection).map((vi) => {
      const lo = session.entries.get(translatedCollections[collection])?.get(vi.id);
      return { collection, id: vi.id, file: vi.file, coverage: laoCoverage(vi, lo, proseFields[collection]) };
    }),
  );
  const data = (['provinces', 'agencies', 'documents', 'commemorations'] as CollectionName[]).flatMap((collection) =>
    session.all(collection).map((e) => ({ collection, id: e.id, file: e.file, data: e.data })),
  );
  return { pairs, data };
}

/**
 * What `npm run check` reports without failing (unless --strict): Lao translations still to do
 * and placeholders left by the scaffolder. Broken content is an error instead (check-catalog.ts).
 */
export function contentWarnings(session: ContentSession): { translations: Problem[]; placeholders: Problem[] } {
  const report = translationReport(reportInput(session));
  const lines = new Map([...session.entries.values()].flatMap((m) => [...m.values()]).map((e) => [e.file, e]));
  const status: Record<TranslationStatus, string> = {
    complete: 'ghi "complete"',
    partial: 'mới dịch một phần (partial)',
    missing: 'chưa dịch (missing)',
    outdated: 'cần cập nhật (outdated): tiếng Việt đã sửa sau khi dịch',
  };
  const translations: Problem[] = report.gaps.map((gap) => {
    const handSet = !gap.hash;
    const laoFile = gap.file.replace(/\.vi\.mdx$/, '.lo.mdx');
    return {
      file: handSet ? gap.file : laoFile,
      line: handSet ? lines.get(gap.file)?.lineOf(['translation', 'lo']) : lines.get(laoFile)?.lineOf(['translatedFrom']),
      field: handSet ? 'translation.lo' : '',
      message: `Bản tiếng Lào ${status[gap.status]}${gap.missing.length ? `; còn thiếu: ${gap.missing.join(', ')}` : ''}.${gap.hash ? ` Khi dịch xong, ghi translatedFrom: "${gap.hash}"` : ''}`,
    };
  });
  for (const key of report.uiMissing) {
    translations.push({ file: 'src/i18n/lo.ts', field: key, message: 'Chuỗi giao diện chưa có bản tiếng Lào.' });
  }
  return { translations, placeholders: session.placeholders };
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
