import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The two builds of Debian's Chromium (same version) this project drives; CHROME_PATH overrides both. */
export const BROWSERS = {
  /** The whole browser: screenshots, Lighthouse, the bench's figures, what readers run. */
  full: { path: '/usr/bin/chromium', debian: 'chromium' },
  /**
   * Its headless shell, for the tests (as Playwright does by default): the same Blink without the
   * browser's own windowing and compositor work, half the CPU for the same tests here (browser,
   * deploy and CMS tests: 400 → 219 CPU-seconds, 214 → 120 s).
   */
  shell: { path: '/usr/lib/chromium/chromium-headless-shell', debian: 'chromium-headless-shell' },
} as const;
export type BrowserBuild = keyof typeof BROWSERS;

/** Debian's Chromium (`full`) or its headless shell (`shell`), or CHROME_PATH. Never downloads a browser. */
export function chromiumPath(build: BrowserBuild = 'full'): string {
  const path = process.env.CHROME_PATH ?? BROWSERS[build].path;
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it with "apt-get update && apt-get install -y ${BROWSERS[build].debian}" (Debian), or set CHROME_PATH to a Chromium/Chrome binary.`,
    );
  }
  return path;
}

/** Headless Chromium with the flags this machine's closed network needs. */
export function browserOptions(build: BrowserBuild = 'full') {
  return {
    executablePath: chromiumPath(build),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // The headless shell hints glyphs harder by default, which changes text widths and so where
      // lines break (the plan chart's caption took one line more); without hinting, text lays out
      // as in the full browser.
      ...(build === 'shell' ? ['--font-render-hinting=none'] : []),
    ],
  };
}

export function launchBrowser(build: BrowserBuild = 'full'): Promise<Browser> {
  return chromium.launch(browserOptions(build));
}
