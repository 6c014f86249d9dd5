// Lao translation coverage per collection and what is missing: `npm run translations`.
import { readContent } from '../src/validation/read-content.ts';
import { translationReport } from '../src/validation/translation-report.ts';

const report = translationReport(readContent('content'));
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
    console.log(`  ${gap.file} [${gap.status}]${gap.missing.length ? ` missing: ${gap.missing.join(', ')}` : ''}`);
  }
}
