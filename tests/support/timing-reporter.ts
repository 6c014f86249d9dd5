import type { Reporter, TestModule } from 'vitest/node';
import { performance } from 'node:perf_hooks';

/**
 * Prints where the suite's time goes once a run ends: per project (the sum of its files, and the
 * span from its first file's start to its last file's end) and the slowest files. Files run in
 * parallel, so file times add up to more than the wall time.
 */
export default class TimingReporter implements Reporter {
  private started = performance.now();

  onTestRunStart() {
    this.started = performance.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const rows = modules.map((m) => {
      const d = m.diagnostic();
      const seconds = (d.duration + d.collectDuration + d.setupDuration + d.prepareDuration + d.environmentSetupDuration) / 1000;
      return { project: m.project.name || '(root)', file: m.relativeModuleId, seconds, tests: [...m.children.allTests()].length };
    });
    if (rows.length === 0) return;
    const wall = (performance.now() - this.started) / 1000;
    const s = (n: number) => `${n.toFixed(1)} s`.padStart(8);
    const lines = ['', `Suite timing (tests/support/timing-reporter.ts): ${wall.toFixed(1)} s wall for ${rows.length} files`];
    const projects = [...new Set(rows.map((r) => r.project))];
    lines.push(`  ${'project'.padEnd(10)} ${'files'.padStart(5)} ${'tests'.padStart(6)} ${'sum'.padStart(8)}`);
    for (const p of projects.sort()) {
      const mine = rows.filter((r) => r.project === p);
      lines.push(`  ${p.padEnd(10)} ${String(mine.length).padStart(5)} ${String(mine.reduce((n, r) => n + r.tests, 0)).padStart(6)} ${s(mine.reduce((n, r) => n + r.seconds, 0))}`);
    }
    lines.push('  slowest files:');
    for (const r of [...rows].sort((a, b) => b.seconds - a.seconds).slice(0, 15)) lines.push(`  ${s(r.seconds)}  ${r.project.padEnd(8)} ${r.file} (${r.tests} tests)`);
    console.log(lines.join('\n'));
  }
}
