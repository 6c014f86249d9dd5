import { readContent } from '../validation/read-content.ts';
import { translationReport, type TranslationReport } from '../validation/translation-report.ts';

let cached: TranslationReport | undefined;

/** The same report as `npm run translations`, from the same files, computed once per build. */
export function contentTranslationReport(): TranslationReport {
  cached ??= translationReport(readContent('content'));
  return cached;
}
