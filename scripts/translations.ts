// Lao translation coverage per collection and what is missing: `npm run translations`.
import { loadDirectly } from '../src/loaders/load-directly.ts';
import { formatProblems } from '../src/validation/problems.ts';
import { translationReport } from '../src/validation/translation-report.ts';
import { reportInput } from '../src/validation/warnings.ts';
import type { Command } from './command.ts';

export const translationsCommand: Command = async (_args, root, out) => {
  const session = await loadDirectly(root);
  if (session.problems.length > 0) {
    out.error(formatProblems(session.problems));
    return 1;
  }
  const report = translationReport(reportInput(session));
  out.log('Bản dịch tiếng Lào / ການແປພາສາລາວ\n');
  out.log('collection    total  complete  partial  missing  outdated  coverage');
  for (const c of report.collections) {
    out.log(
      `${c.collection.padEnd(12)} ${String(c.total).padStart(6)} ${String(c.counts.complete).padStart(9)} ${String(c.counts.partial).padStart(8)} ${String(c.counts.missing).padStart(8)} ${String(c.counts.outdated).padStart(9)} ${`${c.percent}%`.padStart(9)}`,
    );
  }
  out.log(`\nInterface strings without Lao: ${report.uiMissing.length}${report.uiMissing.length ? ` (${report.uiMissing.join(', ')})` : ''}`);
  if (report.gaps.length === 0) {
    out.log('Every entry is fully translated.');
  } else {
    out.log(`\n${report.gaps.length} entries need translation work:`);
    for (const gap of report.gaps) {
      const hash = gap.hash ? ` — when translated, set translatedFrom: "${gap.hash}"` : '';
      out.log(`  ${gap.file} [${gap.status}]${gap.missing.length ? ` missing: ${gap.missing.join(', ')}` : ''}${hash}`);
    }
  }
  return 0;
};

if (import.meta.main) process.exit(await translationsCommand(process.argv.slice(2), process.cwd(), console));
