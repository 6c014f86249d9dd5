import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { browserOptions } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the one Chromium of this run (tests/support/browser-session.ts). */
    chromiumEndpoint: string;
  }
}

/**
 * Global setup of the projects that drive Chromium: one browser for the whole run, which every
 * test file connects to (a new context per test keeps them apart), instead of one launch per file.
 */
export default async function setup(project: TestProject) {
  const server = await chromium.launchServer(browserOptions('shell'));
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
