import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';

describe('browser harness', () => {
  const saved = process.env.CHROME_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  });

  it('fails, never skips, when no browser is installed, and says how to install the one asked for', () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    expect(() => chromiumPath()).toThrow(/No Chromium at \/nonexistent\/chromium\. Install it with "apt-get update && apt-get install -y chromium"/);
    expect(() => chromiumPath('shell')).toThrow(/No Chromium at \/nonexistent\/chromium\. Install it with "apt-get update && apt-get install -y chromium-headless-shell"/);
  });

  it('uses CHROME_PATH when it points at a browser', () => {
    process.env.CHROME_PATH = process.execPath; // any existing executable stands in for the check
    expect(chromiumPath()).toBe(process.execPath);
  });
});
