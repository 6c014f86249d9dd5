// `npm test`: the whole suite, arranged so that work which does not need the build runs while
// the site builds (the build keeps one core busy; astro build is mostly single-threaded):
//   1. at the same time: the build (astro build + search index), the fixture site, the type check
//      (astro check) and the projects that need no build (unit, content);
//   2. as soon as the build is done, the projects that read it (site, browser, deploy, cms).
// Prints how long each step took; vitest's own breakdown per project and file comes from
// tests/support/timing-reporter.ts. Exits non-zero when any step fails.
// Extra arguments go to both vitest runs (e.g. `npm test -- --reporter=verbose`).
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { performance } from 'node:perf_hooks';

const extra = process.argv.slice(2);
const timings: { step: string; seconds: number; ok: boolean }[] = [];

/** Runs a step; `background` lowers its priority, so that it takes only the time the others leave. */
function run(step: string, command: string, args: string[], background = false): Promise<boolean> {
  const started = performance.now();
  return new Promise((done) => {
    // On Windows npm is npm.cmd, which Node starts only through a shell.
    const child = spawn(command, args, { stdio: 'inherit', env: process.env, shell: process.platform === 'win32' && command === 'npm' });
    if (background && child.pid) setPriority(child.pid, 10);
    child.on('close', (code) => {
      timings.push({ step, seconds: (performance.now() - started) / 1000, ok: code === 0 });
      done(code === 0);
    });
  });
}

const node = process.execPath;
const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
const started = performance.now();

const build = run('build (astro build + search index)', 'npm', ['run', 'build', '--silent']);
// Tests of the build need it; without one they would only repeat its error. They start as soon
// as it is done, while the steps that need no build may still be running.
const second = build.then((built) => (built ? run('vitest: site, browser, deploy, cms', node, [...vitest, '--project', 'site', '--project', 'browser', '--project', 'deploy', '--project', 'cms', ...extra]) : false));
const others = await Promise.all([
  // The copy with examples, untranslated entries and more news that several files read
  // (tests/support/fixture-site.ts): built now rather than when the first of them asks.
  run('fixture site (tests/support/fixture-site.ts)', node, ['tests/support/fixture-site.ts']),
  run('vitest: unit, content', node, [...vitest, '--project', 'unit', '--project', 'content', ...extra]),
  // Types: 0 errors and 0 warnings (typescript and @astrojs/check are devDependencies). Nothing
  // waits for it, so it yields to the build that every later test waits for.
  run('astro check', node, ['node_modules/astro/bin/astro.mjs', 'check', '--minimumFailingSeverity', 'warning'], true),
]);
const built = await build;
const passed = await second;

console.log(`\nnpm test: ${((performance.now() - started) / 1000).toFixed(1)} s wall`);
for (const t of timings) console.log(`  ${t.ok ? '✓' : '✗'} ${t.step.padEnd(36)} ${t.seconds.toFixed(1).padStart(7)} s`);
if (!built) console.log('  ✗ site, browser, deploy, cms: not run, the build failed');
process.exit(built && passed && others.every(Boolean) ? 0 : 1);
