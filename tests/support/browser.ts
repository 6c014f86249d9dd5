import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or CHROME_PATH. Never downloads a browser. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it with "apt-get update && apt-get install -y chromium" (Debian), or set CHROME_PATH to a Chromium/Chrome binary.`,
    );
  }
  return path;
}

/** Headless Chromium with the flags this machine's closed network needs. */
export function browserOptions() {
  return {
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(browserOptions());
}
