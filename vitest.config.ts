import { defineConfig } from 'vitest/config';

// One project per kind of test: unit and content run without a build; site and browser tests
// read the built `dist/` (npm test builds first, see `pretest`); browser tests drive Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      // The editors' web interface (/admin/) in Chromium with its local backend, over a temporary copy of content.
      { test: { name: 'cms', include: ['tests/cms/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      // deploy/nginx.conf run by nginx against the build, and a build under a base path (SITE_BASE).
      { test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
    ],
  },
});
