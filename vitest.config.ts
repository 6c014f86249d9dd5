import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import ProjectOrder from './tests/support/project-order.ts';

// One project per kind of test: unit and content run without a build; site and browser tests
// read the built `dist/` (npm test builds first, see scripts/test.ts); browser tests drive Chromium.
// Projects that drive Chromium share one browser per run (tests/support/browser-server.ts).
// tests/support/timing-reporter.ts prints where the time went, per project and per file.
const browser = './tests/support/browser-server.ts';
export default defineConfig({
  test: {
    // vitest's default is one file at a time on two cores (cores - 1). Most files here wait on
    // Chromium, nginx or a build in other processes, so a few at once keep both cores busy.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    reporters: ['default', './tests/support/timing-reporter.ts'],
    sequence: { sequencer: ProjectOrder },
    projects: [
      // These run beside the build, the fixture site's build and the type check (scripts/test.ts), so a
      // test that loads the whole content takes several times its quiet time: 30 s, not vitest's 5 s.
      // Files share their worker's modules (isolate: false): none changes module state it does not
      // restore, and zod, the schemas and the loaders load once per worker instead of once per file
      // (alone: 116 → 97 CPU-seconds, 69 → 50 s). They also pass in shuffled order (--sequence.shuffle).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, isolate: false } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 30_000, isolate: false } },
      // Site, browser and deploy files share a worker's modules (isolate: false): the built pages and
      // the content are parsed, and playwright-core (0.45 s) loaded, once per worker instead of once
      // per file; the files only read them, and each opens and closes its own pages and servers.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], isolate: false } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: [browser], maxConcurrency: 4, testTimeout: 120_000, hookTimeout: 60_000, isolate: false } },
      // The editors' web interface (/admin/) in Chromium with its local backend, over a temporary copy of content.
      { test: { name: 'cms', include: ['tests/cms/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      // deploy/nginx.conf run by nginx against the build, and a build under a base path (SITE_BASE).
      { test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], globalSetup: [browser], testTimeout: 60_000, hookTimeout: 120_000, isolate: false } },
    ],
  },
});
