// Lao translation coverage per collection and what is missing: `npm run translations`.
import { loadDirectly } from '../src/loaders/load-directly.ts';
import { formatProblems } from '../src/validation/problems.ts';
import { translationReport } from '../src/validation/translation-report.ts';
import { reportInput } from '../src/validation/warnings.ts';

const session = await loadDirectly();
if (session.problems.length > 0) {
  console.error(formatProblems(session.problems));
  process.exit(1);
}
const report = translationReport(reportInput(session));
console.log('Bản dịch tiếng Lào / ການແປພາສາລາວ\n');
console.log('collection    total  complete  partial  missing  outdated  coverage');
for (const c of report.collections) {
  console.log(
    `${c.collection.padEnd(12)} ${String(c.total).padStart(6)} ${String(c.counts.complete).padStart(9)} ${String(c.counts.partial).padStart(8)} ${String(c.counts.missing).padStart(8)} ${String(c.counts.outdated).padStart(9)} ${`${c.percent}%`.padStart(9)}`,
  );
}
console.log(`\nInterface strings without Lao: ${report.uiMissing.length}${report.uiMissing.length ? ` (${report.uiMissing.join(', ')})` : ''}`);
if (report.gaps.length === 0) {
  console.log('Every entry is fully translated.');
} else {
  console.log(`\n${report.gaps.length} entries need translation work:`);
  for (const gap of report.gaps) {
    const hash = gap.hash ? ` — when translated, set translatedFrom: "${gap.hash}"` : '';
    console.log(`  ${gap.file} [${gap.status}]${gap.missing.length ? ` missing: ${gap.missing.join(', ')}` : ''}${hash}`);
  }
}
